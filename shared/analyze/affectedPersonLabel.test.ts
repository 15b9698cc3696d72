import { affectedPersonLabel } from "./affectedPersonLabel";

describe("affectedPersonLabel", () => {
  it.each([
    ["women", "Women"],
    ["Women", "Women"],
    ["persons with disabilities", "Persons with disabilities"],
    ["Migrants & domestic workers", "Migrants"],
    ["lesbian, gay, bisexual and transgender and intersex persons (LGBTI)", "Lesbian, gay, bisexual, transgender and intersex persons (LGBTI)"],
    ["Children in vulnerable situations (abused, living on the street, institutionalized, indigenous, migrant children etc.)", "Children in vulnerable situations"],
    ["general", "General"],
  ])("%s → %s", (raw, expected) => {
    expect(affectedPersonLabel(raw)).toBe(expected);
  });
});

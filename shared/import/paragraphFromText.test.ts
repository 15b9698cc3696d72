import { paragraphFromText } from "./normalizeDraft";

describe("paragraphFromText (UHRI writes the paragraph before the text)", () => {
  it.each([
    ["128.26. Endeavour to ratify the Optional Protocol (Nigeria)", "128.26"],
    ["Domestic application of the Covenant\n7. Reiterating its previous recommendation", "7"],
    ["22(c) Ensure access to justice for women", "22(c)"],
    ["12 (a) Adopt a comprehensive law", "12 (a)"],
  ])("%j → %s", (text, paragraph) => {
    expect(paragraphFromText(text)).toBe(paragraph);
  });

  it.each(["Ratify the Optional Protocol", "2019 was the year of the review", ""])("%j has no paragraph", (text) => {
    expect(paragraphFromText(text)).toBeNull();
  });
});

import { codeChoices } from "./codeChoices";
import { CRC_20, RECORDS, UPR_UNCLASSIFIED } from "./testReports";

it("offers only the mechanisms and effective statuses the records hold, in the vocabulary's order", () => {
  expect(codeChoices(RECORDS)).toEqual({ mechanisms: ["UPR", "CEDAW", "CRC"], statuses: ["in_progress", "partially_implemented", "implemented"] });
});

it("offers a status set by hand, not the one it overrides, and nothing for records without any", () => {
  const overridden = { ...CRC_20, statusOverride: { status: "not_started" as const, reason: "Bill withdrawn" } };
  expect(codeChoices([overridden, UPR_UNCLASSIFIED])).toEqual({ mechanisms: ["UPR", "CRC"], statuses: ["not_started"] });
  expect(codeChoices([])).toEqual({ mechanisms: [], statuses: [] });
});

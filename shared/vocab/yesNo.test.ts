import { LANGS } from "../model/codes";
import { parseYesNo, YES_NO_CONFLICTS, YES_NO_LABELS } from "./yesNo";

it("no word is both a yes and a no", () => {
  expect(YES_NO_CONFLICTS).toEqual([]);
});

it.each(LANGS.flatMap((lang) => [[YES_NO_LABELS.yes[lang], true], [YES_NO_LABELS.no[lang], false]] as const))("the label %j reads back as %s", (label, flag) => {
  expect(parseYesNo(label)).toBe(flag);
  expect(parseYesNo(` ${label.toUpperCase()} `)).toBe(flag);
});

it.each([
  ["yes", true], ["Oui", true], ["sí", true], ["si", true], ["x", true], ["X", true], ["✓", true], ["✔", true], ["true", true], ["TRUE", true], ["1", true],
  ["no", false], ["non", false], ["nao", false], ["false", false], ["0", false], ["✗", false], ["Non retenue", false],
])("%j → %s", (raw, flag) => {
  expect(parseYesNo(raw)).toBe(flag);
});

// A note beside the answer is the importer's to keep (see shared/import); here it is no plain answer.
it.each(["", "peut-être", "yess", "2", "oui et non", "o", "OUI (2 ans)"])("%j is no answer: null, never a guess", (raw) => {
  expect(parseYesNo(raw)).toBeNull();
});

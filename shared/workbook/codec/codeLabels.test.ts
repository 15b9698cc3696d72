import { LANGS } from "../../model/codes";
import { ACTIVITY_STATUS_VOCAB, codeLabel, codeOf, MECHANISM_VOCAB, POSITION_VOCAB, STATUS_VOCAB, type Vocabulary } from "./codeLabels";

const VOCABS: [string, Vocabulary<string>][] = [
  ["status", STATUS_VOCAB],
  ["position", POSITION_VOCAB],
  ["activity status", ACTIVITY_STATUS_VOCAB],
  ["mechanism", MECHANISM_VOCAB],
];

describe.each(VOCABS)("%s labels", (_name, vocab) => {
  it.each(LANGS)("read back to their code in %s, as do the codes themselves", (lang) => {
    for (const code of Object.keys(vocab.labels)) {
      expect(codeOf(vocab, codeLabel(vocab, code, lang), lang)).toBe(code);
      expect(codeOf(vocab, ` ${code} `, lang)).toBe(code);
    }
  });
});

describe("codeOf", () => {
  it.each([
    ["another language's label", "In progress", "fr"],
    ["a spelling variant", "en cours.", "fr"],
    ["free text", "Done ✓", "en"],
  ] as const)("does not guess %s", (_what, text, lang) => {
    expect(codeOf(STATUS_VOCAB, text, lang)).toBeNull();
  });
});

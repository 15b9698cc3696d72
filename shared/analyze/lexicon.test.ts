import { compileLexicon, lexiconHits } from "./lexicon";
import { terms } from "./tokenize";
import { themeLabel } from "./themeLabel";
import { themeNameLexicon } from "./vectorize";

const keys = (text: string, lexicon: ReturnType<typeof compileLexicon>): string[] => lexiconHits(terms(text), lexicon).map((h) => h.key);

describe("lexiconHits", () => {
  const lexicon = compileLexicon({ "16": ["death penalty", "peine de mort"], "4": ["education"] }, "sdg:");

  it("finds phrases in any seeded language, once per key, in order", () => {
    expect(keys("Abolish the death penalty and the death penalty", lexicon)).toEqual(["sdg:16"]);
    expect(keys("Abolir la peine de mort; garantir l'éducation", lexicon)).toEqual(["sdg:16", "sdg:4"]);
    expect(keys("Penalty points and death certificates", lexicon)).toEqual([]);
  });

  it("reports the words of the text that matched", () => {
    expect(lexiconHits(terms("Abolir la peine de mort"), lexicon)).toEqual([{ key: "sdg:16", words: "peine mort" }]);
  });

  it("builds phrases from theme names", () => {
    expect(themeNameLexicon(["Right to education"])["Right to education"]).toEqual(expect.arrayContaining(["Right to education", "education", "ecole"]));
  });
});

describe("themeLabel", () => {
  it.each([
    ["B31 Equality & non-discrimination", "Equality & non-discrimination"],
    ["A41 Constitutional and legislative framework", "Constitutional & legislative framework"],
    ["E51 Right to education - General", "Right to education"],
    ["Racial discrimination", "Racial discrimination"],
  ])("%s → %s", (raw, expected) => {
    expect(themeLabel(raw)).toBe(expected);
  });
});

import type { DocumentModel } from "./documentModel";
import { countWords, overLimit, UPR_NATIONAL_REPORT_WORD_LIMIT, wordCount } from "./wordCount";

describe("countWords", () => {
  it.each<[string, number]>([
    ["", 0],
    ["  ", 0],
    ["Criminalize torture in the Penal Code", 6],
    ["A/HRC/43/15, para. 121.29", 3],
    ["— ; :", 0],
    ["Mise en œuvre", 3],
    ["قيد التنفيذ", 2],
    ["已落实", 3],
    ["CEDAW/C/PRY/CO/7，第37段", 4],
  ])("%j has %i words", (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});

describe("wordCount", () => {
  const model: DocumentModel = {
    lang: "en",
    dir: "ltr",
    sections: [
      {
        tag: "t",
        title: "T",
        blocks: [
          { kind: "heading", level: 1, runs: [{ text: "Mid-term report" }] },
          { kind: "paragraph", runs: [{ text: "Status: ", bold: true }, { text: "In progress" }] },
          { kind: "bullets", items: [[{ text: "one two" }], [{ text: "three" }]] },
          { kind: "table", header: ["Status", "Number"], rows: [[[{ text: "Implemented" }], [{ text: "4" }]]] },
        ],
      },
    ],
  };
  it("counts the words of every run: headings, paragraphs, bullets, table headers and cells", () => {
    expect(wordCount(model)).toBe(2 + 3 + 3 + 2 + 2);
  });
  it.each<[number, boolean]>([
    [UPR_NATIONAL_REPORT_WORD_LIMIT - 1, false],
    [10_700, false],
    [10_701, true],
  ])("%i words over the UPR limit: %s", (words, over) => {
    expect(overLimit(words)).toBe(over);
  });
});

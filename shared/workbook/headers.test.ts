import { tableHeaders } from "./headers";

describe("tableHeaders", () => {
  it.each<[string, string[], string[]]>([
    ["keeps plain headers", ["ID", "Text"], ["ID", "Text"]],
    ["makes duplicates unique, ignoring case", ["Notes", "notes", "Notes"], ["Notes", "notes (2)", "Notes (3)"]],
    ["names empty headers", ["", "  "], ["Column 1", "Column 2"]],
    ["keeps headers on one line", ["Date\nof review\t"], ["Date of review"]],
    ["avoids a clash with a suffixed header", ["A", "A (2)", "A"], ["A", "A (2)", "A (3)"]],
  ])("%s", (_what, texts, headers) => {
    expect(tableHeaders(texts, "en")).toEqual(headers);
  });

  it("translates the name of an unnamed column", () => {
    expect(tableHeaders([""], "fr")).toEqual(["Colonne 1"]);
  });
});

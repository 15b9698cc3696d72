import { trimRow, trimRows, trimTrailing } from "./trimEnd";

describe("trimRow and trimRows", () => {
  it("drop the empty cells ending a row, keeping the empty ones inside it", () => {
    const row = ["a", null, "b", null, null];
    expect(trimRow(row)).toBe(row);
    expect(row).toEqual(["a", null, "b"]);
    expect(trimRow([null, null])).toEqual([]);
  });

  it("drop the empty rows ending a grid, keeping the empty ones inside it", () => {
    const rows = [["a"], [], ["b"], [], []];
    expect(trimRows(rows)).toBe(rows);
    expect(rows).toEqual([["a"], [], ["b"]]);
    expect(trimRows([[], []])).toEqual([]);
  });
});

describe("trimTrailing", () => {
  it("drops the given empty value ending a list, in place", () => {
    const texts = ["a", "", "b", "", ""];
    expect(trimTrailing(texts, "")).toBe(texts);
    expect(texts).toEqual(["a", "", "b"]);
  });
});

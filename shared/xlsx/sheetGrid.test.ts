/** Tests cell-reference parsing and the package details of the .xlsx reader. */
import { parseRange, parseReference } from "./sheetGrid";
import { resolveTarget, unescapeExcel } from "./xlsxParts";

describe("cell references", () => {
  it("turns A1 references into 0-based row and column", () => {
    expect(parseReference("A1")).toEqual({ row: 0, col: 0 });
    expect(parseReference("AB12")).toEqual({ row: 11, col: 27 });
    expect(parseReference("XFD1048576")).toEqual({ row: 1048575, col: 16383 });
    expect(parseReference("ab12")).toEqual({ row: 11, col: 27 });
  });

  it("marks malformed references with NaN", () => {
    expect(parseReference("12").col).toBeNaN();
    expect(parseReference("AB").row).toBeNaN();
  });

  it("turns ranges into inclusive areas, whatever their corner order", () => {
    expect(parseRange("A1:C1")).toEqual({ top: 0, left: 0, bottom: 0, right: 2 });
    expect(parseRange("$D$5:B2")).toEqual({ top: 1, left: 1, bottom: 4, right: 3 });
    expect(parseRange("B2")).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    expect(parseRange("nonsense")).toBeUndefined();
  });
});

describe("package details", () => {
  it("resolves relationship targets against the owning part", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/Sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/styles.xml")).toBe("xl/styles.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../drawings/d.xml")).toBe("xl/drawings/d.xml");
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
  });

  it("undoes Excel's _xHHHH_ escapes, including the escaped underscore", () => {
    expect(unescapeExcel("a_x000D_\nb")).toBe("a\r\nb");
    expect(unescapeExcel("_x005F_x000D_")).toBe("_x000D_");
    expect(unescapeExcel("plain_text")).toBe("plain_text");
  });
});

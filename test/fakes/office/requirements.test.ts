import { isSetSupported } from "./requirements";

describe("the fake's isSetSupported", () => {
  const sets = { ExcelApi: "1.10" };

  it("compares versions as numbers, part by part", () => {
    expect(isSetSupported(sets, "ExcelApi", "1.9")).toBe(true);
    expect(isSetSupported(sets, "ExcelApi", "1.10")).toBe(true);
    expect(isSetSupported(sets, "ExcelApi", "1.11")).toBe(false);
    expect(isSetSupported(sets, "ExcelApi", "2")).toBe(false);
  });

  it("ignores the case of set names, reads a missing version as 1.1 and knows no unlisted set", () => {
    expect(isSetSupported(sets, "excelapi")).toBe(true);
    expect(isSetSupported({ ExcelApi: "1.0" }, "ExcelApi")).toBe(false);
    expect(isSetSupported(sets, "WordApi", "1.1")).toBe(false);
  });
});

import { readCell, serialIn, writeCell } from "../../../sheets-apps-script/src/adapter/cells";

describe("cells between Apps Script and the core", () => {
  it("reads a Date as the day the spreadsheet shows in its own time zone", () => {
    const midnightInTokyo = new Date(Date.UTC(2025, 11, 30, 15, 0, 0));
    expect(serialIn("Asia/Tokyo")(midnightInTokyo)).toBe(46022);
    expect(serialIn("America/Bogota")(new Date(Date.UTC(2025, 11, 31, 5, 0, 0)))).toBe(46022);
    expect(readCell(midnightInTokyo, serialIn("Asia/Tokyo"))).toEqual({ kind: "date", serial: 46022 });
  });

  it.each([
    ["", null],
    ["#N/A", { kind: "error", code: "#N/A" }],
    ["text", "text"],
    [3.5, 3.5],
    [false, false],
  ])("reads %p as %p", (value, cell) => expect(readCell(value)).toEqual(cell));

  it.each([
    ["=1+1", ["=1+1", "@"]],
    [12, [12, "General"]],
    [{ kind: "date", serial: 46022 }, [46022, "yyyy-mm-dd"]],
    [{ kind: "link", text: "UPR-1", target: "#'Recs'!A2" }, ["UPR-1", "@"]],
    [null, ["", "General"]],
  ] as const)("writes %p as %p", (cell, written) => expect(writeCell(cell, "yyyy-mm-dd")).toEqual(written));
});

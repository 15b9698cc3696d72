import { ChangeLog } from "../../../excel-addin/src/adapter/changeLog";

const edit = (address: string, more: Partial<{ changeType: string; triggerSource: string; worksheetId: string }> = {}) =>
  ({ worksheetId: "{s1}", address, changeType: "RangeEdited", triggerSource: "Unknown", ...more }) as Parameters<ChangeLog["onChanged"]>[0];

describe("ChangeLog", () => {
  it("keeps people's edits as areas by sheet id, skips the add-in's own writes, and starts empty after take()", async () => {
    const log = new ChangeLog();
    await log.onChanged(edit("B3:C4"));
    await log.onChanged(edit("A1", { triggerSource: "ThisLocalAddin" }));
    expect(log.take()).toEqual({ areas: [{ sheetId: "{s1}", area: { top: 2, left: 1, bottom: 3, right: 2 } }], everything: false });
    expect(log.take()).toEqual({ areas: [], everything: false });
  });

  it.each([
    ["rows inserted", edit("A5:Z5", { changeType: "RowInserted" })],
    ["a whole column", edit("C:C")],
    ["whole rows", edit("2:4")],
  ])("asks for a full read after %s", async (_what, event) => {
    const log = new ChangeLog();
    await log.onChanged(event);
    expect(log.take().everything).toBe(true);
  });

  it("asks for a full read once more cells changed than re-reading them saves", async () => {
    const log = new ChangeLog(100);
    await log.onChanged(edit("A1:J10"));
    expect(log.take().everything).toBe(false);
    await log.onChanged(edit("A1:J10"));
    log.mark("{s1}", { top: 0, left: 0, bottom: 0, right: 0 });
    expect(log.take().everything).toBe(true);
  });
});

describe("ChangeLog and recalculation", () => {
  it("marks every area a calculation lists, and everything when it lists none", async () => {
    const log = new ChangeLog();
    await log.onCalculated({ worksheetId: "{s1}", address: "A1:A3, 'My sheet'!C5" });
    expect(log.take()).toEqual({
      areas: [{ sheetId: "{s1}", area: { top: 0, left: 0, bottom: 2, right: 0 } }, { sheetId: "{s1}", area: { top: 4, left: 2, bottom: 4, right: 2 } }],
      everything: false,
    });
    await log.onCalculated({ worksheetId: "{s1}", address: "" });
    expect(log.take().everything).toBe(true);
  });
});

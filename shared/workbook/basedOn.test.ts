import { basedOn, sheetsPrint } from "./basedOn";
import { planWorkbook } from "./planWorkbook";
import { planToSourceFile } from "./planToSourceFile";
import { sampleDoc } from "./testing/sampleDoc";

describe("basedOn", () => {
  const plan = planWorkbook(sampleDoc("en"));
  const read = planToSourceFile(plan);

  it("names the plan's record sheets, not the ones planned anew (dashboard, issues, lists)", () => {
    const roles = basedOn(plan, read).sheets.map((name) => plan.sheets.find((s) => s.name === name)!.role);
    expect(roles).toEqual(expect.arrayContaining(["settings", "recommendations", "activities", "log"]));
    expect(roles).not.toContain("dashboard");
  });

  it("gives the same print for the same cells, another for one cell changed or a sheet gone", () => {
    const { sheets, print } = basedOn(plan, read);
    expect(sheetsPrint(sheets, planToSourceFile(plan).sheets)).toBe(print);
    const edited = read.sheets.map((g) => (g.name === sheets[1] ? { ...g, rows: g.rows.map((r, i) => (i === 1 ? ["changed", ...r.slice(1)] : r)) } : g));
    expect(sheetsPrint(sheets, edited)).not.toBe(print);
    expect(sheetsPrint(sheets, read.sheets.filter((g) => g.name !== sheets[0]))).not.toBe(print);
  });

  it("counts a record sheet absent when read as absent, so a tracker created meanwhile is a change", () => {
    const before = basedOn(plan, { file: "x", sheets: [] });
    expect(sheetsPrint(before.sheets, [])).toBe(before.print);
    expect(sheetsPrint(before.sheets, read.sheets)).not.toBe(before.print);
  });
});

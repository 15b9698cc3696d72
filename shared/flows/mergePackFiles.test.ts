import { planPack } from "../packs/planPack";
import { packToSourceFile } from "../packs/packToSourceFile";
import { edit, HEALTH, JUSTICE, sampleTracker } from "../packs/testing/editPack";
import { rollup } from "../rollup/rollup";
import { planWorkbook } from "../workbook/planWorkbook";
import { planToSourceFile } from "../workbook/planToSourceFile";
import { checkPacks } from "./mergePackFiles";

const ISSUED = { lang: "en", deadline: "2026-09-30", issuedAt: "2026-03-01T09:00:00Z", trackerId: "t.xlsx" } as const;
const META = { now: "2026-04-01T10:00:00Z", lang: "fr" } as const;

/** The open workbook: the tracker the packs were issued from. */
const workbook = () => {
  const recs = sampleTracker();
  return planToSourceFile(planWorkbook({ recommendations: recs, issues: [], rollups: rollup(recs, { asOf: "2026-03-01" }), log: [], lang: "en", extraColumns: [], generatedAt: "2026-03-01T09:00:00Z" }), "t.xlsx");
};
const packOf = (institution: string) => packToSourceFile(planPack(sampleTracker(), institution, ISSUED), `${institution}.xlsx`);

describe("checking returned packs against the tracker in the open workbook", () => {
  it("reports per institution what would be applied and rejected, in the user's language, with the merged tracker planned", () => {
    const justice = edit(packOf(JUSTICE), 1, "R1", "status", "Implemented");
    const health = edit(packOf(HEALTH), 1, "R2", "progress", "beaucoup");
    const check = checkPacks(workbook(), [justice, health], META)!;
    expect(check.refused).toEqual([]);
    expect(check.merged!.reports.map((r) => [r.institution, r.applied, r.rejected.length, r.conflicts.length])).toEqual([[JUSTICE, 1, 0, 0], [HEALTH, 0, 1, 0]]);
    expect(check.merged!.reports[1]!.rejected[0]).toMatchObject({ file: `${HEALTH}.xlsx`, sheet: expect.any(String), cell: expect.stringMatching(/^[A-Z]+\d+$/) });
    expect(check.merged!.plan.sheets.map((s) => s.role)).toContain("log");
  });

  it("leaves out files that are no packs, saying why, and merges the rest", () => {
    const check = checkPacks(workbook(), [workbook(), { file: "broken.xlsx", message: "broken.xlsx is damaged" }, packOf(JUSTICE)], META)!;
    expect(check.refused.map((r) => r.file)).toEqual(["t.xlsx", "broken.xlsx"]);
    expect(check.refused[0]!.message).toMatch(/t\.xlsx/);
    expect(check.merged!.reports).toHaveLength(1);
  });

  it("needs a tracker in the open workbook", () => {
    expect(checkPacks(packOf(JUSTICE), [packOf(JUSTICE)], META)).toBeNull();
  });
});

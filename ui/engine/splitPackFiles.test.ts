import ExcelJS from "exceljs";
import { zlibInflater } from "../../cli/read/zlibInflater";
import { readPack } from "../../shared/packs";
import { HEALTH, JUSTICE, sampleTracker } from "../../shared/packs/testing/editPack";
import { rollup } from "../../shared/rollup/rollup";
import { planWorkbook } from "../../shared/workbook/planWorkbook";
import { planToSourceFile } from "../../shared/workbook/planToSourceFile";
import { readXlsxBytes } from "../../shared/xlsx/readXlsxBytes";
import { file, sheet } from "../../test/support/grids";
import { splitPackFiles } from "./splitPackFiles";

const META = { lang: "en", now: "2026-03-01T09:00:00Z", by: "Excel" } as const;

const trackerOf = (recs: ReturnType<typeof sampleTracker>) =>
  planToSourceFile(planWorkbook({ recommendations: recs, issues: [], rollups: rollup(recs, { asOf: "2026-03-01" }), log: [], lang: "fr", extraColumns: [], generatedAt: "2026-03-01T09:00:00Z" }), "workbook");

describe("splitting the tracker in the workbook into packs", () => {
  it("writes one .xlsx per institution that reads back as its pack, in the language and with the deadline asked", async () => {
    const progress: [number, number][] = [];
    const packs = await splitPackFiles({ ...META, workbook: trackerOf(sampleTracker()), packLang: "es", deadline: "2026-06-30" }, (done, total) => progress.push([done, total]));
    expect(packs!.map(({ bytes: _, ...p }) => p)).toEqual([
      { file: "Ministère-de-la-Justice.xlsx", institution: JUSTICE, recommendations: 3, activities: 2 },
      { file: "Ministry-of-Health.xlsx", institution: HEALTH, recommendations: 2, activities: 0 },
    ]);
    expect(progress).toEqual([[0, 2], [1, 2]]);
    const read = readPack(await readXlsxBytes("health.xlsx", packs![1]!.bytes, zlibInflater));
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.pack.meta).toEqual({ schemaVersion: 1, trackerId: "workbook", institution: HEALTH, issuedAt: META.now, deadline: "2026-06-30", lang: "es" });
    expect(read.pack.rows.map((r) => r.recordId)).toEqual(["R2", "R3"]);
  });

  it("writes the packs in the tracker's language by default, their sheets protected", async () => {
    const [justice] = (await splitPackFiles({ ...META, workbook: trackerOf(sampleTracker()) }, () => undefined))!;
    const wb = await new ExcelJS.Workbook().xlsx.load(justice!.bytes.buffer);
    expect(wb.worksheets.map((ws) => [ws.name, ws.state])).toEqual([["Instructions", "visible"], ["Recommandations", "visible"], ["Activités", "visible"], ["Listes", "hidden"], ["InfoDossier", "hidden"]]);
    const recs = wb.getWorksheet("Recommandations")!;
    expect((recs as unknown as { sheetProtection: object | null }).sheetProtection).not.toBeNull();
    expect([recs.getCell("A2").protection?.locked, recs.getCell("I2").protection?.locked]).toEqual([undefined, false]);
  });

  it("answers null without a tracker and no pack when no recommendation names an institution", async () => {
    expect(await splitPackFiles({ ...META, workbook: file("notes.xlsx", sheet("Notes", [["a"]])) }, () => undefined)).toBeNull();
    const nobody = sampleTracker().map((r) => ({ ...r, institutions: [], activities: r.activities.map((a) => ({ ...a, institution: null })) }));
    expect(await splitPackFiles({ ...META, workbook: trackerOf(nobody) }, () => undefined)).toEqual([]);
  });
});

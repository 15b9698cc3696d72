/// <reference types="office-js" />
import { readTrackerWorkbook } from "../../../shared/import/trackerWorkbook";
import { planToSourceFile } from "../../../shared/workbook/planToSourceFile";
import { planWorkbook } from "../../../shared/workbook/planWorkbook";
import { recommendation, trackerDoc } from "../../../shared/workbook/testing/builders";
import { FORMULA_TEXT, sampleDoc } from "../../../shared/workbook/testing/sampleDoc";
import { applyPlan } from "../../../excel-addin/src/adapter/applyPlan";
import { readWorkbookGrids } from "../../../excel-addin/src/adapter/readWorkbookGrids";
import { FakeExcel, PAYLOAD_LIMIT } from "../../fakes/excel";

const manyRecommendations = (n: number) =>
  Array.from({ length: n }, (_, i) => recommendation({ id: `rec-${i}` as never, text: `Recommendation ${i}: =ensure access to justice for all, "${i % 7}"` }));
const trimRows = (rows: readonly (readonly unknown[])[]): unknown[] => {
  const out = [...rows];
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
};
const asExcel = (excel: FakeExcel): Excel.RequestContext => excel.requestContext as unknown as Excel.RequestContext;
const userSheet = { name: "My data", rows: [["Recommendation", "Status"], ["=not a formula", 3]] as const };
const withUserSheet = (): FakeExcel => new FakeExcel().seed({ name: userSheet.name, rows: userSheet.rows.map((r) => [...r]) });

describe("applyPlan on the strict fake", () => {
  it("yields the same tracker in Excel as in a file: read back, the records equal planToSourceFile's", async () => {
    const plan = planWorkbook(sampleDoc("en"));
    const excel = withUserSheet();
    await applyPlan(asExcel(excel), plan);
    const read = await readWorkbookGrids(asExcel(excel), { file: "tracker.xlsx" });
    const fromExcel = readTrackerWorkbook(read);
    const fromFile = readTrackerWorkbook(planToSourceFile(plan));
    expect(fromExcel).not.toBeNull();
    expect(fromExcel).toEqual(fromFile);
    expect(JSON.stringify(fromExcel?.recommendations)).toContain(JSON.stringify(FORMULA_TEXT).slice(1, -1));
    // planToSourceFile keeps a sheet's trailing empty rows; Excel's used range, like a file reader, ends at the last value.
    const planned = planToSourceFile(plan).sheets.map((g) => trimRows(g.rows));
    expect(read.sheets.filter((g) => g.name !== userSheet.name).map((g) => g.rows)).toEqual(planned);
  });

  it("writes tables, validations, hidden sheets and frozen headers as planned, and never changes the user's sheet", async () => {
    const plan = planWorkbook(sampleDoc("en"));
    const excel = withUserSheet();
    const before = JSON.stringify(excel.sheet(userSheet.name));
    await applyPlan(asExcel(excel), plan, { keep: [userSheet.name] });
    expect(JSON.stringify(excel.sheet(userSheet.name))).toBe(before);
    expect(excel.sheetNames()).toEqual([userSheet.name, ...plan.sheets.map((s) => s.name)]);
    expect(excel.model.tables.map((t) => t.name)).toEqual(plan.sheets.flatMap((s) => s.tables.map((t) => t.name)));
    const recs = plan.sheets[0]!;
    expect(excel.sheet(recs.name).frozenRows).toBe(recs.frozen.rows);
    expect(excel.sheet(recs.name).validations).toHaveLength(recs.validations.length);
    expect(plan.sheets.filter((s) => excel.sheet(s.name).visibility === "Hidden").map((s) => s.role)).toEqual(["settings"]);
    for (const s of plan.sheets) {
      const written = excel.sheet(s.name);
      expect([s.role, written.charts.map((c) => c.title), written.conditionalFormats.length, written.notes.size]).toEqual([
        s.role,
        s.charts.map((c) => c.title),
        s.conditionalFills.length,
        s.notes.filter((n) => n.text !== null).length,
      ]);
    }
    // the sample plan holds each feature, so the loop above is not comparing empty lists
    expect(["charts", "conditionalFills", "notes"].map((k) => plan.sheets.some((s) => (s[k as "charts"] as unknown[]).length > 0))).toEqual([true, true, true]);
  });

  it("leaves note texts out, and says so, where ExcelApi 1.18 is missing", async () => {
    const plan = planWorkbook(sampleDoc("en"));
    const excel = withUserSheet();
    const report = await applyPlan(asExcel(excel), plan, { isSetSupported: (_set, version) => version !== "1.18" });
    expect(report.notesSkipped).toBe(plan.sheets.some((s) => s.notes.some((n) => n.text !== null)));
    expect(plan.sheets.every((s) => excel.sheet(s.name).notes.size === 0)).toBe(true);
  });

  it("reports progress once per batch, ending at the total", async () => {
    const seen: [number, number][] = [];
    const excel = withUserSheet();
    const report = await applyPlan(asExcel(excel), planWorkbook(sampleDoc("en")), { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.map(([done]) => done)).toEqual(seen.map((_, i) => i + 1));
    expect(seen.at(-1)).toEqual([seen.length, seen.length]);
    expect(report.syncs).toBe(seen.length + 1);
  });

  it("replaces a previous tracker on a second run instead of duplicating it", async () => {
    const plan = planWorkbook(sampleDoc("en"));
    const excel = withUserSheet();
    await applyPlan(asExcel(excel), plan);
    await applyPlan(asExcel(excel), plan);
    expect(excel.sheetNames()).toEqual([userSheet.name, ...plan.sheets.map((s) => s.name)]);
    expect(readTrackerWorkbook(await readWorkbookGrids(asExcel(excel)))).toEqual(readTrackerWorkbook(planToSourceFile(plan)));
  });

  it("with the sheet names known, writes a one-sheet plan in one round trip", async () => {
    const plan = planWorkbook(sampleDoc("en"));
    const excel = withUserSheet();
    await applyPlan(asExcel(excel), plan);
    const issues = { ...plan, sheets: plan.sheets.filter((s) => s.role === "issues") };
    const before = excel.syncCount;
    const report = await applyPlan(asExcel(excel), issues, { sheets: excel.sheetNames() });
    expect([excel.syncCount - before, report.syncs]).toEqual([1, 1]);
    expect(report.sheets.map((s) => s.name)).toEqual(excel.sheetNames());
    expect(readTrackerWorkbook(await readWorkbookGrids(asExcel(excel)))).toEqual(readTrackerWorkbook(planToSourceFile(plan)));
  });

  it("recovers from a stale list of sheet names without losing a sheet", async () => {
    const plan = planWorkbook(sampleDoc("en"));
    const excel = withUserSheet();
    await applyPlan(asExcel(excel), plan);
    const known = excel.sheetNames();
    const gone = plan.sheets.find((s) => s.role === "log")!.name;
    await excel.run(async (context) => context.workbook.worksheets.getItem(gone).delete());
    await applyPlan(asExcel(excel), plan, { sheets: known });
    expect(excel.sheetNames()).toEqual([userSheet.name, ...plan.sheets.map((s) => s.name)]);
    expect(readTrackerWorkbook(await readWorkbookGrids(asExcel(excel)))).toEqual(readTrackerWorkbook(planToSourceFile(plan)));
  });

  it("refuses a plan that would replace a kept sheet before writing anything", async () => {
    const excel = new FakeExcel().seed({ name: "Recommendations", rows: [["mine"]] });
    const before = excel.snapshot();
    await expect(applyPlan(asExcel(excel), planWorkbook(sampleDoc("en")), { keep: ["Recommendations"] })).rejects.toThrow(/must be kept/);
    expect(excel.snapshot()).toEqual(before);
  });

  it("leaves the workbook exactly as it was when cancelled mid-way, even over an old tracker", async () => {
    const plan = planWorkbook(sampleDoc("en"));
    const excel = withUserSheet();
    await applyPlan(asExcel(excel), plan);
    const before = excel.snapshot();
    const controller = new AbortController();
    const run = applyPlan(asExcel(excel), plan, { bytesPerSync: 2_000, onProgress: (done) => done === 3 && controller.abort(), signal: controller.signal });
    await expect(run).rejects.toMatchObject({ name: "AbortError" });
    expect(excel.sheetNames()).toEqual([userSheet.name, ...plan.sheets.map((s) => s.name)]);
    expect(excel.snapshot()).toEqual(before);
  });

  it("surfaces a batch Excel rejects (over 5 MB) and removes what it had written", async () => {
    const excel = withUserSheet();
    const before = excel.snapshot();
    const run = applyPlan(asExcel(excel), planWorkbook(trackerDoc({ recommendations: manyRecommendations(30_000) })), { bytesPerSync: 50_000_000 });
    await expect(run).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.snapshot()).toEqual(before);
  });

  it("writes a 10,000-row tracker in at most 6 syncs (issue 3's target)", async () => {
    const excel = withUserSheet();
    await applyPlan(asExcel(excel), planWorkbook(trackerDoc({ recommendations: manyRecommendations(10_000) })));
    console.log(`10k rows: ${excel.syncCount} syncs, max request ${(excel.maxRequestBytes / 1e6).toFixed(2)} MB`);
    expect(excel.syncCount).toBeLessThanOrEqual(6);
  });

  it("writes a 100,000-row tracker in a bounded number of syncs, every batch under 5 MB", async () => {
    const plan = planWorkbook(trackerDoc({ recommendations: manyRecommendations(100_000) }));
    const excel = withUserSheet();
    const report = await applyPlan(asExcel(excel), plan);
    const maxRequest = excel.maxRequestBytes;
    console.log(`100k rows: ${excel.syncCount} syncs, max request ${(maxRequest / 1e6).toFixed(2)} MB`);
    expect(excel.syncCount).toBe(report.syncs);
    expect(excel.syncCount).toBeLessThanOrEqual(60);
    expect(maxRequest).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.sheet(plan.sheets[0]!.name).values.length).toBe(plan.sheets[0]!.values.length);
  });
});

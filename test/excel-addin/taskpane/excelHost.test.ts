/// <reference types="office-js" />
/**
 * The task pane's Excel host over the strict fake, as the pane drives it: after a Convert, a refresh re-reads only
 * what people changed (Excel's onChanged events), in at most 3 round trips, and yields what a full read would.
 */
import { analyseConvert, refreshDashboard, validateTracker } from "../../../shared/flows";
import type { SourceFile } from "../../../shared/grid/grid";
import { readWorkbookGrids } from "../../../excel-addin/src/adapter/readWorkbookGrids";
import { excelHost } from "../../../excel-addin/src/taskpane/excelHost";
import { userName } from "../../../excel-addin/src/taskpane/userName";
import { syntheticRows } from "../../../bench/generateSheet";
import { FakeExcel, PAYLOAD_LIMIT, type SeedSheet } from "../../fakes/excel";
import { FRENCH_TRACKER } from "../../e2e/excel/fixtures";
import type { PaneHost } from "../../../ui/host";

const META = { lang: "fr" as const, by: "test", now: "2026-11-22T10:00:00Z" };
const FILE = "suivi.xlsx";
const ALL_SETS = () => true;
const noop = () => undefined;
const write = { onProgress: noop, signal: new AbortController().signal };

function open(sheet: SeedSheet, isSetSupported: (set: string, version: string) => boolean = ALL_SETS): { excel: FakeExcel; host: PaneHost } {
  const excel = new FakeExcel().seed(sheet);
  (globalThis as unknown as { Excel: { run: FakeExcel["run"] } }).Excel = { run: (batch) => excel.run(batch) };
  return { excel, host: excelHost({ lang: "fr", user: userName(null, "test"), file: FILE, isSetSupported }) };
}

async function convert(host: PaneHost, source: string): Promise<void> {
  const workbook = await host.readWorkbook(noop);
  await host.applyPlan(analyseConvert({ ...META, workbook, sheet: source }).plan, { keep: [source], ...write });
}

/** What a pane opened now would read: the whole workbook, without any cache. */
const fullRead = (excel: FakeExcel): Promise<SourceFile> => readWorkbookGrids(excel.requestContext as unknown as Excel.RequestContext, { file: FILE });

/** Round trips `step` takes on the fake. */
async function roundTrips<T>(excel: FakeExcel, step: () => Promise<T>): Promise<{ value: T; syncs: number }> {
  const before = excel.syncCount;
  const value = await step();
  return { value, syncs: excel.syncCount - before };
}

const statusColumn = (excel: FakeExcel): number => excel.sheet("Activités").values[0]!.indexOf("État de l'activité");

describe("the Excel host's refreshes", () => {
  it("sees a person's edit after Convert in the next Validate refresh, in at most 3 round trips", async () => {
    const { excel, host } = open(FRENCH_TRACKER);
    await convert(host, FRENCH_TRACKER.name);
    const col = statusColumn(excel);
    excel.userEdit("Activités", `${String.fromCharCode(65 + col)}2`, [["pas clair du tout"]]);

    const read = await roundTrips(excel, () => host.readWorkbook(noop));
    expect(read.value).toEqual(await fullRead(excel));
    const validation = validateTracker({ ...META, workbook: read.value })!;
    const written = await roundTrips(excel, async () => {
      await host.paintHighlights(validation.highlights);
      await host.applyPlan(validation.issuesPlan, { keep: [], ...write });
    });
    expect([read.syncs, read.syncs + written.syncs]).toEqual([1, 3]);
    expect(validation.issues.some((i) => i.target?.sheet === "Activités" && i.target.row === 1 && i.target.col === col)).toBe(true);
    // the rewritten Issues sheet, now last in the workbook, is cached as written
    expect(await host.readWorkbook(noop)).toEqual(await fullRead(excel));
  });

  it("refreshes the dashboard in 2 round trips, reading back exactly what a full read finds", async () => {
    const { excel, host } = open(FRENCH_TRACKER);
    await convert(host, FRENCH_TRACKER.name);
    excel.userEdit(FRENCH_TRACKER.name, "B6", [["Une recommandation réécrite"]]);
    const refresh = await roundTrips(excel, async () => {
      const workbook = await host.readWorkbook(noop);
      await host.applyPlan(refreshDashboard({ ...META, workbook, asOf: "2026-11-22" })!.plan, { keep: [], ...write });
      return workbook;
    });
    expect(refresh.syncs).toBe(2);
    expect(refresh.value.sheets.find((g) => g.name === FRENCH_TRACKER.name)!.rows[5]![1]).toBe("Une recommandation réécrite");
    const again = await roundTrips(excel, () => host.readWorkbook(noop));
    expect(again.syncs).toBe(1);
    expect(again.value).toEqual(await fullRead(excel));
  });

  it("does not take its own writes for changes: a one-click fix is read back alone, and the rest comes from the cache", async () => {
    const { excel, host } = open(FRENCH_TRACKER);
    await convert(host, FRENCH_TRACKER.name);
    const before = excel.syncs.length;
    await host.writeCell({ sheet: "Activités", row: 2, col: statusColumn(excel) }, "En cours", "yyyy-mm-dd");
    const read = await roundTrips(excel, () => host.readWorkbook(noop));
    expect(read.syncs).toBe(1);
    // the refresh loads the sheet list and the one written cell, not the tracker's sheets the pane wrote before
    expect(excel.syncs[before + 1]!.responseBytes).toBeLessThan(2_000);
    expect(read.value).toEqual(await fullRead(excel));
  });

  it("reads everything again when a sheet was added or renamed since", async () => {
    const { excel, host } = open(FRENCH_TRACKER);
    await convert(host, FRENCH_TRACKER.name);
    excel.seed({ name: "Notes", rows: [["ajoutée par quelqu'un"]] });
    const added = await roundTrips(excel, () => host.readWorkbook(noop));
    expect(added.syncs).toBeGreaterThan(1);
    expect(added.value).toEqual(await fullRead(excel));

    excel.sheet("Notes").name = "Notes 2026";
    const renamed = await roundTrips(excel, () => host.readWorkbook(noop));
    expect(renamed.syncs).toBeGreaterThan(1);
    expect(renamed.value.sheets.map((g) => g.name)).toContain("Notes 2026");
    expect(renamed.value).toEqual(await fullRead(excel));
  });

  it("reads everything again on every refresh where Excel cannot report changes (before ExcelApi 1.14)", async () => {
    const { excel, host } = open(FRENCH_TRACKER, (_set, version) => Number(version.split(".")[1]) < 14);
    await convert(host, FRENCH_TRACKER.name);
    excel.userEdit("Activités", "A2", [["modifié"]]);
    const read = await roundTrips(excel, () => host.readWorkbook(noop));
    expect(read.syncs).toBeGreaterThanOrEqual(3);
    expect(read.value).toEqual(await fullRead(excel));
  });

  it("writes again from a fresh sheet list when a sheet it knew of was deleted between its read and its write", async () => {
    const { excel, host } = open(FRENCH_TRACKER);
    await convert(host, FRENCH_TRACKER.name);
    const validation = validateTracker({ ...META, workbook: await host.readWorkbook(noop) })!;
    const issues = validation.issuesPlan.sheets[0]!.name;
    await excel.run(async (context) => context.workbook.worksheets.getItem(issues).delete());
    await host.applyPlan(validation.issuesPlan, { keep: [], ...write });
    expect(excel.sheetNames().filter((n) => n === issues || n.startsWith("~"))).toEqual([issues]);
    expect(await host.readWorkbook(noop)).toEqual(await fullRead(excel));
  });

  it("converts 10,000 rows in at most 6 syncs, every request and response under 5 MB, and refreshes in at most 3", async () => {
    const { excel, host } = open({ name: "Suivi", rows: syntheticRows(10_000).rows });
    await convert(host, "Suivi");
    expect(excel.syncCount).toBeLessThanOrEqual(6);
    excel.userEdit("Activités", "B3", [["modifiée à la main"]]);
    const refresh = await roundTrips(excel, async () => {
      const validation = validateTracker({ ...META, workbook: await host.readWorkbook(noop) })!;
      await host.paintHighlights(validation.highlights);
      await host.applyPlan(validation.issuesPlan, { keep: [], ...write });
    });
    expect(refresh.syncs).toBeLessThanOrEqual(3);
    expect(Math.max(excel.maxRequestBytes, excel.maxResponseBytes)).toBeLessThan(PAYLOAD_LIMIT);
  });
});

/** `nmirf snapshot TRACKER.xlsx --as-of DATE -o OUT.xlsx`: the tracker rewritten with a hidden snapshot sheet added. */
import path from "node:path";
import { cellText } from "../../shared/grid/cellText";
import { isErrorCell, type Cell, type Grid } from "../../shared/grid/grid";
import { takeSnapshot } from "../../shared/history/snapshot";
import { planSnapshotSheet, readSnapshotSheet } from "../../shared/history/snapshotSheet";
import type { Lang } from "../../shared/model/codes";
import type { LogEntry } from "../../shared/model/log";
import { rollup } from "../../shared/rollup/rollup";
import type { PlanCell, SheetPlan, WorkbookPlan } from "../../shared/workbook/plan";
import { planWorkbook } from "../../shared/workbook/planWorkbook";
import { sheetPlan } from "../../shared/workbook/sheetPlan";
import type { Io } from "../io/console";
import { refuseOverwrite } from "../io/loadSources";
import { parseAsOf } from "../io/options";
import { writeAtomically } from "../io/writeAtomically";
import { writeWorkbook } from "../write/writeXlsx";
import { loadTracker, sayHistory, snapshotGrids, type LoadedTracker } from "./historyTracker";

export interface SnapshotOptions {
  readonly asOf?: string;
  readonly label?: string;
  readonly output: string;
}

export async function snapshotCommand(tracker: string, opts: SnapshotOptions, io: Io, lang: Lang): Promise<number> {
  refuseOverwrite([tracker], [opts.output], io.cwd);
  const now = io.now();
  const asOf = parseAsOf(opts.asOf, now);
  const loaded = await loadTracker(tracker, io, lang);
  const snapshot = takeSnapshot(loaded.read.recommendations, { asOf, label: opts.label ?? "" });
  const kept = snapshotGrids(loaded.src).filter((g) => sameDay(g) !== asOf);
  const entry: LogEntry = { at: now, action: "snapshot", by: "nmirf", recordId: null, field: null, oldValue: null, newValue: asOf, note: snapshot.label || null };
  const plan = withSheets(rewrittenTracker(loaded, { now, asOf, log: [entry] }), [...kept.map(verbatimSheet), planSnapshotSheet(snapshot, loaded.read.lang)]);
  const target = path.resolve(io.cwd, opts.output);
  await writeAtomically(target, (tmp) => writeWorkbook(plan, tmp));
  if (kept.length < snapshotGrids(loaded.src).length) io.out(sayHistory(lang, "history.cli.snapshotReplaced", { date: asOf }) + "\n");
  io.out(sayHistory(lang, "history.cli.snapshotWritten", { date: asOf, count: snapshot.recommendations.length, path: opts.output }) + "\n");
  return 0;
}

const sameDay = (grid: Grid): string | null => {
  const read = readSnapshotSheet(grid);
  return read !== null && "snapshot" in read ? read.snapshot.asOf : null;
};

/** The tracker re-planned from what was read back, with log lines saying what the command did. */
export function rewrittenTracker({ src, read }: LoadedTracker, at: { now: string; asOf: string; log: readonly LogEntry[] }): WorkbookPlan {
  const plan = planWorkbook({
    recommendations: read.recommendations,
    issues: [],
    rollups: rollup(read.recommendations, { asOf: at.asOf }),
    log: [...read.log, ...at.log],
    lang: read.lang,
    extraColumns: read.extraColumns,
    generatedAt: at.now,
  });
  // The Issues sheet lists problems of the original inputs, which the tracker alone cannot recompute: keep its cells.
  const issues = plan.sheets.find((s) => s.role === "issues");
  const original = issues ? src.sheets.find((g) => g.name === issues.name) : undefined;
  if (!issues || !original) return plan;
  return { ...plan, sheets: plan.sheets.map((s) => (s === issues ? { ...verbatimSheet(original), hidden: false, role: "issues", columnWidths: s.columnWidths } : s)) };
}

/**
 * Sheets added after the tracker's own, so planWorkbook stays unchanged: a post-processing step any host can
 * apply the same way (the plan is plain data).
 */
export const withSheets = (plan: WorkbookPlan, extra: readonly SheetPlan[]): WorkbookPlan => ({ ...plan, sheets: [...plan.sheets, ...extra] });

const planCell = (cell: Cell | undefined): PlanCell => (cell === undefined ? null : isErrorCell(cell) ? cellText(cell) : cell);

/** A sheet copied cell for cell (an older snapshot, even one a person edited, is never lost). */
export const verbatimSheet = (grid: Grid): SheetPlan => sheetPlan("settings", grid.name, grid.rows.map((row) => row.map(planCell)), false, { hidden: true });

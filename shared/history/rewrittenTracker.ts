/** A tracker re-planned from what was read back, so history commands can add sheets and log lines to it. */
import { cellText } from "../grid/cellText";
import { isErrorCell, type Cell, type Grid, type SourceFile } from "../grid/grid";
import type { TrackerRead } from "../import/trackerWorkbook";
import type { LogEntry } from "../model/log";
import { rollup } from "../rollup/rollup";
import type { PlanCell, SheetPlan, WorkbookPlan } from "../workbook/plan";
import { planWorkbook } from "../workbook/planWorkbook";
import { sheetPlan } from "../workbook/sheetPlan";

/** The tracker with log lines saying what the command did. */
export function rewrittenTracker({ src, read }: { readonly src: SourceFile; readonly read: TrackerRead }, at: { now: string; asOf: string; log: readonly LogEntry[] }): WorkbookPlan {
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

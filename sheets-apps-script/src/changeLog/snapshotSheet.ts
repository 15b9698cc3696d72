/// <reference types="google-apps-script" />
/**
 * The last snapshot of the watched cells, in a hidden sheet of its own: a marker and the time it was taken, then
 * one row per non-empty cell (record, activity, field, value), all text. A tracker plan the add-on applies carries
 * it as one more sheet, so it is written within the plan's time budget and swapped in with the tracker; a refresh
 * rewrites it in place. The tracker's readers never see it: they go by the Settings sheet.
 */
import { cellText } from "../../../shared/grid/cellText";
import type { Grid } from "../../../shared/grid/grid";
import type { PlanCell, SheetPlan } from "../../../shared/workbook/plan";
import { sheetPlan } from "../../../shared/workbook/sheetPlan";
import { TEXT_FORMAT } from "../adapter/cells";
import { ensureSize } from "../adapter/sheetFeatures";
import { valueBlocks, writeBlock } from "../adapter/valueBlocks";
import type { WatchedCell } from "./watched";

export const SNAPSHOT_SHEET = "~nmirf-edits";
const MARKER = "nmirf.edits";
const COLUMNS = 4;

export interface EditSnapshot {
  /** ISO time the snapshot was taken. */
  readonly at: string;
  readonly cells: readonly WatchedCell[];
}

export function readSnapshot(grid: Grid | undefined): EditSnapshot | null {
  if (!grid || cellText(grid.rows[0]?.[0]) !== MARKER) return null;
  const cells = grid.rows.slice(1).map(([recordId, activityId, field, value]) => ({
    recordId: cellText(recordId), activityId: cellText(activityId), field: cellText(field), value: cellText(value),
  }));
  return { at: cellText(grid.rows[0]?.[1]), cells };
}

/** The hidden sheet as a plan. Its role is "settings": like Settings, hidden machine-read data. */
export function snapshotSheetPlan(snapshot: EditSnapshot): SheetPlan {
  const values: PlanCell[][] = [[MARKER, snapshot.at], ...snapshot.cells.map((c) => [c.recordId, c.activityId, c.field, c.value])];
  return sheetPlan("settings", SNAPSHOT_SHEET, values, false, { hidden: true });
}

/** Moves the snapshot's time on, its cells being what the tracker still holds: one call instead of a rewrite. */
export function touchSnapshot(at: string): void {
  SpreadsheetApp.getActive().getSheetByName(SNAPSHOT_SHEET)?.getRange(1, 2).setValues([[at]]);
}

/** Rewrites the sheet in place (adding it, hidden, when missing), in value blocks. */
export function writeSnapshot(snapshot: EditSnapshot): void {
  const ss = SpreadsheetApp.getActive();
  let sheet = ss.getSheetByName(SNAPSHOT_SHEET);
  if (sheet) sheet.clearContents();
  else {
    const active = ss.getActiveSheet();
    sheet = ss.insertSheet(SNAPSHOT_SHEET).hideSheet();
    ss.setActiveSheet(active); // inserting a sheet makes it the active one
  }
  const plan = snapshotSheetPlan(snapshot);
  ensureSize(sheet, plan.values.length, COLUMNS);
  for (const block of valueBlocks(plan, TEXT_FORMAT)) writeBlock(sheet, block);
}

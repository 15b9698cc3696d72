/// <reference types="google-apps-script" />
/**
 * How a plan reaches the spreadsheet. Two paths give the same tracker: SpreadsheetApp calls (the default, under the
 * least-privilege `spreadsheets.currentonly` scope) and the Sheets API's batch requests (when the deployment enables
 * the Advanced Sheets service, at the cost of the full `spreadsheets` scope), which need a handful of calls in all.
 * Either way the plan is written into temporary sheets first and swapped in by the last step.
 */
import type { SheetPlan, WorkbookPlan } from "../../../shared/workbook/plan";
import type { BlockLimits } from "./valueBlocks";
import { sheetWidth } from "./valueBlocks";

export interface Step {
  readonly run: () => void;
  /** About how many service calls it makes (a thousand cells moved counting as one), to predict its time. */
  readonly calls: number;
}

export const step = (calls: number, run: () => void): Step => ({ calls, run });

export interface WritePath {
  /** Every sheet's name (temporary names must collide with none; leftovers of a lost run are found here). */
  titles(): string[];
  /** Removes those of the named sheets that exist. */
  remove(names: readonly string[]): void;
  /**
   * The plan's steps into the temporary sheets `temp` (one per planned sheet), ending with the swap. `resumed`: a
   * checkpoint is being continued, so a temporary sheet may already exist. `limits` (default: the path's own) cut
   * the values into steps.
   */
  steps(plan: WorkbookPlan, temp: readonly string[], resumed: boolean, limits?: BlockLimits): Step[];
}

/** The rows and columns a planned sheet needs: its values, and every area, note and chart anchor. */
export function gridSize(plan: SheetPlan): { rows: number; cols: number } {
  const areas = [...plan.validations, ...plan.conditionalFills, ...plan.styles].map((f) => f.area);
  const points = [...plan.notes, ...plan.charts.map((c) => c.anchor)];
  return {
    rows: Math.max(1, plan.values.length, ...areas.map((a) => a.bottom + 1), ...points.map((n) => n.row + 1)),
    cols: Math.max(1, sheetWidth(plan), plan.columnWidths.length, ...areas.map((a) => a.right + 1), ...points.map((n) => n.col + 1)),
  };
}

/**
 * The pure "host": the grids a spreadsheet would hand back after applying a plan. Like a real file, empty
 * strings read as empty cells, a link reads as its text, and rows lose their trailing empty cells.
 */
import type { Cell, Grid, SourceFile } from "../grid/grid";
import type { PlanCell, SheetPlan, WorkbookPlan } from "./plan";
import { trimRow } from "../grid/trimEnd";

const asCell = (value: PlanCell): Cell => {
  if (value === "") return null;
  if (typeof value === "object" && value !== null && value.kind === "link") return value.text;
  return value;
};

const trimmedRow = (row: readonly PlanCell[]): Cell[] => trimRow(row.map(asCell));

export const sheetToGrid = (sheet: SheetPlan): Grid => ({ name: sheet.name, rows: sheet.values.map(trimmedRow), merges: [] });

export function planToSourceFile(plan: WorkbookPlan, file = "tracker.xlsx"): SourceFile {
  return { file, sheets: plan.sheets.map(sheetToGrid) };
}

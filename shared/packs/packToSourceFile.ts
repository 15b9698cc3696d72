/** A pack plan as the grids a spreadsheet would hand back: lets the core's tests read a pack without a file. */
import type { SourceFile } from "../grid/grid";
import { sheetToGrid } from "../workbook/planToSourceFile";
import type { PackPlan } from "./packPlan";

export function packToSourceFile(plan: PackPlan, file = "pack.xlsx"): SourceFile {
  return { file, sheets: plan.sheets.map((s) => sheetToGrid({ ...s, role: "settings" })) };
}

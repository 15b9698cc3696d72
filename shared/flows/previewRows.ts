/** The first rows of a planned sheet as plain text: what the user sees before anything is written. */
import { serialToIso } from "../vocab/calendar";
import type { PlanCell, SheetPlan } from "../workbook/plan";

export function cellDisplay(cell: PlanCell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object") return cell.kind === "link" ? cell.text : serialToIso(cell.serial);
  return String(cell);
}

/** Header row plus `count` data rows, without columns that are empty in all of them. */
export function previewRows(sheet: SheetPlan, count: number): string[][] {
  const rows = sheet.values.slice(0, count + 1).map((row) => row.map(cellDisplay));
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const filled = Array.from({ length: width }, (_, c) => rows.slice(1).some((r) => (r[c] ?? "") !== ""));
  return rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? "").filter((_, c) => filled[c]));
}

/** Converts between the values API's cells, the engine's grid cells and the workbook plan's cells. */
import type { Cell, Grid } from "../../shared/grid/grid";
import { serialToIsoDay } from "../../shared/workbook/codec/dates";
import type { PlanCell } from "../../shared/workbook/plan";
import type { ApiValue } from "./sheetsPort";

export const apiToCell = (v: ApiValue | undefined): Cell => (v === undefined || v === "" ? null : v);

export const toGrid = (name: string, rows: readonly (readonly ApiValue[])[]): Grid => ({ name, rows: rows.map((r) => r.map(apiToCell)), merges: [] });

/**
 * The value written for a planned cell. Dates are written as ISO days ("2024-06-30"), which the tracker reader
 * reads back exactly; an empty planned cell is "", which the API stores as an empty cell.
 */
export function planToApi(c: PlanCell | undefined): ApiValue {
  if (c === null || c === undefined) return "";
  if (typeof c === "object") return c.kind === "date" ? serialToIsoDay(c.serial) : c.text;
  return c;
}

/** A sheet plan with every optional part empty, so each sheet builder states only what it uses. */
import type { Area, PlanCell, SheetPlan, SheetRole } from "./plan";

export type SheetParts = Partial<Omit<SheetPlan, "role" | "name" | "values" | "rightToLeft">>;

export function sheetPlan(role: SheetRole, name: string, values: readonly (readonly PlanCell[])[], rightToLeft: boolean, parts: SheetParts = {}): SheetPlan {
  return {
    role,
    name,
    values,
    columnWidths: [],
    frozen: { rows: 0, cols: 0 },
    tables: [],
    validations: [],
    conditionalFills: [],
    notes: [],
    styles: [],
    charts: [],
    hidden: false,
    rightToLeft,
    ...parts,
  };
}

/** A table over a header row and `rows` data rows; an empty table keeps one blank row, as Excel does. */
export const tableArea = (rows: number, cols: number): Area => ({ top: 0, left: 0, bottom: Math.max(rows, 1), right: cols - 1 });

/** One column's data rows, from row 2 down `rows` rows. */
export const columnArea = (col: number, rows: number): Area => ({ top: 1, left: col, bottom: Math.max(rows, 1), right: col });

/** Turns what Office.js returns for a block of cells (values, valueTypes, numberFormat) into Grid cells. */
import type { Cell, MergedArea } from "../../../shared/grid/grid";
import { isDateFormatCode } from "../../../shared/grid/dateFormat";
import { trimRow } from "../../../shared/grid/trimEnd";

export interface RangeBlock {
  readonly values: readonly (readonly unknown[])[];
  readonly valueTypes: readonly (readonly string[])[];
  readonly numberFormat: readonly (readonly unknown[])[];
}

/** Excel's error values, which `values` returns as their text. */
const ERROR_TEXTS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!", "#EXTERNAL!"]);

/**
 * The value type a loaded value implies, so a read need not load `valueTypes` for every cell: "Error" only for an
 * error's text, which may still be a text cell holding it, so those few cells are checked with `valueTypes`.
 */
export function impliedType(value: unknown): string {
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  if (value === "" || value === null || value === undefined) return "Empty";
  return typeof value === "string" && ERROR_TEXTS.has(value) ? "Error" : "String";
}

export function toCell(value: unknown, type: string | undefined, format: unknown): Cell {
  switch (type) {
    case "Empty":
      return null;
    case "Error":
      return { kind: "error", code: String(value).trim() };
    case "Boolean":
      return value === true;
    case "Double":
      return typeof format === "string" && isDateFormatCode(format) ? { kind: "date", serial: Number(value) } : Number(value);
    default:
      return value === "" || value === null || value === undefined ? null : String(value);
  }
}

/** One row of cells, placed from column `left`, with trailing empty cells dropped like a file reader does. */
export function blockRow(block: RangeBlock, i: number, left: number): Cell[] {
  const values = block.values[i] ?? [];
  const cells: Cell[] = new Array<Cell>(left).fill(null);
  for (let j = 0; j < values.length; j++) cells.push(toCell(values[j], block.valueTypes[i]?.[j], block.numberFormat[i]?.[j]));
  return trimRow(cells);
}

/** Merged areas keep their value in the top-left cell only. */
export function clearMergedFollowers(rows: Cell[][], merges: readonly MergedArea[]): void {
  for (const area of merges) {
    for (let r = area.top; r <= Math.min(area.bottom, rows.length - 1); r++) {
      const row = rows[r] as Cell[];
      for (let c = area.left; c <= Math.min(area.right, row.length - 1); c++) if (r !== area.top || c !== area.left) row[c] = null;
      trimRow(row);
    }
  }
}

/** Which cells of a sheet carry a format of their own: area styles (dashboard, lists) and highlighted (noted) cells. */
import type { SheetPlan } from "../../shared/workbook/plan";
import type { CellFormat } from "./styleBook";

/** Row-major key of a cell; Excel has at most 16,384 columns. */
export const cellKey = (row: number, col: number): number => row * 16384 + col;

/** Formats by cell key, merged in plan order (later areas add to earlier ones). */
export function cellFormats(sheet: SheetPlan): Map<number, CellFormat> {
  const formats = new Map<number, CellFormat>();
  for (const style of sheet.styles) {
    const { area, bold, numberFormat, fill } = style;
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const key = cellKey(r, c);
        formats.set(key, { ...formats.get(key), ...(bold ? { bold } : {}), ...(numberFormat ? { numberFormat } : {}), ...(fill ? { fill } : {}) });
      }
    }
  }
  for (const note of sheet.notes) {
    const key = cellKey(note.row, note.col);
    formats.set(key, { ...formats.get(key), fill: note.fill });
  }
  return formats;
}

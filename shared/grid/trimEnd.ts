/**
 * A row ends at its last cell holding something, and a grid at its last row holding anything, as a file reader sees
 * them: what follows is formatting residue or a line end. Both trim in place (readers build the arrays they trim)
 * and return what they trimmed.
 */
import type { Cell } from "./grid";

/** Drops the `empty` values ending the list (null cells, "" texts as the Sheets API drops them). */
export function trimTrailing<T>(list: T[], empty: T): T[] {
  while (list.length > 0 && list[list.length - 1] === empty) list.pop();
  return list;
}

export const trimRow = (cells: Cell[]): Cell[] => trimTrailing(cells, null);

export function trimRows(rows: Cell[][]): Cell[][] {
  while (rows.length > 0 && (rows[rows.length - 1] as Cell[]).length === 0) rows.pop();
  return rows;
}

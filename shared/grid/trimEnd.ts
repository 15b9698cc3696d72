/**
 * A row ends at its last cell holding something, and a grid at its last row holding anything, as a file reader sees
 * them: what follows is formatting residue or a line end. Both trim in place (readers build the arrays they trim)
 * and return what they trimmed.
 */
import type { Cell } from "./grid";

export function trimRow(cells: Cell[]): Cell[] {
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells;
}

export function trimRows(rows: Cell[][]): Cell[][] {
  while (rows.length > 0 && (rows[rows.length - 1] as Cell[]).length === 0) rows.pop();
  return rows;
}

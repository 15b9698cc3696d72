/** Which merged area covers a cell, so readers can tell "blank" from "covered by the cell above". */
import type { Grid, MergedArea } from "./grid";

export interface MergeIndex {
  /** The area whose non-master part contains (row, col), if any. */
  coveredBy(row: number, col: number): MergedArea | undefined;
  /** The area whose top-left cell is (row, col), if any. */
  startingAt(row: number, col: number): MergedArea | undefined;
}

export function indexMerges(grid: Grid): MergeIndex {
  const covered = new Map<number, Map<number, MergedArea>>();
  const masters = new Map<string, MergedArea>();
  for (const area of grid.merges) {
    masters.set(`${area.top}:${area.left}`, area);
    for (let r = area.top; r <= area.bottom; r++) {
      let row = covered.get(r);
      if (!row) covered.set(r, (row = new Map()));
      for (let c = area.left; c <= area.right; c++) if (r !== area.top || c !== area.left) row.set(c, area);
    }
  }
  return {
    coveredBy: (row, col) => covered.get(row)?.get(col),
    startingAt: (row, col) => masters.get(`${row}:${col}`),
  };
}

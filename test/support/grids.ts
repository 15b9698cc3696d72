/** Small builders for test grids, so tests read like the spreadsheets they describe. */
import type { Cell, Grid, MergedArea, SourceFile } from "../../shared/grid/grid";

export function sheet(name: string, rows: readonly (readonly Cell[])[], merges: MergedArea[] = [], hiddenRows: number[] = []): Grid {
  return { name, rows, merges, hiddenRows };
}

export const file = (name: string, ...sheets: Grid[]): SourceFile => ({ file: name, sheets });

/** A merged area from an A1 range such as "A1:F1". */
export function merge(range: string): MergedArea {
  const [a, b] = range.split(":") as [string, string];
  const at = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return { row: Number(m[2]) - 1, col };
  };
  const s = at(a);
  const e = at(b);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

/** Finds the header row of a table in a sheet that may have title rows, blank rows and notes above it. */
import { cellText } from "./cellText";
import type { Grid } from "./grid";

/** How much a header cell's text says "this is a column of the table": 0 when it says nothing. */
export type HeaderScorer = (text: string) => number;

export interface HeaderLocation {
  /** 0-based index of the header row. */
  readonly row: number;
  /** The header text of each column (after trimming); "" where the header cell is empty. */
  readonly headers: readonly string[];
  readonly score: number;
}

/** Rows looked at from the top; title blocks in real trackers are a handful of rows. */
const SCAN_ROWS = 40;
/** A header row names at least this much: two recognised columns, or one plus the recommendation text. */
const MIN_SCORE = 1.5;

export function locateHeader(grid: Grid, score: HeaderScorer): HeaderLocation | null {
  let best: HeaderLocation | null = null;
  const limit = Math.min(grid.rows.length, SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const headers = (grid.rows[r] ?? []).map((c) => cellText(c).trim());
    const filled = headers.filter((h) => h !== "");
    if (filled.length < 2) continue;
    const total = headers.reduce((sum, h) => sum + (h ? score(h) : 0), 0);
    if (total >= MIN_SCORE && (!best || total > best.score)) best = { row: r, headers, score: total };
  }
  return best;
}

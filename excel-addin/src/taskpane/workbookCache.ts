/**
 * The workbook as the pane last read or wrote it, so a refresh re-reads only what changed since: the grids, and
 * the sheets by id and name. Pure: the host decides when it is still true (see excelHost).
 */
import type { Cell, Grid, SourceFile } from "../../../shared/grid/grid";
import type { WorkbookPlan } from "../../../shared/workbook/plan";
import { sheetToGrid } from "../../../shared/workbook/planToSourceFile";
import type { ChangesRead, ReadArea } from "../adapter/readChanges";
import { clearMergedFollowers } from "../adapter/rangeCells";
import { sameSheets, type SheetRef } from "../adapter/sheetRefs";
import { trimRow, trimRows } from "../../../shared/grid/trimEnd";

export interface CachedWorkbook {
  readonly workbook: SourceFile;
  readonly sheets: readonly SheetRef[];
}

/** Rows end at their last value and the grid at its last non-empty row, as a read of Excel's used range does. */
function trimEnd(rows: Cell[][]): Cell[][] {
  for (const row of rows) trimRow(row);
  return trimRows(rows);
}

/**
 * A planned sheet as reading it back returns it: the adapter writes text as text ("@"), dates as serials in the
 * plan's date format and links as their text, which is what planToSourceFile's grid holds.
 */
const writtenGrid = (sheet: WorkbookPlan["sheets"][number]): Grid => {
  const grid = sheetToGrid(sheet);
  return { ...grid, rows: trimEnd(grid.rows.map((row) => [...row])) };
};

/** The cache once `plan` is applied and the workbook's sheets are `after`; null when a sheet is neither cached nor planned. */
export function withPlan(cache: CachedWorkbook, plan: WorkbookPlan, after: readonly SheetRef[]): CachedWorkbook | null {
  const planned = new Map(plan.sheets.map((s) => [s.name.toLowerCase(), s]));
  const cached = new Map(cache.workbook.sheets.map((g) => [g.name.toLowerCase(), g]));
  const grids = after.map(({ name }) => {
    const sheet = planned.get(name.toLowerCase());
    return sheet ? writtenGrid(sheet) : (cached.get(name.toLowerCase()) ?? null);
  });
  if (grids.some((g) => g === null)) return null;
  return { workbook: { ...cache.workbook, sheets: grids as Grid[] }, sheets: after };
}

function patch(grid: Grid, areas: readonly ReadArea[]): Grid {
  const rows = grid.rows.map((row) => [...row]);
  for (const { area, cells } of areas) {
    cells.forEach((values, i) => {
      while (rows.length <= area.top + i) rows.push([]);
      const row = rows[area.top + i] as Cell[];
      values.forEach((cell, j) => {
        while (row.length < area.left + j) row.push(null);
        row[area.left + j] = cell;
      });
    });
  }
  clearMergedFollowers(rows, grid.merges);
  return { ...grid, rows: trimEnd(rows) };
}

/** The cache with the changed areas read again; null when the sheets themselves changed (a full read is needed). */
export function withChanges(cache: CachedWorkbook, read: ChangesRead): CachedWorkbook | null {
  if (!sameSheets(cache.sheets, read.sheets)) return null;
  const sheets = cache.workbook.sheets.map((grid, i) => {
    const areas = read.areas.filter((a) => a.sheetId === cache.sheets[i]?.id);
    return areas.length === 0 ? grid : patch(grid, areas);
  });
  return { ...cache, workbook: { ...cache.workbook, sheets } };
}

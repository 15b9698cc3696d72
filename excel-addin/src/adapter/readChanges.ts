/// <reference types="office-js" />
/**
 * Reads what changed since a cached read, in the batch the caller syncs (with Excel.run's closing sync, a refresh
 * is one round trip): the sheet list, to tell whether sheets were added, deleted, renamed or moved, and the
 * changed areas' values, types and number formats. Queues only: `settle()` reads the results after the sync.
 */
import type { Cell, MergedArea } from "../../../shared/grid/grid";
import type { ChangedArea } from "./changeLog";
import { toCell } from "./rangeCells";
import { refsOf, type SheetRef } from "./sheetRefs";

export interface ReadArea {
  readonly sheetId: string;
  readonly area: MergedArea;
  /** The area's cells, row by row, as a full read would make them. */
  readonly cells: Cell[][];
}

export interface ChangesRead {
  readonly sheets: SheetRef[];
  readonly areas: ReadArea[];
}

export function queueChanges(context: Excel.RequestContext, changed: readonly ChangedArea[]): { settle: () => ChangesRead } {
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  const ranges = changed.map(({ sheetId, area }) => ({
    sheetId,
    area,
    // by id, so a sheet renamed since still answers, and one deleted fails the batch rather than read the wrong sheet
    range: context.workbook.worksheets
      .getItem(sheetId)
      .getRangeByIndexes(area.top, area.left, area.bottom - area.top + 1, area.right - area.left + 1)
      .load("values,valueTypes,numberFormat"),
  }));
  return {
    settle: () => ({
      sheets: refsOf(sheets),
      areas: ranges.map(({ sheetId, area, range }) => ({
        sheetId,
        area,
        cells: range.values.map((row, i) => row.map((v, j) => toCell(v, range.valueTypes[i]?.[j], range.numberFormat[i]?.[j]))),
      })),
    }),
  };
}

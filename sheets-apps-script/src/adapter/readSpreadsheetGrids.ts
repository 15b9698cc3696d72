/// <reference types="google-apps-script" />
/**
 * Reads sheets of the open spreadsheet into Grids: one `getValues()` per row block (50,000 cells) and the merged
 * areas in one call per sheet, dates in the spreadsheet's time zone. Not which rows are hidden: SpreadsheetApp
 * can only tell that one call per row (`isRowHiddenByUser`), which would make a read's cost grow with its rows. Where the Advanced Sheets service is enabled, one API call reads them all,
 * hidden rows included whatever their number (sheetsApi/readGrids.ts).
 */
import type { Cell, Grid, MergedArea, SourceFile } from "../../../shared/grid/grid";
import { activeDocument, type ActiveDocument } from "./activeDocument";
import { readCell, serialIn, type ToSerial } from "./cells";
import { readGridsViaApi, sheetTitles as apiSheetTitles } from "./sheetsApi/readGrids";
import { trimRow, trimRows } from "../../../shared/grid/trimEnd";

export interface ReadOptions {
  /** Sheets to read by name (default: all). */
  readonly sheets?: readonly string[];
  /** Sheets to leave out when reading all (the add-on's own machine-read sheets). */
  readonly skip?: readonly string[];
  /** The name messages show for the file (default: the spreadsheet's name). */
  readonly file?: string;
  readonly cellsPerRead?: number;
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A sheet asked for by name is not in the spreadsheet (deleted or renamed by hand). */
export class MissingSheetError extends Error {
  constructor(readonly sheet: string) {
    super(`No sheet named "${sheet}".`);
    this.name = "MissingSheetError";
  }
}

function readRows(sheet: Sheet, rowCount: number, colCount: number, cellsPerRead: number, toSerial: ToSerial): Cell[][] {
  const rows: Cell[][] = [];
  const step = Math.max(1, Math.floor(cellsPerRead / colCount));
  for (let top = 1; top <= rowCount; top += step) {
    const values = sheet.getRange(top, 1, Math.min(step, rowCount - top + 1), colCount).getValues();
    for (const line of values) {
      rows.push(trimRow(line.map((v) => readCell(v, toSerial))));
    }
  }
  return trimRows(rows);
}

function mergesOf(sheet: Sheet, rowCount: number, colCount: number): MergedArea[] {
  return sheet
    .getRange(1, 1, rowCount, colCount)
    .getMergedRanges()
    .map((m) => {
      const [top, left] = [m.getRow() - 1, m.getColumn() - 1];
      return { top, left, bottom: top + m.getNumRows() - 1, right: left + m.getNumColumns() - 1 };
    });
}

function readSheet(sheet: Sheet, options: ReadOptions, toSerial: ToSerial): Grid {
  const name = sheet.getName();
  const rowCount = sheet.getLastRow();
  const colCount = sheet.getLastColumn();
  if (rowCount === 0 || colCount === 0) return { name, rows: [], merges: [] };
  const rows = readRows(sheet, rowCount, colCount, options.cellsPerRead ?? 50_000, toSerial);
  return { name, rows, merges: mergesOf(sheet, rowCount, colCount) };
}

export function readSpreadsheetGrids(options: ReadOptions = {}, doc: ActiveDocument = activeDocument()): SourceFile {
  const { ss, api } = doc;
  if (api) return readGridsViaApi(api, doc.id(), options);
  const sheets = options.sheets
    ? options.sheets.map((n) => {
        const sheet = ss.getSheetByName(n);
        if (!sheet) throw new MissingSheetError(n);
        return sheet;
      })
    : ss.getSheets().filter((s) => !options.skip?.includes(s.getName()));
  const toSerial = serialIn(ss.getSpreadsheetTimeZone());
  return { file: options.file ?? ss.getName(), sheets: sheets.map((s) => readSheet(s, options, toSerial)) };
}

/** Every sheet's name, in order, through SpreadsheetApp: a call per sheet. */
export const appSheetTitles = (ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] => ss.getSheets().map((s) => s.getName());

/** Every sheet's name, in order: one API call where the service is enabled. */
export const sheetTitles = (doc: ActiveDocument = activeDocument()): string[] => (doc.api ? apiSheetTitles(doc.api, doc.id()) : appSheetTitles(doc.ss));

/// <reference types="google-apps-script" />
/**
 * `Spreadsheets.get` of the Advanced Sheets fake: the spreadsheet's and its sheets' properties, merges, and, when asked
 * for, grid data (values, formats, notes, row and column metadata) of whole sheets or A1 ranges, cut down by a field
 * mask as the API does.
 */
import { parseA1 } from "../../sheetsApi/a1";
import { isDateFormat, type FakeCell } from "../cells";
import { applyFieldMask, parseFieldMask, selects } from "./fieldMask";
import type { FakeSheet } from "../sheet";
import { box, only } from "./grid";
import { sheetProperties } from "./sheetRequests";
import type { FakeSpreadsheet } from "../spreadsheet";

type Spreadsheet = GoogleAppsScript.Sheets.Schema.Spreadsheet;
type Sheet = GoogleAppsScript.Sheets.Schema.Sheet;
type GridData = GoogleAppsScript.Sheets.Schema.GridData;
type RowData = GoogleAppsScript.Sheets.Schema.RowData;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;
type ExtendedValue = GoogleAppsScript.Sheets.Schema.ExtendedValue;
type NumberFormat = GoogleAppsScript.Sheets.Schema.NumberFormat;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;

export interface GetArgs {
  fields?: string;
  includeGridData?: boolean;
  ranges?: string | string[];
}

/** Sheets' default row height and column width, in pixels (the fake keeps no row heights). */
export const DEFAULT_ROW_PX = 21;
export const DEFAULT_COLUMN_PX = 100;

/** The errors a formula can leave in a cell, with the API's ErrorValue type and a message like the API's. */
const FORMULA_ERRORS: Readonly<Record<string, { type: string; message: string }>> = {
  "#N/A": { type: "N_A", message: "Value not available." },
  "#REF!": { type: "REF", message: "Reference does not exist." },
  "#VALUE!": { type: "VALUE", message: "Wrong type of argument." },
  "#DIV/0!": { type: "DIVIDE_BY_ZERO", message: "Function DIVIDE parameter 2 cannot be zero." },
  "#NAME?": { type: "NAME", message: "Unknown function or range name." },
  "#NUM!": { type: "NUM", message: "Number out of range." },
  "#NULL!": { type: "NULL_VALUE", message: "Ranges do not intersect." },
  "#ERROR!": { type: "ERROR", message: "Formula parse error." },
};

/** One requested range on a sheet, 0-based and inclusive, within the grid. */
interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The response and the number of cells it returns (what the host charges the clock for). */
export function getSpreadsheet(ss: FakeSpreadsheet, locale: string, args: GetArgs): { response: Spreadsheet; cells: number } {
  only(args, ["fields", "includeGridData", "ranges"], "optionalArgs");
  if (args.includeGridData !== undefined && typeof args.includeGridData !== "boolean") throw new Error(`Invalid value for includeGridData: ${String(args.includeGridData)}`);
  if (args.fields !== undefined && typeof args.fields !== "string") throw new Error("Invalid fields: a string expected.");
  const mask = args.fields === undefined ? null : parseFieldMask(args.fields);
  // A field mask decides whether grid data comes back; includeGridData is then ignored, as the API documents.
  const withData = mask ? selects(mask, "sheets.data") : args.includeGridData === true;
  const areas = requestedAreas(ss, args.ranges);
  const sheets = ss.sheets
    .filter((s) => areas === null || areas.has(s))
    .map((s): Sheet => {
      const own = areas?.get(s) ?? [whole(s)];
      const merges = s.merges.filter((m) => own.some((a) => m.row - 1 <= a.bottom && m.row + m.rows - 2 >= a.top && m.col - 1 <= a.right && m.col + m.cols - 2 >= a.left));
      return {
        properties: sheetProperties(ss, s),
        ...(withData ? { data: own.map((a) => gridData(s, a)) } : {}),
        ...(merges.length > 0 ? { merges: merges.map((m): GridRange => ({ sheetId: s.id, startRowIndex: m.row - 1, endRowIndex: m.row - 1 + m.rows, startColumnIndex: m.col - 1, endColumnIndex: m.col - 1 + m.cols })) } : {}),
      };
    });
  const full: Spreadsheet = { spreadsheetId: ss.id, properties: { title: ss.name, locale, timeZone: ss.timeZone }, sheets };
  const response = mask ? (applyFieldMask(full, mask) ?? {}) : full;
  return { response, cells: countCells(response) };
}

const whole = (s: FakeSheet): Area => ({ top: 0, left: 0, bottom: s.maxRows - 1, right: s.maxColumns - 1 });

/** The ranges by sheet, each within the grid (an open end reaches the grid's edge); null when no ranges were given. */
function requestedAreas(ss: FakeSpreadsheet, ranges: unknown): Map<FakeSheet, Area[]> | null {
  if (ranges === undefined) return null;
  const list: unknown[] = Array.isArray(ranges) ? ranges : [ranges];
  const areas = new Map<FakeSheet, Area[]>();
  for (const text of list) {
    if (typeof text !== "string") throw new Error(`Invalid ranges: ${JSON.stringify(text) ?? typeof text} is not a string.`);
    const a1 = parseA1(text);
    const sheet = a1 && (a1.sheet === null ? ss.sheets[0] : ss.sheets.find((s) => s.name.toLowerCase() === a1.sheet?.toLowerCase()));
    if (!a1 || !sheet) throw new Error(`Unable to parse range: ${text}`);
    const bottom = Number.isFinite(a1.bottom) ? a1.bottom : sheet.maxRows - 1;
    const right = Number.isFinite(a1.right) ? a1.right : sheet.maxColumns - 1;
    box(sheet, a1.top, bottom + 1, a1.left, right + 1); // refused past the grid, with the API's message
    areas.set(sheet, [...(areas.get(sheet) ?? []), { top: a1.top, left: a1.left, bottom, right }]);
  }
  return areas;
}

/** One GridData: rows up to the last that holds something, each up to its last cell that does; metadata for every row and column. */
function gridData(sheet: FakeSheet, a: Area): GridData {
  const rowData: RowData[] = [];
  for (let r = a.top; r <= Math.min(a.bottom, sheet.cells.length - 1); r++) {
    const values: CellData[] = [];
    for (let c = a.left; c <= a.right; c++) values.push(cellData(sheet.cellAt(r + 1, c + 1)));
    while (values.length > 0 && Object.keys(values[values.length - 1]!).length === 0) values.pop();
    rowData.push(values.length > 0 ? { values } : {});
  }
  while (rowData.length > 0 && rowData[rowData.length - 1]!.values === undefined) rowData.pop();
  const rowMetadata = Array.from({ length: a.bottom - a.top + 1 }, (_, i) => ({ pixelSize: DEFAULT_ROW_PX, ...(sheet.hiddenRows.has(a.top + i + 1) ? { hiddenByUser: true } : {}) }));
  const columnMetadata = Array.from({ length: a.right - a.left + 1 }, (_, i) => ({ pixelSize: sheet.columnWidths.get(a.left + i + 1) ?? DEFAULT_COLUMN_PX }));
  return {
    ...(a.top > 0 ? { startRow: a.top } : {}),
    ...(a.left > 0 ? { startColumn: a.left } : {}),
    ...(rowData.length > 0 ? { rowData } : {}),
    rowMetadata,
    columnMetadata,
  };
}

/** A cell as the API gives it: `{}` when empty (a note alone kept), values, formatted value and number format otherwise. */
export function cellData(cell: FakeCell | undefined): CellData {
  if (!cell) return {};
  const note = cell.note ? { note: cell.note } : {};
  if (cell.value === "" && cell.formula === undefined) return note;
  const format = numberFormat(cell.format);
  const formats = format ? { userEnteredFormat: { numberFormat: format }, effectiveFormat: { numberFormat: { ...format } } } : {};
  const error = cell.formula !== undefined && typeof cell.value === "string" ? FORMULA_ERRORS[cell.value] : undefined;
  const effective: ExtendedValue | null = cell.value === "" ? null : error ? { errorValue: { ...error } } : typed(cell.value);
  return {
    userEnteredValue: cell.formula !== undefined ? { formulaValue: cell.formula } : typed(cell.value),
    ...(effective ? { effectiveValue: effective, formattedValue: formatted(cell.value, format) } : {}),
    ...formats,
    ...note,
  };
}

const typed = (v: string | number | boolean): ExtendedValue =>
  typeof v === "number" ? { numberValue: v } : typeof v === "boolean" ? { boolValue: v } : { stringValue: v };

/** The API's NumberFormat for the fake's format string; none for General. */
export function numberFormat(format: string): NumberFormat | null {
  if (format === "" || /^general$/i.test(format)) return null;
  if (format === "@") return { type: "TEXT" };
  if (!isDateFormat(format)) return { type: "NUMBER", pattern: format };
  const bare = format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/am\/pm|a\/p/gi, "");
  const hasDate = /[ydb]/i.test(bare) || /mmm/i.test(bare);
  const type = !hasDate ? "TIME" : /h/i.test(bare) ? "DATE_TIME" : "DATE";
  return { type, pattern: format };
}

/** A plain rendering: the text, the number as String(), TRUE/FALSE, dates and times as yyyy-mm-dd hh:mm:ss. */
function formatted(v: string | number | boolean, format: NumberFormat | null): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const type = format?.type;
  if (type !== "DATE" && type !== "DATE_TIME" && type !== "TIME") return String(v);
  const iso = new Date(Date.UTC(1899, 11, 30) + Math.round(v * 86_400_000)).toISOString();
  const date = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  return type === "DATE" ? date : type === "TIME" ? time : `${date} ${time}`;
}

function countCells(response: Spreadsheet): number {
  let n = 0;
  for (const sheet of response.sheets ?? []) for (const data of sheet.data ?? []) for (const row of data.rowData ?? []) n += row.values?.length ?? 0;
  return n;
}

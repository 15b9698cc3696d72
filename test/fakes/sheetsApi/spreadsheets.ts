/** The fake's spreadsheet endpoints: `GET spreadsheets/{id}` (properties, optionally grid data) and the atomic `:batchUpdate`. */
import { badRequest } from "./errors";
import type { FakeSheet, FakeSpreadsheet, FakeStore, FakeValue } from "./store";
import { put } from "./values";

const typed = (v: FakeValue): Record<string, FakeValue> =>
  typeof v === "number" ? { numberValue: v } : typeof v === "boolean" ? { boolValue: v } : { stringValue: v };

function gridData(sheet: FakeSheet): unknown {
  const rowData = sheet.rows.map((row) => ({ values: row.map((c) => (c === undefined ? {} : { userEnteredValue: typed(c), effectiveValue: typed(c), formattedValue: String(c) })) }));
  return [{ startRow: 0, startColumn: 0, rowData }];
}

export function getSpreadsheet(book: FakeSpreadsheet, query: URLSearchParams): unknown {
  const withData = query.get("includeGridData") === "true";
  return {
    spreadsheetId: book.spreadsheetId,
    properties: { title: book.title, locale: "en_US" },
    sheets: book.sheets.map((s, index) => ({
      properties: { sheetId: s.sheetId, title: s.title, index, sheetType: "GRID", gridProperties: { rowCount: Math.max(1000, s.rows.length), columnCount: 26 } },
      ...(withData ? { data: gridData(s) } : {}),
    })),
  };
}

interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

type Request = Record<string, Record<string, unknown> | undefined>;

/** Applies every request to a copy; the copy replaces the spreadsheet only when all succeeded (the API's atomicity). */
export function batchUpdate(store: FakeStore, book: FakeSpreadsheet, body: Record<string, unknown>): unknown {
  if (!Array.isArray(body.requests) || body.requests.length === 0) throw badRequest("Must specify at least one request.");
  const draft = store.snapshot(book.spreadsheetId);
  const replies = (body.requests as Request[]).map((req, i) => apply(store, draft, req, i));
  store.restore(book.spreadsheetId, draft);
  return { spreadsheetId: book.spreadsheetId, replies };
}

function apply(store: FakeStore, sheets: FakeSheet[], req: Request, i: number): unknown {
  const kinds = Object.keys(req);
  if (kinds.length !== 1) throw badRequest(`Invalid requests[${i}]: exactly one kind of request must be set.`);
  const kind = kinds[0]!;
  const r = req[kind] ?? {};
  if (kind === "addSheet") return addSheet(store, sheets, r, i);
  if (kind === "updateCells") return updateCells(sheets, r, i);
  if (kind === "repeatCell") return repeatCell(sheets, r, i);
  throw badRequest(`Invalid requests[${i}]: unknown or unsupported request ${kind}.`);
}

function addSheet(store: FakeStore, sheets: FakeSheet[], r: Record<string, unknown>, i: number): unknown {
  const props = (r.properties ?? {}) as { sheetId?: number; title?: string };
  const title = props.title ?? `Sheet${sheets.length + 1}`;
  if (sheets.some((s) => s.title === title)) throw badRequest(`Invalid requests[${i}].addSheet: A sheet with the name "${title}" already exists. Please enter another name.`);
  if (props.sheetId !== undefined && sheets.some((s) => s.sheetId === props.sheetId)) throw badRequest(`Invalid requests[${i}].addSheet: Sheet with id ${props.sheetId} already exists.`);
  const sheet: FakeSheet = { sheetId: props.sheetId ?? store.newSheetId(), title, rows: [] };
  sheets.push(sheet);
  return { addSheet: { properties: { sheetId: sheet.sheetId, title, index: sheets.length - 1, sheetType: "GRID" } } };
}

function gridOf(sheets: FakeSheet[], sheetId: unknown, i: number, kind: string): FakeSheet {
  const sheet = sheets.find((s) => s.sheetId === (sheetId ?? 0));
  if (!sheet) throw badRequest(`Invalid requests[${i}].${kind}: No grid with id: ${String(sheetId ?? 0)}`);
  return sheet;
}

function valueOf(cell: unknown): FakeValue | undefined {
  const v = (cell as { userEnteredValue?: Record<string, FakeValue> } | undefined)?.userEnteredValue;
  if (!v) return undefined;
  const x = v.stringValue ?? v.numberValue ?? v.boolValue;
  return x === "" ? undefined : x;
}

function requireValueField(fields: unknown, i: number, kind: string): void {
  if (typeof fields !== "string" || fields.trim() === "") throw badRequest(`Invalid requests[${i}].${kind}: fields is required.`);
  if (!fields.split(",").some((f) => f.trim() === "*" || f.trim().startsWith("userEnteredValue"))) throw badRequest(`Invalid requests[${i}].${kind}: this fake only updates userEnteredValue.`);
}

function clear(sheet: FakeSheet, g: GridRange): void {
  const bottom = Math.min(g.endRowIndex ?? sheet.rows.length, sheet.rows.length);
  for (let row = g.startRowIndex ?? 0; row < bottom; row++) {
    const cells = sheet.rows[row]!;
    for (let col = g.startColumnIndex ?? 0; col < Math.min(g.endColumnIndex ?? cells.length, cells.length); col++) cells[col] = undefined;
  }
}

function updateCells(sheets: FakeSheet[], r: Record<string, unknown>, i: number): unknown {
  requireValueField(r.fields, i, "updateCells");
  const start = r.start as { sheetId?: number; rowIndex?: number; columnIndex?: number } | undefined;
  const range = r.range as GridRange | undefined;
  if (!start === !range) throw badRequest(`Invalid requests[${i}].updateCells: exactly one of start or range must be set.`);
  const sheet = gridOf(sheets, (start ?? range)!.sheetId, i, "updateCells");
  // With a range, cells of the range that the rows do not cover are cleared.
  if (range) clear(sheet, range);
  const top = start?.rowIndex ?? range?.startRowIndex ?? 0;
  const left = start?.columnIndex ?? range?.startColumnIndex ?? 0;
  const rows = (r.rows ?? []) as { values?: unknown[] }[];
  rows.forEach((row, di) => (row.values ?? []).forEach((cell, dj) => put(sheet, top + di, left + dj, valueOf(cell))));
  return {};
}

function repeatCell(sheets: FakeSheet[], r: Record<string, unknown>, i: number): unknown {
  requireValueField(r.fields, i, "repeatCell");
  const range = (r.range ?? {}) as GridRange;
  const sheet = gridOf(sheets, range.sheetId, i, "repeatCell");
  const value = valueOf(r.cell);
  if (value === undefined) clear(sheet, range);
  else
    for (let row = range.startRowIndex ?? 0; row < (range.endRowIndex ?? sheet.rows.length); row++)
      for (let col = range.startColumnIndex ?? 0; col < (range.endColumnIndex ?? 26); col++) put(sheet, row, col, value);
  return {};
}

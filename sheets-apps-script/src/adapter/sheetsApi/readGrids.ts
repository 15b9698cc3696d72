/// <reference types="google-apps-script" />
/**
 * Sheets read through the Advanced Sheets service: every sheet asked for, with its values, merged areas and hidden
 * rows, in one `get` whatever its length (SpreadsheetApp could tell hidden rows only one call per row, so the
 * standard build does without them). Dates come
 * as the spreadsheet's own serial numbers with a date format, so no time-zone conversion is involved.
 */
import type { Cell, Grid, MergedArea, SourceFile } from "../../../../shared/grid/grid";
import { quoteSheet } from "../../../../shared/grid/address";
import { MissingSheetError, type ReadOptions } from "../readSpreadsheetGrids";
import { trimRow, trimRows } from "../../../../shared/grid/trimEnd";

type Api = GoogleAppsScript.Sheets;
type SheetData = GoogleAppsScript.Sheets.Schema.Sheet;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;

/** What the reader needs of each sheet, and nothing more (the API sends only what the mask names). */
const FIELDS = "properties(title),sheets(properties(title),merges,data(rowMetadata(hiddenByUser),rowData(values(effectiveValue,effectiveFormat(numberFormat(type))))))";

const ERROR_CODES: Readonly<Record<string, string>> = {
  N_A: "#N/A", REF: "#REF!", VALUE: "#VALUE!", DIVIDE_BY_ZERO: "#DIV/0!", NAME: "#NAME?", NUM: "#NUM!", NULL_VALUE: "#NULL!", ERROR: "#ERROR!",
};
const DATE_TYPES = new Set(["DATE", "TIME", "DATE_TIME"]);

export function apiCell(data: CellData | undefined): Cell {
  const value = data?.effectiveValue;
  if (!value) return null;
  if (value.errorValue) return { kind: "error", code: ERROR_CODES[value.errorValue.type ?? ""] ?? "#ERROR!" };
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.numberValue !== undefined) {
    return DATE_TYPES.has(data?.effectiveFormat?.numberFormat?.type ?? "") ? { kind: "date", serial: value.numberValue } : value.numberValue;
  }
  return value.stringValue !== undefined && value.stringValue !== "" ? value.stringValue : null;
}

function gridOf(sheet: SheetData): Grid {
  const name = sheet.properties?.title ?? "";
  const data = sheet.data?.[0];
  const rows = trimRows((data?.rowData ?? []).map((row) => trimRow((row.values ?? []).map(apiCell))));
  if (rows.length === 0) return { name, rows: [], merges: [] };
  const merges: MergedArea[] = (sheet.merges ?? []).map((m) => ({
    top: m.startRowIndex ?? 0, left: m.startColumnIndex ?? 0, bottom: (m.endRowIndex ?? 1) - 1, right: (m.endColumnIndex ?? 1) - 1,
  }));
  const hidden = (data?.rowMetadata ?? []).flatMap((meta, r) => (meta.hiddenByUser === true && r < rows.length ? [r] : []));
  const grid: Grid = { name, rows, merges };
  return hidden.length > 0 ? { ...grid, hiddenRows: hidden } : grid;
}

/** Every sheet's title, in the spreadsheet's order. */
export const sheetTitles = (api: Api, id: string): string[] =>
  (api.Spreadsheets.get(id, { fields: "sheets(properties(title))" }).sheets ?? []).map((s) => s.properties?.title ?? "");

/**
 * The named sheets (or all but `skip`), in the order asked, with the file's name (unless given). A name no sheet has is reported as the SpreadsheetApp
 * reader does; the API would only say it cannot parse the range.
 */
export function readGridsViaApi(api: Api, id: string, options: ReadOptions): SourceFile {
  const names = options.sheets ?? sheetTitles(api, id).filter((n) => !options.skip?.includes(n));
  // No range at all would mean every sheet's data: only the file's name is wanted then.
  if (names.length === 0) return { file: options.file ?? api.Spreadsheets.get(id, { fields: "properties(title)" }).properties?.title ?? "", sheets: [] };
  let response: GoogleAppsScript.Sheets.Schema.Spreadsheet;
  try {
    response = api.Spreadsheets.get(id, { ranges: names.map(quoteSheet), includeGridData: true, fields: FIELDS });
  } catch (error) {
    const titles = new Set(sheetTitles(api, id).map((t) => t.toLowerCase()));
    const missing = names.find((n) => !titles.has(n.toLowerCase()));
    throw missing !== undefined ? new MissingSheetError(missing) : error;
  }
  const byTitle = new Map((response.sheets ?? []).map((s) => [(s.properties?.title ?? "").toLowerCase(), s]));
  return {
    file: options.file ?? response.properties?.title ?? "",
    sheets: names.map((n) => gridOf(byTitle.get(n.toLowerCase()) ?? { properties: { title: n } })),
  };
}

/// <reference types="google-apps-script" />
/** The Advanced Sheets fake's sheet requests: add, delete, sheet properties under a field mask, column widths and hidden rows. */
import type { FakeSheet } from "../sheet";
import { addSheet, at, box, count, maskedLeaves, moveSheet, only, sheetById, type Batch } from "./grid";
import type { FakeSpreadsheet } from "../spreadsheet";

type Reply = GoogleAppsScript.Sheets.Schema.Response;
type SheetProps = GoogleAppsScript.Sheets.Schema.SheetProperties;

const SHEET_KEYS = ["sheetId", "title", "index", "hidden", "rightToLeft", "gridProperties"];
const GRID_KEYS = ["rowCount", "columnCount", "frozenRowCount", "frozenColumnCount"];
const SHEET_LEAVES = ["title", "index", "hidden", "rightToLeft", ...GRID_KEYS.map((k) => `gridProperties.${k}`)];

/** A sheet's properties as `Spreadsheets.get` and addSheet's reply give them, false and 0 left out like the API. */
export function sheetProperties(ss: FakeSpreadsheet, s: FakeSheet): SheetProps {
  return {
    sheetId: s.id, title: s.name, index: ss.sheets.indexOf(s), sheetType: "GRID",
    gridProperties: { rowCount: s.maxRows, columnCount: s.maxColumns, ...(s.frozenRows ? { frozenRowCount: s.frozenRows } : {}), ...(s.frozenColumns ? { frozenColumnCount: s.frozenColumns } : {}) },
    ...(s.hidden ? { hidden: true } : {}), ...(s.rightToLeft ? { rightToLeft: true } : {}),
  };
}

function checkSheetProperties(p: SheetProps | undefined): SheetProps {
  if (p === undefined) throw new Error("properties is required.");
  only(p, SHEET_KEYS, "properties");
  only(p.gridProperties, GRID_KEYS, "properties.gridProperties");
  return p;
}

export function addSheetRequest(batch: Batch, body: GoogleAppsScript.Sheets.Schema.AddSheetRequest): Reply {
  only(body, ["properties"], "addSheet");
  const p = checkSheetProperties(body.properties ?? {});
  const { ss } = batch;
  let n = ss.sheets.length + 1;
  while (ss.sheets.some((s) => s.name.toLowerCase() === `sheet${n}`)) n++;
  const sheet = addSheet(ss, p.title ?? `Sheet${n}`, p.sheetId, p.index ?? ss.sheets.length);
  // The rest start from insertSheet's defaults (1000 × 26, visible, left to right) and take what is given.
  const given = SHEET_LEAVES.filter((leaf) => leaf !== "title" && leaf !== "index" && at(p, leaf) !== undefined);
  setSheetProperties(ss, sheet, p, new Set(given));
  return { addSheet: { properties: sheetProperties(ss, sheet) } };
}

export function deleteSheet(batch: Batch, body: GoogleAppsScript.Sheets.Schema.DeleteSheetRequest): Reply {
  only(body, ["sheetId"], "deleteSheet");
  const { ss } = batch;
  const sheet = sheetById(ss, body.sheetId);
  if (!ss.sheets.some((s) => s !== sheet && !s.hidden)) throw new Error("You can't remove all the visible sheets in a document.");
  ss.sheets.splice(ss.sheets.indexOf(sheet), 1);
  if (ss.active === sheet) ss.active = ss.sheets[0] ?? null;
  return {};
}

export function updateSheetProperties(batch: Batch, body: GoogleAppsScript.Sheets.Schema.UpdateSheetPropertiesRequest): Reply {
  only(body, ["properties", "fields"], "updateSheetProperties");
  const p = checkSheetProperties(body.properties);
  const sheet = sheetById(batch.ss, p.sheetId);
  setSheetProperties(batch.ss, sheet, p, maskedLeaves(body.fields, SHEET_LEAVES));
  return {};
}

/** Sets the named properties; one named but absent goes back to its default, as the API's field masks do. */
function setSheetProperties(ss: FakeSpreadsheet, sheet: FakeSheet, p: SheetProps, leaves: Set<string>): void {
  const grid = p.gridProperties ?? {};
  if (leaves.has("title")) {
    if (!p.title) throw new Error("A sheet's title cannot be empty.");
    sheet.rename(sheet, p.title);
  }
  if (leaves.has("index")) moveSheet(ss, sheet, count(p.index ?? 0, 0, "index"));
  if (leaves.has("hidden")) sheet.hidden = p.hidden ?? false;
  if (leaves.has("rightToLeft")) sheet.rightToLeft = p.rightToLeft ?? false;
  const rows = leaves.has("gridProperties.rowCount") ? count(grid.rowCount, 1, "rowCount") : sheet.maxRows;
  const cols = leaves.has("gridProperties.columnCount") ? count(grid.columnCount, 1, "columnCount") : sheet.maxColumns;
  resize(sheet, rows, cols);
  if (leaves.has("gridProperties.frozenRowCount")) sheet.frozenRows = count(grid.frozenRowCount ?? 0, 0, "frozenRowCount");
  if (leaves.has("gridProperties.frozenColumnCount")) sheet.frozenColumns = count(grid.frozenColumnCount ?? 0, 0, "frozenColumnCount");
  if (sheet.frozenRows >= sheet.maxRows) throw new Error("You can't freeze all visible rows on the sheet.");
  if (sheet.frozenColumns >= sheet.maxColumns) throw new Error("You can't freeze all visible columns on the sheet.");
  if (ss.sheets.every((s) => s.hidden)) throw new Error("You can't hide all the sheets in a document.");
}

/** A smaller grid loses what lay beyond it (cells, validations, widths, hidden rows), as deleting rows or columns does. */
function resize(sheet: FakeSheet, rows: number, cols: number): void {
  if (sheet.cells.length > rows) sheet.cells.length = rows;
  for (const line of sheet.cells) if (line && line.length > cols) line.length = cols;
  for (const key of [...sheet.validations.keys()]) {
    const [r = 0, c = 0] = key.split(",").map(Number);
    if (r > rows || c > cols) sheet.validations.delete(key);
  }
  for (const c of [...sheet.columnWidths.keys()]) if (c > cols) sheet.columnWidths.delete(c);
  for (const r of [...sheet.hiddenRows]) if (r > rows) sheet.hiddenRows.delete(r);
  sheet.maxRows = rows;
  sheet.maxColumns = cols;
}

export function updateDimensionProperties(batch: Batch, body: GoogleAppsScript.Sheets.Schema.UpdateDimensionPropertiesRequest): Reply {
  only(body, ["range", "properties", "fields"], "updateDimensionProperties");
  only(body.range, ["sheetId", "dimension", "startIndex", "endIndex"], "range");
  only(body.properties, ["pixelSize", "hiddenByUser"], "properties");
  const leaves = maskedLeaves(body.fields, ["pixelSize", "hiddenByUser"]);
  const range = body.range ?? {};
  const sheet = sheetById(batch.ss, range.sheetId);
  const start = range.startIndex ?? 0;
  if (range.dimension === "COLUMNS") {
    if (leaves.has("hiddenByUser")) throw new Error("unsupported by the fake: hiding columns (FakeSheet keeps no hidden columns)");
    const px = body.properties?.pixelSize;
    if (px !== undefined) count(px, 0, "pixelSize");
    const cols = box(sheet, 0, 1, start, range.endIndex ?? sheet.maxColumns);
    // columnWidths holds only widths that were set: an absent pixelSize puts the default back.
    for (let c = cols.col; c < cols.col + cols.cols; c++) {
      if (px === undefined) sheet.columnWidths.delete(c);
      else sheet.columnWidths.set(c, px);
    }
  } else if (range.dimension === "ROWS") {
    if (leaves.has("pixelSize")) throw new Error("unsupported by the fake: row heights (FakeSheet keeps none)");
    const rows = box(sheet, start, range.endIndex ?? sheet.maxRows, 0, 1);
    const hidden = body.properties?.hiddenByUser ?? false;
    for (let r = rows.row; r < rows.row + rows.rows; r++) {
      if (hidden) sheet.hiddenRows.add(r);
      else sheet.hiddenRows.delete(r);
    }
  } else {
    throw new Error(`Invalid range.dimension: ${String(range.dimension)}`);
  }
  return {};
}

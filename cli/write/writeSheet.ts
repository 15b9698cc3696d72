/** Writes one planned sheet into exceljs's streaming workbook: view, columns, rows as XML, then the sheet's features. */
import { cellAddress } from "../../shared/grid/address";
import type { PlanCell, SheetPlan } from "../../shared/workbook/plan";
import { cellFormats } from "./cellFormats";
import { assertInternals, type StreamWorkbook, type StreamWorksheet } from "./exceljsStream";
import { rowXml, type RowContext } from "./rowXml";
import { addConditionalFills, addLinks, addNotes, addValidations } from "./sheetFeatures";
import type { StyleBook } from "./styleBook";
import { addTables } from "./tablePart";

export interface WorkbookState {
  readonly wb: StreamWorkbook;
  readonly styles: StyleBook;
  readonly dateFormat: string;
  /** Table part names, for [Content_Types].xml. */
  readonly tableParts: string[];
}

/** Rows are sent to the zip stream in chunks of about this many characters. */
const CHUNK = 1 << 20;

function sheetView(sheet: SheetPlan): object {
  const { rows, cols } = sheet.frozen;
  const frozen = rows > 0 || cols > 0 ? { state: "frozen", xSplit: cols, ySplit: rows, topLeftCell: cellAddress(rows, cols), activeCell: cellAddress(rows, cols) } : {};
  return { ...frozen, rightToLeft: sheet.rightToLeft };
}

/** Yields to the event loop between chunks so the zip can compress what is written instead of buffering the sheet. */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function writeRows(ws: StreamWorksheet, values: readonly (readonly PlanCell[])[], ctx: RowContext): Promise<void> {
  ws._writeColumns();
  ws._writeOpenSheetData();
  ws.startedData = true;
  let chunk = "";
  for (let r = 0; r < values.length; r++) {
    chunk += rowXml(values[r]!, r, ctx);
    if (chunk.length >= CHUNK) {
      ws.stream.write(chunk);
      chunk = "";
      await breathe();
    }
  }
  if (chunk) ws.stream.write(chunk);
}

/** Excel's grid: 1,048,576 rows by 16,384 columns. A bigger sheet would be a file Excel refuses, so stop here. */
function assertFits(sheet: SheetPlan): void {
  const widest = sheet.values.reduce((w, row) => Math.max(w, row.length), 0);
  if (sheet.values.length > 1048576 || widest > 16384) {
    throw new Error(`Sheet "${sheet.name}" has ${sheet.values.length} rows and ${widest} columns; Excel holds at most 1,048,576 by 16,384.`);
  }
}

export async function writeSheet(state: WorkbookState, sheet: SheetPlan, firstTableId: number): Promise<void> {
  assertFits(sheet);
  const ws = state.wb.addWorksheet(sheet.name, { state: sheet.hidden ? "hidden" : "visible", views: [sheetView(sheet)] });
  assertInternals(state.wb, ws);
  ws.columns = sheet.columnWidths.map((width) => ({ width }));
  const ctx: RowContext = { formats: cellFormats(sheet), styles: state.styles, dateFormat: state.dateFormat, links: [] };
  await writeRows(ws, sheet.values, ctx);
  addLinks(ws, ctx.links);
  addValidations(ws, sheet);
  addConditionalFills(ws, sheet);
  addNotes(ws, sheet);
  const tables = sheet.tables.map((plan, i) => ({ plan, headers: headerTexts(sheet, plan.area.top, plan.area.left, plan.area.right), id: firstTableId + i }));
  addTables(state.wb, ws, tables, state.tableParts);
  ws.commit();
}

/** A table's column names are its header cells' text, exactly. */
function headerTexts(sheet: SheetPlan, row: number, left: number, right: number): string[] {
  const cells = sheet.values[row] ?? [];
  return Array.from({ length: right - left + 1 }, (_, i) => {
    const v = cells[left + i];
    return typeof v === "string" ? v : String(v ?? "");
  });
}

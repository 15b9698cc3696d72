/**
 * The parts of exceljs's streaming writer (4.4.0) this writer reaches beneath the public API, typed in one place.
 * Why: the streaming WorkbookWriter is the only exceljs writer fast and lean enough for 100k-row trackers (the
 * in-memory Workbook took ~110 s and 3.5 GB), but it has no tables and renders each cell through objects that
 * cost most of the time. So rows are written as XML straight into the sheet's stream, and tables are added as
 * parts of the package. `writeXlsx.test.ts` opens the result in openpyxl and exceljs to keep this honest.
 */
import ExcelJS from "exceljs";

/** A cell note as exceljs's comment writer takes it. */
export interface NoteModel {
  readonly ref: string;
  readonly type: "note";
  readonly note: { readonly texts: readonly { text: string }[]; readonly margins: object; readonly protection: object; readonly editAs: string };
}

export interface StreamWorksheet {
  columns: { width: number }[];
  readonly dataValidations: { add(address: string, validation: object): void };
  addConditionalFormatting(cf: object): void;
  commit(): void;
  /** The sheet XML's stream; the XML written to it must follow the worksheet schema's element order. */
  readonly stream: { write(chunk: string): unknown };
  hasComments: boolean;
  startedData: boolean;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  _writeDataValidations(): void;
  _writeCloseWorksheet(): void;
  readonly _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string; TargetMode?: "External" }): string };
  readonly _sheetCommentsWriter: { addComments(comments: NoteModel[]): void };
}

export interface StreamWorkbook {
  addWorksheet(name: string, options: object): StreamWorksheet;
  commit(): Promise<void>;
  readonly styles: { addStyleModel(style: object, cellType?: number): number };
  readonly zip: { append(source: string | Buffer, data: { name: string }): unknown };
}

/**
 * Deflate level: measured on 100k recommendations + 100k activities, level 1 wrote 18.8 MB in 4.3 s, level 3
 * 16.8 MB in 4.6 s, level 6 15.0 MB in 5.5 s. Trackers travel by e-mail, but the write must stay fast.
 */
const ZIP_LEVEL = 3;

export function openStreamWorkbook(target: { filename: string } | { stream: NodeJS.WritableStream }): StreamWorkbook {
  // Inline strings rather than shared strings: the shared-string table is held in memory (1.1 GB at 100k rows).
  const options = { ...target, useStyles: true, useSharedStrings: false, zip: { zlib: { level: ZIP_LEVEL } } };
  return new ExcelJS.stream.xlsx.WorkbookWriter(options as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>) as unknown as StreamWorkbook;
}

/** Everything this writer relies on, checked before use so an exceljs upgrade fails loudly instead of writing a broken file. */
export function assertInternals(wb: StreamWorkbook, ws: StreamWorksheet): void {
  const missing = [
    typeof wb.styles?.addStyleModel !== "function" && "workbook.styles.addStyleModel",
    typeof wb.zip?.append !== "function" && "workbook.zip.append",
    typeof ws._writeColumns !== "function" && "worksheet._writeColumns",
    typeof ws._writeOpenSheetData !== "function" && "worksheet._writeOpenSheetData",
    typeof ws._writeDataValidations !== "function" && "worksheet._writeDataValidations",
    typeof ws._writeCloseWorksheet !== "function" && "worksheet._writeCloseWorksheet",
    typeof ws._sheetRelsWriter?.addRelationship !== "function" && "worksheet._sheetRelsWriter.addRelationship",
    typeof ws._sheetCommentsWriter?.addComments !== "function" && "worksheet._sheetCommentsWriter.addComments",
  ].filter(Boolean);
  if (missing.length > 0) throw new Error(`exceljs internals changed (missing ${missing.join(", ")}); pin exceljs 4.4.0 or update cli/write`);
}

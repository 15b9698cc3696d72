/** A sheet as plain data, the only shape in which any host hands the core a document's cells. */

/** An Excel date serial: days since 1899-12-30, fraction = time of day. */
export interface DateCell {
  readonly kind: "date";
  readonly serial: number;
}

/** A spreadsheet error value such as "#N/A" or "#REF!". */
export interface ErrorCell {
  readonly kind: "error";
  readonly code: string;
}

export type Cell = string | number | boolean | null | DateCell | ErrorCell;

/** A merged area, 0-based and inclusive on both ends. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  /** The sheet's name as the user sees it. */
  readonly name: string;
  /** Row-major cells; rows may be ragged and may be empty arrays. Index 0 is the sheet's row 1. */
  readonly rows: readonly (readonly Cell[])[];
  readonly merges: readonly MergedArea[];
  /** 0-based indexes of hidden rows. */
  readonly hiddenRows?: readonly number[];
}

/** One input document: a workbook (several grids) or a CSV (one grid). */
export interface SourceFile {
  /** The file name shown in messages (a base name, not a full path). */
  readonly file: string;
  readonly sheets: readonly Grid[];
}

export const isDateCell = (c: Cell): c is DateCell => typeof c === "object" && c !== null && c.kind === "date";
export const isErrorCell = (c: Cell): c is ErrorCell => typeof c === "object" && c !== null && c.kind === "error";
export const isBlank = (c: Cell | undefined): boolean =>
  c === null || c === undefined || (typeof c === "string" && c.trim() === "");

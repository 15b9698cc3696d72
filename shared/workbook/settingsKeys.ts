/** The hidden Settings sheet's layout: a marker in A1, then one key per row with its values across. */

/** A1 of the Settings sheet: how a reader recognises a tracker written by these tools, whatever its language. */
export const TRACKER_MARKER = "nmirf.tracker";

export const SETTING = {
  lang: "lang",
  generatedAt: "generatedAt",
  extraColumns: "extraColumns",
  /** "sheet:recommendations" → the sheet's name in this workbook. */
  sheetPrefix: "sheet:",
  /** "columns:recommendations" → the key of each column, in order. */
  columnsPrefix: "columns:",
} as const;

/** Sheets whose columns the reader needs to know by key. */
export const KEYED_SHEETS = ["recommendations", "activities", "log", "longTexts"] as const;
export type KeyedSheet = (typeof KEYED_SHEETS)[number];

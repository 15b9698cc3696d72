/** The few Sheets API v4 calls `collect` needs, as a small interface: the googleapis adapter and the guard implement it. */

/** A cell as the values API returns it with UNFORMATTED_VALUE; "" is an empty cell. */
export type ApiValue = string | number | boolean;

export interface SheetData {
  readonly sheetId: number;
  readonly title: string;
  /** Present when the spreadsheet was read with its grid data. */
  readonly rows?: ApiValue[][];
}

export interface SpreadsheetData {
  readonly title: string;
  readonly sheets: readonly SheetData[];
}

export interface ValueWrite {
  /** An A1 range with its sheet, e.g. "'Recommendations'!C5:E5". */
  readonly range: string;
  readonly values: ApiValue[][];
}

export interface SheetsPort {
  getSpreadsheet(spreadsheetId: string, withData: boolean): Promise<SpreadsheetData>;
  /**
   * One values.batchGet: the values of each range, in order. "formatted" gives what a person sees (institution
   * sheets, read like a CSV); "unformatted" gives the raw values the tracker was written with.
   */
  batchGet(spreadsheetId: string, ranges: readonly string[], render: "formatted" | "unformatted"): Promise<ApiValue[][][]>;
  /** One values.batchUpdate, RAW input (text stays text, "=x" is never a formula). */
  updateValues(spreadsheetId: string, data: readonly ValueWrite[]): Promise<void>;
  /** One spreadsheets.batchUpdate (atomic on the server: all requests or none). */
  batchUpdate(spreadsheetId: string, requests: readonly object[]): Promise<void>;
}

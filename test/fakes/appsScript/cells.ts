/** How the fake stores a cell and turns values written with setValues into what Sheets would keep. */
import { isDateFormatCode } from "../../../shared/grid/dateFormat";

export type StoredValue = string | number | boolean;

export interface FakeCell {
  value: StoredValue;
  format: string;
  /** Set when a non-text cell was given a string starting with "=": Sheets stores a formula. */
  formula?: string;
  note?: string;
  background?: string;
  bold?: boolean;
}

export const MAX_CELL_CHARS = 50_000;
const EPOCH = Date.UTC(1899, 11, 30);

export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

/** Local wall-clock components, as a spreadsheet in the script's time zone shows them. */
export function dateToSerial(d: Date): number {
  return (Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()) - EPOCH) / 86_400_000;
}

export function serialToDate(serial: number): Date {
  const utc = new Date(EPOCH + Math.round(serial * 86_400_000));
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds());
}

export const isTextFormat = (format: string): boolean => format === "@";
export const isDateFormat = (format: string): boolean => format !== "" && isDateFormatCode(format);

/** What Sheets keeps for a value typed into a cell of this format. */
export function stored(input: unknown, cell: FakeCell): void {
  delete cell.formula;
  if (isDate(input)) {
    cell.value = dateToSerial(input);
    if (!isDateFormat(cell.format)) cell.format = "yyyy-mm-dd";
    return;
  }
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  const text = input === null || input === undefined ? "" : String(input);
  if (text.length > MAX_CELL_CHARS) throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
  if (isTextFormat(cell.format)) {
    cell.value = text;
    return;
  }
  if (text.startsWith("=") && text.length > 1) {
    cell.formula = text;
    cell.value = "#ERROR!";
    return;
  }
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(text)) cell.value = Number(text);
  else if (/^(true|false)$/i.test(text)) cell.value = text.toLowerCase() === "true";
  else cell.value = text;
}

/** What getValues hands back: Dates for numbers under a date format, like Apps Script. */
export function readValue(cell: FakeCell | undefined): StoredValue | Date {
  if (!cell) return "";
  if (typeof cell.value === "number" && isDateFormat(cell.format)) return serialToDate(cell.value);
  return cell.value;
}

export const blankCell = (): FakeCell => ({ value: "", format: "" });

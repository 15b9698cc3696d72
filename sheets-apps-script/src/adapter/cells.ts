/**
 * Cell values between Apps Script and the core. `getValues()` hands back Dates (in the script's time zone) for
 * date cells; the core wants Excel serials. Writing, every string gets the text format "@" so that "=…", "12"
 * and "TRUE" stay the text the plan holds; a date is written as its serial under the plan's date format.
 */
import type { Cell } from "../../../shared/grid/grid";
import type { PlanCell } from "../../../shared/workbook/plan";

export type WriteValue = string | number | boolean;

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

const EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const ERROR_VALUES = new Set(["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#ERROR!"]);

/** Works across realms (a `vm` context, Apps Script's V8), where `instanceof Date` may not. */
export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

export type ToSerial = (d: Date) => number;

/** The date's wall-clock components in the script's own time zone, counted in days from 1899-12-30. */
export const localSerial: ToSerial = (d) =>
  (Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()) - EPOCH) / DAY_MS;

/**
 * The wall-clock reading of a Date in the spreadsheet's time zone: `getValues()` returns the instant the sheet
 * shows in its own zone, which may differ from the script's (appsscript.json's timeZone).
 */
export function serialIn(timeZone: string): ToSerial {
  if (timeZone === "") return localSerial;
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric",
  });
  return (d) => {
    const part: Record<string, number> = {};
    for (const p of format.formatToParts(d)) if (p.type !== "literal") part[p.type] = Number(p.value);
    const utc = Date.UTC(part.year as number, (part.month as number) - 1, part.day, part.hour, part.minute, part.second, d.getMilliseconds());
    return (utc - EPOCH) / DAY_MS;
  };
}

export function readCell(value: unknown, toSerial: ToSerial = localSerial): Cell {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string") return ERROR_VALUES.has(value) ? { kind: "error", code: value } : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (isDate(value)) return { kind: "date", serial: toSerial(value) };
  return String(value);
}

/** The value and number format to write for a planned cell (a link is written as its text). */
export function writeCell(cell: PlanCell | undefined, dateFormat: string): [WriteValue, string] {
  if (cell === null || cell === undefined || cell === "") return ["", GENERAL_FORMAT];
  if (typeof cell === "string") return [cell, TEXT_FORMAT];
  if (typeof cell === "number" || typeof cell === "boolean") return [cell, GENERAL_FORMAT];
  if (cell.kind === "date") return [cell.serial, dateFormat];
  return [cell.text, TEXT_FORMAT];
}

/** Calendar arithmetic without the host clock: Excel serials, ISO days and the bounds of a DateOrPeriod. */
import type { DateOrPeriod } from "../model/tracker";

// Days from 1970-01-01 to a civil date and back (H. Hinnant's algorithms): exact for any proleptic Gregorian
// date and independent of the host's time zone, unlike Date parsing.
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const daysInMonth = (y: number, m: number): number => (m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1]);

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
export const isoDay = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

// Excel's 1900 date system counts from 1899-12-30 (the phantom 1900-02-29 makes serials before March 1900
// one day off; no recommendation predates that).
const EXCEL_EPOCH = daysFromCivil(1899, 12, 30);

/** The ISO day of an Excel serial; the time-of-day fraction is dropped. */
export function serialToIso(serial: number): string {
  const [y, m, d] = civilFromDays(EXCEL_EPOCH + Math.floor(serial));
  return isoDay(y, m, d);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** The Excel serial of an ISO day ("2023-07-14", a time part is ignored); throws on anything else. */
export function isoToSerial(iso: string): number {
  const m = ISO_DAY.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3])) - EXCEL_EPOCH;
}

const PERIOD = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])))?$/;

function bounds(value: DateOrPeriod): [string, string] {
  const p = PERIOD.exec(value);
  if (!p) throw new RangeError(`Not a date or period: ${value}`);
  const y = Number(p[1]);
  if (p[3] !== undefined) return [value, value];
  if (p[2] !== undefined) {
    const m = Number(p[2]);
    return [isoDay(y, m, 1), isoDay(y, m, daysInMonth(y, m))];
  }
  const months: [number, number] =
    p[4] !== undefined ? [Number(p[4]) * 3 - 2, Number(p[4]) * 3] : p[5] !== undefined ? [Number(p[5]) * 6 - 5, Number(p[5]) * 6] : [1, 12];
  return [isoDay(y, months[0], 1), isoDay(y, months[1], daysInMonth(y, months[1]))];
}

/** The last ISO day a date or period covers: "2023-Q3" → "2023-09-30", "2024" → "2024-12-31". */
export const periodEnd = (value: DateOrPeriod): string => bounds(value)[1];

/** The first ISO day a date or period covers: "2023-Q3" → "2023-07-01". */
export const periodStart = (value: DateOrPeriod): string => bounds(value)[0];

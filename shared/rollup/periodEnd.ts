/** The last day of a date or period ("2023-Q3" → "2023-09-30"), so deadlines of any grain compare as ISO dates. */
import { daysInMonth, periodEnd as lastDayOf } from "../vocab/calendar";

// Year, then optionally a month (with optional day), a quarter or a half, as DateOrPeriod allows.
const DATE_OR_PERIOD = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])))?$/;

/**
 * "2023-07-14" → itself, "2024-02" → "2024-02-29", "2023-Q3" → "2023-09-30", "2023-H1" → "2023-06-30",
 * "2024" → "2024-12-31". Null when the text is not a valid date or period (month 13, 30 February …):
 * a deadline we cannot read must not make a record overdue. The calendar arithmetic is vocab's.
 */
export function periodEnd(value: string): string | null {
  const match = DATE_OR_PERIOD.exec(value);
  if (match === null) return null;
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return null;
  if (day !== undefined && (Number(day) < 1 || Number(day) > daysInMonth(Number(year), Number(month)))) return null;
  return lastDayOf(value);
}

/** The last day of a date or period ("2023-Q3" → "2023-09-30"), so deadlines of any grain compare as ISO dates. */

// Year, then optionally a month (with optional day), a quarter or a half, as DateOrPeriod allows.
const DATE_OR_PERIOD = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])))?$/;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

/**
 * "2023-07-14" → itself, "2024-02" → "2024-02-29", "2023-Q3" → "2023-09-30", "2023-H1" → "2023-06-30",
 * "2024" → "2024-12-31". Null when the text is not a valid date or period (month 13, 30 February …):
 * a deadline we cannot read must not make a record overdue.
 */
export function periodEnd(value: string): string | null {
  const match = DATE_OR_PERIOD.exec(value);
  if (match === null) return null;
  const [, yearText = "", monthText, dayText, quarter, half] = match;
  const year = Number(yearText);
  // A period ends in its last month: a quarter's third, a half's sixth, a year's twelfth.
  let month = 12;
  if (monthText !== undefined) month = Number(monthText);
  else if (quarter !== undefined) month = Number(quarter) * 3;
  else if (half !== undefined) month = Number(half) * 6;
  if (month < 1 || month > 12) return null;
  const lastDay = daysInMonth(year, month);
  if (dayText === undefined) return `${yearText}-${pad2(month)}-${pad2(lastDay)}`;
  const day = Number(dayText);
  return day >= 1 && day <= lastDay ? value : null;
}

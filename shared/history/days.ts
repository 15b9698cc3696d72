/** Calendar arithmetic on ISO days, in UTC so no time zone shifts a date. */
export function addDays(isoDay: string, days: number): string {
  const [y, m, d] = isoDay.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

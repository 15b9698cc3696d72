/** ISO days ↔ Excel date serials (days since 1899-12-30), limited to the days Excel shows correctly. */

const MS_PER_DAY = 86400000;
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serial 61 is 1900-03-01: before it Excel counts a 29 February 1900 that never was, so earlier days stay text. */
const FIRST_SERIAL = 61;
const LAST_SERIAL = 2958465; // 9999-12-31
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The serial of a real calendar day written "YYYY-MM-DD", or null (a period, an impossible day, out of range). */
export function isoDayToSerial(text: string): number | null {
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  const serial = Math.round((date.getTime() - EPOCH_MS) / MS_PER_DAY);
  return serial >= FIRST_SERIAL && serial <= LAST_SERIAL ? serial : null;
}

/** The day of a serial, time of day dropped. */
export function serialToIsoDay(serial: number): string {
  const date = new Date(EPOCH_MS + Math.floor(serial) * MS_PER_DAY);
  const y = date.getUTCFullYear();
  const pad = (n: number, w: number): string => String(n).padStart(w, "0");
  return `${pad(y, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

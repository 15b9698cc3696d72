/** A1 ranges as the Sheets API reads them ("'My sheet'!B2:D", "Sheet1", "A1:C3"), parsed to 0-based bounds. */

export interface A1Range {
  /** Null when the range names no sheet: the API then means the first sheet. */
  readonly sheet: string | null;
  readonly top: number;
  readonly left: number;
  /** Inclusive; Infinity when open-ended ("A:C", or a whole sheet). */
  readonly bottom: number;
  readonly right: number;
}

const CELL = /^([A-Z]{0,3})(\d{0,7})$/;

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Splits "'It''s'!A1:B2" into the sheet name and the cell part; null sheet when there is no "!". */
function splitSheet(range: string): { sheet: string | null; cells: string } {
  const bang = range.lastIndexOf("!");
  if (bang < 0) return /^[A-Z]{1,3}\d*(:[A-Z]{1,3}\d*)?$/i.test(range) ? { sheet: null, cells: range } : { sheet: unquote(range), cells: "" };
  return { sheet: unquote(range.slice(0, bang)), cells: range.slice(bang + 1) };
}

const unquote = (name: string): string => (name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name);

/** Null when the text is not a range the API accepts. */
export function parseA1(range: string): A1Range | null {
  const { sheet, cells } = splitSheet(range.trim());
  if (sheet === "") return null;
  if (cells === "") return { sheet, top: 0, left: 0, bottom: Infinity, right: Infinity };
  const [from, to = from] = cells.toUpperCase().split(":");
  const a = CELL.exec(from ?? "");
  const b = CELL.exec(to);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) return null;
  const top = a[2] ? Number(a[2]) - 1 : 0;
  const left = a[1] ? columnIndex(a[1]) : 0;
  const bottom = b[2] ? Number(b[2]) - 1 : Infinity;
  const right = b[1] ? columnIndex(b[1]) : Infinity;
  if (top < 0 || bottom < top || right < left) return null;
  return { sheet, top, left, bottom, right };
}

export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

export function formatA1(sheet: string, r: { top: number; left: number; bottom: number; right: number }): string {
  const end = `${columnLetters(r.right)}${r.bottom + 1}`;
  return `${quoteSheet(sheet)}!${columnLetters(r.left)}${r.top + 1}:${end}`;
}

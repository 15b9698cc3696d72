/**
 * A CSV writer for files people open in Excel: UTF-8 with a BOM (so Excel reads accents and scripts right),
 * CRLF line ends, every field quoted, and cells that a spreadsheet would run as a formula neutralised.
 *
 * Neutralisation follows OWASP's "CSV Injection" advice: a cell starting with = + - @ tab or CR gets a leading
 * apostrophe (and, like every cell, is quoted), so Excel, LibreOffice and Google Sheets show it as text. The
 * apostrophe is visible in the cell: the price of safety, as no quoting alone stops Excel evaluating "=…".
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export const neutralise = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

const field = (value: string | number | null): string => {
  const text = value === null ? "" : typeof value === "number" ? String(value) : neutralise(value);
  return `"${text.replace(/"/g, '""')}"`;
};

export type CsvRow = readonly (string | number | null)[];

/** The whole file as text, starting with the BOM; numbers are written as numbers, never neutralised. */
export function toCsv(header: readonly string[], rows: readonly CsvRow[]): string {
  return "\uFEFF" + [header, ...rows].map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}

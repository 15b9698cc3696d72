/** Reads a CSV or tab-separated text file into a one-sheet SourceFile whose values are all text. */
import Papa from "papaparse";
import type { Cell, SourceFile } from "../../shared/grid/grid";
import { isBlank } from "../../shared/grid/grid";
import { decodeText } from "./decodeText";
import { InputError } from "./InputError";
import { sniffDelimiter } from "./sniffDelimiter";

export { decodeText } from "./decodeText";

/** Excel honours a first line "sep=;" that names the delimiter; files written for Excel sometimes carry it. */
const SEP_LINE = /^sep=([^"\n])\n/i;

export function readCsv(file: string, data: Buffer): SourceFile {
  // One line-end convention before parsing: papaparse guesses a single one, and cells spanning lines then read "\n" as Excel does.
  let text = decodeText(data).text.replace(/\r\n?/g, "\n");
  let delimiter: string;
  const sep = SEP_LINE.exec(text);
  if (sep) {
    delimiter = sep[1] as string;
    text = text.slice(sep[0].length);
  } else {
    delimiter = sniffDelimiter(text);
  }
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: "\n", quoteChar: '"', escapeChar: '"', skipEmptyLines: false });
  const unclosed = parsed.errors.find((error) => error.code === "MissingQuotes");
  if (unclosed) throw new InputError("input.unclosedQuote", { file, row: (unclosed.row ?? 0) + 1 });
  const rows: Cell[][] = parsed.data.map((record) =>
    record.length === 1 && record[0] === "" ? [] : record.map((value) => (value === "" ? null : unneutralised(value))),
  );
  // The line end after the last record is not an empty record.
  while (rows.length > 0 && (rows[rows.length - 1] as Cell[]).length === 0) rows.pop();
  if (!rows.some((row) => row.some((cell) => !isBlank(cell)))) throw new InputError("input.empty", { file });
  const name = file.replace(/\.[^.]*$/, "") || file;
  return { file, sheets: [{ name, rows, merges: [] }] };
}

/**
 * CSV writers (ours included) put an apostrophe before a value that starts like a formula, so spreadsheets show it
 * as text; as Excel does on opening, the apostrophe is dropped and the value read as written.
 */
const unneutralised = (value: string): string => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

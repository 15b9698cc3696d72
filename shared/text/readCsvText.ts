/**
 * Reads CSV or tab-separated text into a one-sheet SourceFile whose values are all text; the host supplies the
 * tokeniser (papaparse, which the core may not import), called with the options decided here.
 */
import type { Cell, SourceFile } from "../grid/grid";
import { isBlank } from "../grid/grid";
import { InputError } from "../grid/InputError";
import { sniffDelimiter } from "./sniffDelimiter";
import { trimRows } from "../grid/trimEnd";

export interface CsvOptions {
  readonly delimiter: string;
  readonly newline: "\n";
  readonly quoteChar: '"';
  readonly escapeChar: '"';
  readonly skipEmptyLines: false;
}

/** The shape of papaparse's `Papa.parse<string[]>`: records, and errors by papaparse code and 0-based record index. */
export type ParseCsv = (text: string, options: CsvOptions) => {
  readonly data: readonly string[][];
  readonly errors: readonly { readonly code: string; readonly row?: number | undefined }[];
};

/** Excel honours a first line "sep=;" that names the delimiter; files written for Excel sometimes carry it. */
const SEP_LINE = /^sep=([^"\n])\n/i;

export function readCsvText(file: string, decoded: string, parseCsv: ParseCsv): SourceFile {
  // One line-end convention before parsing: papaparse guesses a single one, and cells spanning lines then read "\n" as Excel does.
  let text = decoded.replace(/\r\n?/g, "\n");
  let delimiter: string;
  const sep = SEP_LINE.exec(text);
  if (sep) {
    delimiter = sep[1] as string;
    text = text.slice(sep[0].length);
  } else {
    delimiter = sniffDelimiter(text);
  }
  const parsed = parseCsv(text, { delimiter, newline: "\n", quoteChar: '"', escapeChar: '"', skipEmptyLines: false });
  const unclosed = parsed.errors.find((error) => error.code === "MissingQuotes");
  if (unclosed) throw new InputError("input.unclosedQuote", { file, row: (unclosed.row ?? 0) + 1 });
  const rows: Cell[][] = parsed.data.map((record) =>
    record.length === 1 && record[0] === "" ? [] : record.map((value) => (value === "" ? null : unneutralised(value))),
  );
  // The line end after the last record is not an empty record.
  trimRows(rows);
  if (!rows.some((row) => row.some((cell) => !isBlank(cell)))) throw new InputError("input.empty", { file });
  const name = file.replace(/\.[^.]*$/, "") || file;
  return { file, sheets: [{ name, rows, merges: [] }] };
}

/**
 * CSV writers (ours included) put an apostrophe before a value that starts like a formula, so spreadsheets show it
 * as text; as Excel does on opening, the apostrophe is dropped and the value read as written.
 */
const unneutralised = (value: string): string => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

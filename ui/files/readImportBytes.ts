/**
 * Reads the bytes of a file picked in a task pane (in the page or a worker) with the shared reader — an .xlsx
 * workbook, CSV or tab-separated text, JSON or JSON lines — and the browser's inflater, decoder and papaparse.
 */
import Papa from "papaparse";
import type { SourceFile } from "../../shared/grid/grid";
import { InputError } from "../../shared/grid/InputError";
import { translate } from "../../shared/i18n/catalog";
import { INPUT_MESSAGES } from "../../shared/i18n/messages/input";
import type { Lang } from "../../shared/model/codes";
import { readSourceBytes, type SourceReaders } from "../../shared/text/readSourceBytes";
import { browserDecoder } from "./browserDecoder";
import { browserInflater } from "./browserInflater";

const BROWSER_READERS: SourceReaders = {
  inflater: browserInflater,
  decoder: browserDecoder,
  parseCsv: (text, options) => Papa.parse<string[]>(text, options),
};

/**
 * Rejects with an Error whose message names the file, where in it (row or line) and what to do, ready to show as
 * it is; a caller that does not know the UI language (a worker not told it) gets English, as the command line prints.
 */
export async function readImportBytes(file: string, bytes: Uint8Array, lang: Lang = "en"): Promise<SourceFile> {
  try {
    return await readSourceBytes(file, bytes, BROWSER_READERS);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new Error(translate(INPUT_MESSAGES, error.code, lang, error.params), { cause: error });
  }
}

/** Reads the bytes of an .xlsx picked in a task pane (in the page or a worker) with the shared reader and the browser's inflater. */
import type { SourceFile } from "../../shared/grid/grid";
import { translate } from "../../shared/i18n/catalog";
import { INPUT_MESSAGES } from "../../shared/i18n/messages/input";
import type { Lang } from "../../shared/model/codes";
import { readXlsxBytes, WorkbookReadError } from "../../shared/xlsx/readXlsxBytes";
import { browserInflater } from "./browserInflater";

/**
 * Rejects with an Error whose message names the file and what to do, ready to show as it is; a caller that does
 * not know the UI language (a worker not told it) gets English, as the command line prints.
 */
export async function readWorkbookBytes(file: string, bytes: Uint8Array, lang: Lang = "en"): Promise<SourceFile> {
  try {
    return await readXlsxBytes(file, bytes, browserInflater);
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    throw new Error(translate(INPUT_MESSAGES, error.code, lang, error.params), { cause: error });
  }
}

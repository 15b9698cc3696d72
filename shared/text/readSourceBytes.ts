/**
 * Reads any input file's bytes (.xlsx, CSV or tab-separated text, JSON or JSON lines) into a SourceFile, choosing
 * the reader by content and naming what cannot be read; the host supplies what the core may not hold.
 */
import type { SourceFile } from "../grid/grid";
import { InputError } from "../grid/InputError";
import { readXlsxBytes } from "../xlsx/readXlsxBytes";
import type { Inflater } from "../xlsx/zip";
import { decodeText, type Decoder } from "./decodeText";
import { readCsvText, type ParseCsv } from "./readCsvText";
import { looksLikeJson, readJsonText } from "./readJsonText";
import { sniffFormat } from "./sniffFormat";

export interface SourceReaders {
  readonly inflater: Inflater;
  readonly decoder: Decoder;
  readonly parseCsv: ParseCsv;
}

export async function readSourceBytes(file: string, data: Uint8Array, readers: SourceReaders): Promise<SourceFile> {
  if (data.length === 0) throw new InputError("input.empty", { file });
  const kind = sniffFormat(data);
  if (kind === "xlsx") return readXlsxBytes(file, data, readers.inflater);
  if (kind !== "text") throw new InputError(`input.${kind}`, { file });
  const { text } = decodeText(data, readers.decoder);
  return looksLikeJson(text) ? readJsonText(file, text) : readCsvText(file, text, readers.parseCsv);
}

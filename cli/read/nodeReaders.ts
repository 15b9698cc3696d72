/** What the shared reader needs from Node to read an input file's bytes: node:zlib, iconv-lite and papaparse. */
import Papa from "papaparse";
import type { SourceReaders } from "../../shared/text/readSourceBytes";
import { iconvDecoder } from "./iconvDecoder";
import { zlibInflater } from "./zlibInflater";

export const nodeReaders: SourceReaders = {
  inflater: zlibInflater,
  decoder: iconvDecoder,
  parseCsv: (text, options) => Papa.parse<string[]>(text, options),
};

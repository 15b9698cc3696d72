/** Reads an .xlsx file's bytes with the shared reader and node:zlib; what cannot be read is an InputError. */
import type { SourceFile } from "../../shared/grid/grid";
import { readXlsxBytes } from "../../shared/xlsx/readXlsxBytes";
import { zlibInflater } from "./zlibInflater";

export const readXlsx = (file: string, data: Uint8Array): Promise<SourceFile> => readXlsxBytes(file, data, zlibInflater);

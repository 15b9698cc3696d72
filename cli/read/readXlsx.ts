/** Reads an .xlsx file's bytes with the shared reader and node:zlib, reporting what cannot be read as an InputError. */
import type { SourceFile } from "../../shared/grid/grid";
import { readXlsxBytes, WorkbookReadError } from "../../shared/xlsx/readXlsxBytes";
import { InputError } from "./InputError";
import { zlibInflater } from "./zlibInflater";

export async function readXlsx(file: string, data: Buffer): Promise<SourceFile> {
  try {
    return await readXlsxBytes(file, data, zlibInflater);
  } catch (error) {
    throw error instanceof WorkbookReadError ? new InputError(error.code, error.params) : error;
  }
}

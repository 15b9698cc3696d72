/** Reads any input file the CLI is given into a SourceFile, choosing the reader by content and explaining what cannot be read. */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { SourceFile } from "../../shared/grid/grid";
import { InputError } from "./InputError";
import { readCsv } from "./readCsv";
import { looksLikeJson, readJson } from "./readJson";
import { readXlsx } from "./readXlsx";
import { sniffFormat } from "./sniffFormat";

/** Maps a file-system failure to the user's problem; `path` is shown as typed because that is what they can correct. */
function fileSystemError(error: unknown, path: string, file: string): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? "unknown";
  if (code === "ENOENT" || code === "ENOTDIR") return new InputError("input.missing", { file: path });
  if (code === "EISDIR") return new InputError("input.notAFile", { file: path });
  return new InputError("input.unreadable", { file, reason: code });
}

export async function readSource(path: string): Promise<SourceFile> {
  const file = basename(path);
  let data: Buffer;
  try {
    if ((await stat(path)).isDirectory()) throw new InputError("input.notAFile", { file: path });
    data = await readFile(path);
  } catch (error) {
    throw error instanceof InputError ? error : fileSystemError(error, path, file);
  }
  if (data.length === 0) throw new InputError("input.empty", { file });
  switch (sniffFormat(data)) {
    case "xlsx":
      return readXlsx(file, data);
    case "encrypted":
      throw new InputError("input.encrypted", { file });
    case "legacyXls":
      throw new InputError("input.legacyXls", { file });
    case "notSpreadsheet":
      throw new InputError("input.notSpreadsheet", { file });
    case "text":
      return looksLikeJson(data) ? readJson(file, data) : readCsv(file, data);
  }
}

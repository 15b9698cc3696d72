/** Reads any input file the CLI is given into a SourceFile, choosing the reader by content and explaining what cannot be read. */
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { SourceFile } from "../../shared/grid/grid";
import { InputError } from "../../shared/grid/InputError";
import { readSourceBytes } from "../../shared/text/readSourceBytes";
import { nodeReaders } from "./nodeReaders";

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
  return readSourceBytes(file, data, nodeReaders);
}

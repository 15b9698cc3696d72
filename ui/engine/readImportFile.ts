/** Import in a worker: the export picked, read with the shared reader, analysed into the tracker in the workbook. */
import { analyseImport, type ConvertAnalysis } from "../../shared/flows";
import type { Engine, Progress } from "../host";
import { readImportBytes } from "../files/readImportBytes";

export async function readImportFile(req: Parameters<Engine["importFile"]>[0], onProgress: Progress): Promise<ConvertAnalysis | null> {
  const imported = await readImportBytes(req.file.file, new Uint8Array(req.file.bytes), req.lang);
  return analyseImport({ workbook: req.workbook, imported, lang: req.lang, now: req.now, by: req.by, overrides: req.overrides ?? [], onProgress });
}

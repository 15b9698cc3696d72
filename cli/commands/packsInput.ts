/** What both pack verbs share: reading the tracker. */
import path from "node:path";
import { readTrackerWorkbook, type TrackerRead } from "../../shared/import/trackerWorkbook";
import type { SourceFile } from "../../shared/grid/grid";
import { CliError } from "../io/CliError";
import { readSource } from "../read/readSource";

export async function readTracker(file: string, cwd: string): Promise<{ src: SourceFile; tracker: TrackerRead }> {
  const src = await readSource(path.resolve(cwd, file));
  const tracker = readTrackerWorkbook(src);
  if (!tracker) throw new CliError("packs.notATracker", { file: src.file });
  return { src, tracker };
}

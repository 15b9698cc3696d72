/** What both pack verbs share: reading the tracker, and safe file names for packs. */
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

/** Letters and digits of any script are kept (an Arabic ministry keeps its name); anything else becomes "-". */
export function packFileName(institution: string, taken: Set<string>): string {
  const base = institution.normalize("NFC").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "institution";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
  taken.add(name.toLowerCase());
  return `${name}.xlsx`;
}

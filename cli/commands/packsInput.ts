/** What both pack verbs share: their own error type, reading the tracker, and safe file names for packs. */
import path from "node:path";
import type { Params } from "../../shared/i18n/catalog";
import { readTrackerWorkbook, type TrackerRead } from "../../shared/import/trackerWorkbook";
import type { SourceFile } from "../../shared/grid/grid";
import { readSource } from "../read/readSource";

/** A pack problem that stops the command: one translated line from PACKS_MESSAGES, exit code 2. */
export class PacksError extends Error {
  constructor(
    readonly key: string,
    readonly params: Params,
  ) {
    super(key);
    this.name = "PacksError";
  }
}

export async function readTracker(file: string, cwd: string): Promise<{ src: SourceFile; tracker: TrackerRead }> {
  const src = await readSource(path.resolve(cwd, file));
  const tracker = readTrackerWorkbook(src);
  if (!tracker) throw new PacksError("packs.notATracker", { file: src.file });
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

/** `nmirf packs merge`: applies the returned packs to a copy of the tracker and reports, per institution, what was done. */
import fs from "node:fs";
import path from "node:path";
import { translate } from "../../shared/i18n/catalog";
import { PACKS_MESSAGES } from "../../shared/i18n/messages/packs";
import type { Lang } from "../../shared/model/codes";
import { mergePackFiles } from "../../shared/flows/mergePackFiles";
import { readPack, type PackRead } from "../../shared/packs";
import type { Io } from "../io/console";
import { refuseOverwrite } from "../io/loadSources";
import { writeAtomically } from "../io/writeAtomically";
import { readSource } from "../read/readSource";
import { writeWorkbook } from "../write/writeXlsx";
import { CliError } from "../io/CliError";
import { readTracker } from "./packsInput";

export interface MergeOptions {
  readonly output: string;
  readonly json?: string;
}

const t = (lang: Lang, key: string, params = {}): string => translate(PACKS_MESSAGES, key, lang, params);

async function readPacks(files: readonly string[], cwd: string): Promise<PackRead[]> {
  const packs: PackRead[] = [];
  for (const file of files) {
    const read = readPack(await readSource(path.resolve(cwd, file)));
    if (!read.ok) throw new CliError(read.problem.code, read.problem.params);
    packs.push(read.pack);
  }
  return packs;
}

export async function mergeCommand(trackerFile: string, packFiles: readonly string[], opts: MergeOptions, io: Io, lang: Lang): Promise<number> {
  refuseOverwrite([trackerFile, ...packFiles], [opts.output, opts.json], io.cwd);
  const { tracker } = await readTracker(trackerFile, io.cwd);
  const packs = await readPacks(packFiles, io.cwd);
  const now = io.now();
  const { reports, result, plan } = mergePackFiles(tracker, packs, { now, lang });
  await writeAtomically(path.resolve(io.cwd, opts.output), (tmp) => writeWorkbook(plan, tmp));
  for (const r of reports) {
    io.out(t(lang, "packs.merge.line", { institution: r.institution, file: r.file, applied: r.applied, rejected: r.rejected.length, conflicts: r.conflicts.length }) + "\n");
    for (const l of [...r.rejected, ...r.conflicts]) io.out(t(lang, "packs.merge.problem", { place: `${l.file} › ${l.sheet} › ${l.cell}`, message: l.message }) + "\n");
  }
  io.out(t(lang, "packs.merge.written", { path: opts.output }) + "\n");
  if (opts.json) {
    const json = {
      schemaVersion: 1,
      mergedAt: now,
      tracker: path.basename(trackerFile),
      output: opts.output,
      institutions: reports,
      applied: result.applied,
      rejected: result.rejected,
      conflicts: result.conflicts,
    };
    await writeAtomically(path.resolve(io.cwd, opts.json), async (tmp) => fs.writeFileSync(tmp, JSON.stringify(json, null, 2)));
    io.out(t(lang, "packs.merge.json", { path: opts.json }) + "\n");
  }
  return 0;
}

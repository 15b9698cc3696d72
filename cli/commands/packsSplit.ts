/** `nmirf packs split`: one pack per institution named in the tracker, written next to each other in a folder. */
import fs from "node:fs";
import path from "node:path";
import { translate } from "../../shared/i18n/catalog";
import { PACKS_MESSAGES } from "../../shared/i18n/messages/packs";
import type { Lang } from "../../shared/model/codes";
import { planPacks } from "../../shared/packs";
import { packBytes } from "../../ui/files/packBytes";
import type { Io } from "../io/console";
import { chooseLang, parseAsOf } from "../io/options";
import { writeAtomically } from "../io/writeAtomically";
import { CliError } from "../io/CliError";
import { readTracker } from "./packsInput";

export interface SplitOptions {
  readonly output: string;
  readonly by?: string;
  readonly lang?: string;
  readonly deadline?: string;
}

export interface SplitResult {
  readonly files: { readonly file: string; readonly institution: string; readonly recommendations: number; readonly activities: number }[];
}

export async function splitPacks(trackerFile: string, opts: SplitOptions, io: Io, messageLang: Lang): Promise<SplitResult> {
  if (opts.by !== undefined && opts.by !== "institution") throw new CliError("packs.badBy", { value: opts.by });
  const deadline = opts.deadline === undefined ? null : parseAsOf(opts.deadline, "");
  const { src, tracker } = await readTracker(trackerFile, io.cwd);
  const lang = opts.lang === undefined ? tracker.lang : chooseLang(opts.lang, io.env);
  const packs = planPacks(tracker.recommendations, { lang, deadline, issuedAt: io.now(), trackerId: src.file });
  if (packs.length === 0) throw new CliError("packs.noInstitutions", { file: src.file });
  const dir = path.resolve(io.cwd, opts.output);
  fs.mkdirSync(dir, { recursive: true });
  const files: SplitResult["files"] = [];
  for (const { plan, ...pack } of packs) {
    const bytes = await packBytes(plan);
    await writeAtomically(path.join(dir, pack.file), async (tmp) => fs.writeFileSync(tmp, bytes));
    files.push(pack);
  }
  for (const f of files) io.out(translate(PACKS_MESSAGES, "packs.split.line", messageLang, f) + "\n");
  io.out(translate(PACKS_MESSAGES, "packs.split.done", messageLang, { count: files.length, dir: opts.output }) + "\n");
  return { files };
}

/** `nmirf export TRACKER.xlsx --format uhri|uwazi -o FILE.csv`: the tracker as an interoperable CSV. */
import fs from "node:fs";
import path from "node:path";
import { uhriCsv } from "../../shared/export/uhriCsv";
import { uwaziCsv } from "../../shared/export/uwaziCsv";
import type { Lang } from "../../shared/model/codes";
import type { Io } from "../io/console";
import { refuseOverwrite } from "../io/loadSources";
import { writeAtomically } from "../io/writeAtomically";
import { CliError } from "../io/CliError";
import { loadTracker, sayHistory } from "./historyTracker";

export interface ExportOptions {
  readonly format: string;
  readonly output: string;
  readonly country?: string;
}

export async function exportCommand(tracker: string, opts: ExportOptions, io: Io, lang: Lang, langAsked: boolean): Promise<number> {
  if (opts.format !== "uhri" && opts.format !== "uwazi") throw new CliError("history.cli.badFormat", { value: opts.format });
  refuseOverwrite([tracker], [opts.output], io.cwd);
  const { read } = await loadTracker(tracker, io, lang);
  const recs = read.recommendations;
  const csv = opts.format === "uhri" ? uhriCsv(recs, opts.country ? { country: opts.country } : {}) : uwaziCsv(recs, langAsked ? lang : read.lang);
  await writeAtomically(path.resolve(io.cwd, opts.output), async (tmp) => fs.writeFileSync(tmp, csv, "utf8"));
  io.out(sayHistory(lang, "history.cli.exportWritten", { count: recs.length, format: opts.format, path: opts.output }) + "\n");
  return 0;
}

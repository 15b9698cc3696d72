/** What the history commands share: reading a tracker written by nmirf, and their translated lines. */
import path from "node:path";
import type { SourceFile } from "../../shared/grid/grid";
import { translate, type Params } from "../../shared/i18n/catalog";
import { HISTORY_MESSAGES } from "../../shared/i18n/messages/history";
import type { Lang } from "../../shared/model/codes";
import { readTrackerWorkbook, type TrackerRead } from "../../shared/import/trackerWorkbook";
import { readSnapshots } from "../../shared/history/trackerSnapshots";
import type { Snapshot } from "../../shared/history/snapshot";
import type { Io } from "../io/console";
import { readSource } from "../read/readSource";
import { CliError } from "../io/CliError";

export const sayHistory = (lang: Lang, key: string, params: Params = {}): string => translate(HISTORY_MESSAGES, key, lang, params);

export interface LoadedTracker {
  readonly src: SourceFile;
  readonly read: TrackerRead;
}

export async function loadTracker(file: string, io: Io, lang: Lang): Promise<LoadedTracker> {
  const src = await readSource(path.resolve(io.cwd, file));
  const read = readTrackerWorkbook(src);
  if (read === null) throw new CliError("history.cli.notTracker", { file });
  const first = read.problems[0];
  if (first) io.out(sayHistory(lang, "history.cli.unreadCells", { count: read.problems.length, file, sheet: first.sheet, cell: first.cell }) + "\n");
  return { src, read };
}

/** Every readable snapshot of the tracker by its date; an unreadable one stops the command with its cell. */
export function snapshotsOf(src: SourceFile): Map<string, Snapshot> {
  const read = readSnapshots(src);
  if ("problem" in read) throw new CliError(read.problem.key, read.problem.params);
  return read.snapshots;
}

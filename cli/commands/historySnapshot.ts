/** `nmirf snapshot TRACKER.xlsx --as-of DATE -o OUT.xlsx`: the tracker rewritten with a hidden snapshot sheet added. */
import path from "node:path";
import { rewrittenTracker, verbatimSheet, withSheets } from "../../shared/history/rewrittenTracker";
import { newSnapshot } from "../../shared/history/trackerSnapshots";
import type { Lang } from "../../shared/model/codes";
import type { Io } from "../io/console";
import { refuseOverwrite } from "../io/loadSources";
import { parseAsOf } from "../io/options";
import { writeAtomically } from "../io/writeAtomically";
import { writeWorkbook } from "../write/writeXlsx";
import { loadTracker, sayHistory } from "./historyTracker";

export interface SnapshotOptions {
  readonly asOf?: string;
  readonly label?: string;
  readonly output: string;
}

export async function snapshotCommand(tracker: string, opts: SnapshotOptions, io: Io, lang: Lang): Promise<number> {
  refuseOverwrite([tracker], [opts.output], io.cwd);
  const now = io.now();
  const asOf = parseAsOf(opts.asOf, now);
  const loaded = await loadTracker(tracker, io, lang);
  const { snapshot, sheet, entry, kept, replaced } = newSnapshot(loaded.src, loaded.read, { asOf, label: opts.label ?? "", now, by: "nmirf" });
  const plan = withSheets(rewrittenTracker(loaded, { now, asOf, log: [entry] }), [...kept.map(verbatimSheet), sheet]);
  const target = path.resolve(io.cwd, opts.output);
  await writeAtomically(target, (tmp) => writeWorkbook(plan, tmp));
  if (replaced) io.out(sayHistory(lang, "history.cli.snapshotReplaced", { date: asOf }) + "\n");
  io.out(sayHistory(lang, "history.cli.snapshotWritten", { date: asOf, count: snapshot.recommendations.length, path: opts.output }) + "\n");
  return 0;
}

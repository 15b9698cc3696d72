/** `nmirf changes TRACKER.xlsx --since DATE [--json F] [-o OUT.xlsx]`: what changed since the snapshot of that date. */
import fs from "node:fs";
import path from "node:path";
import { changeCounts, changesSince, type Changes } from "../../shared/history/changes";
import { planChangesSheet } from "../../shared/history/changesSheet";
import type { Lang } from "../../shared/model/codes";
import { label, RECOMMENDATION_STATUS_LABELS } from "../../shared/vocab/labels";
import type { Io } from "../io/console";
import { refuseOverwrite } from "../io/loadSources";
import { parseAsOf } from "../io/options";
import { writeAtomically } from "../io/writeAtomically";
import { writeWorkbook } from "../write/writeXlsx";
import { rewrittenTracker, verbatimSheet, withSheets } from "../../shared/history/rewrittenTracker";
import { snapshotGrids } from "../../shared/history/trackerSnapshots";
import { CliError } from "../io/CliError";
import { loadTracker, sayHistory, snapshotsOf } from "./historyTracker";

export interface ChangesOptions {
  readonly since: string;
  readonly asOf?: string;
  readonly json?: string;
  /** A copy of the tracker with the visible "Changes since" sheet added. */
  readonly output?: string;
}

export const CHANGES_JSON_VERSION = 1;

export async function changesCommand(tracker: string, opts: ChangesOptions, io: Io, lang: Lang): Promise<number> {
  refuseOverwrite([tracker], [opts.json, opts.output], io.cwd);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.since)) throw new CliError("history.cli.badSince", { value: opts.since });
  const asOf = parseAsOf(opts.asOf, io.now());
  const loaded = await loadTracker(tracker, io, lang);
  const { src, read } = loaded;
  const snapshots = snapshotsOf(src);
  const snapshot = snapshots.get(opts.since);
  if (!snapshot) {
    const dates = [...snapshots.keys()].sort().join(", ") || sayHistory(lang, "history.cli.none");
    throw new CliError("history.cli.noSnapshot", { file: tracker, date: opts.since, dates });
  }
  const changes = changesSince(snapshot, read.recommendations, { asOf });
  if (opts.json) {
    const target = path.resolve(io.cwd, opts.json);
    const json = JSON.stringify({ schemaVersion: CHANGES_JSON_VERSION, ...changes }, null, 2);
    await writeAtomically(target, async (tmp) => fs.writeFileSync(tmp, json));
  }
  if (opts.output) {
    const plan = withSheets(rewrittenTracker(loaded, { now: io.now(), asOf, log: [] }), [...snapshotGrids(src).map(verbatimSheet), planChangesSheet(changes, read.lang)]);
    await writeAtomically(path.resolve(io.cwd, opts.output), (tmp) => writeWorkbook(plan, tmp));
  }
  io.out(report(changes, lang));
  if (opts.output) io.out(sayHistory(lang, "history.cli.written", { path: opts.output }) + "\n");
  if (opts.json) io.out(sayHistory(lang, "history.cli.written", { path: opts.json }) + "\n");
  return 0;
}

function report(changes: Changes, lang: Lang): string {
  const status = (s: keyof typeof RECOMMENDATION_STATUS_LABELS | null): string => (s === null ? "—" : label(RECOMMENDATION_STATUS_LABELS, s, lang));
  const summary = sayHistory(lang, "history.cli.changesSummary", changeCounts(changes));
  const lines = changes.statusChanges.map((c) => sayHistory(lang, "history.cli.statusChange", { id: c.id, from: status(c.from), to: status(c.to) }));
  return [summary, ...lines].join("\n") + "\n";
}

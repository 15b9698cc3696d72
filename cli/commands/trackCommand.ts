/** `nmirf track`: inputs → tracker workbook (+ JSON summary), then a short report. */
import fs from "node:fs";
import path from "node:path";
import { trackerPlan } from "../../shared/flows/trackerPlan";
import { toSummary } from "../../shared/summary/toSummary";
import { writeWorkbook } from "../write/writeXlsx";
import { isSnapshotSheet } from "../../shared/history/snapshotSheet";
import { verbatimSheet, withSheets } from "../../shared/history/rewrittenTracker";
import type { Io } from "../io/console";
import { refuseOverwrite } from "../io/loadSources";
import { progressBar } from "../io/progress";
import { writeAtomically } from "../io/writeAtomically";
import { diffLine, issueCounts, rollupByMechanism, say, sheetsRead } from "../output/report";
import { resolveLang, runEngine, type EngineOptions, type EngineRun } from "./runTrack";

export interface TrackCommandOptions extends EngineOptions {
  readonly output: string;
  readonly json?: string;
}

export async function trackCommand(inputs: readonly string[], opts: TrackCommandOptions, io: Io): Promise<number> {
  const lang = resolveLang(opts, io);
  refuseOverwrite(inputs, [opts.output, opts.json], io.cwd);
  const run = await runEngine(inputs, opts, io, lang);
  await writeOutputs(run, opts, io);
  io.out(report(run, opts, io));
  return 0;
}

export async function writeOutputs(run: EngineRun, opts: { output: string; json?: string }, io: Io): Promise<void> {
  const { result, lang, now } = run;
  const progress = progressBar(io);
  const target = path.resolve(io.cwd, opts.output);
  progress.update(say(lang, "cli.progress.writing", { file: path.basename(target) }), 0, 1);
  const plan = trackerPlan(result, { lang, now });
  // Snapshots taken in the tracker being updated are history: they are carried over as they were.
  const snapshots = (run.into?.sheets ?? []).filter(isSnapshotSheet).map(verbatimSheet);
  await writeAtomically(target, (tmp) => writeWorkbook(withSheets(plan, snapshots), tmp));
  if (opts.json) {
    const summary = toSummary(result, { generatedAt: now, lang, asOf: run.asOf });
    const jsonTarget = path.resolve(io.cwd, opts.json);
    await writeAtomically(jsonTarget, async (tmp) => fs.writeFileSync(tmp, JSON.stringify(summary, null, 2)));
  }
  progress.done();
}

function report(run: EngineRun, opts: TrackCommandOptions, io: Io): string {
  const { result, lang } = run;
  const activities = result.recommendations.reduce((n, r) => n + r.activities.length, 0);
  return [
    sheetsRead(result, lang),
    "\n",
    rollupByMechanism(result, lang),
    "\n",
    diffLine(result, lang),
    issueCounts(result.issues, lang),
    say(lang, "cli.written", { path: path.relative(io.cwd, path.resolve(io.cwd, opts.output)) || opts.output, recommendations: result.recommendations.length, activities }) + "\n",
    opts.json ? say(lang, "cli.summaryWritten", { path: opts.json }) + "\n" : "",
  ].join("");
}

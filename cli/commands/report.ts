/**
 * `nmirf report TRACKER.xlsx --template … -o REPORT.docx`: a report section built from a tracker written by nmirf,
 * rendered to Word with its word count (and the UPR national report's limit when it is passed).
 */
import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import type { SourceFile } from "../../shared/grid/grid";
import { changesSince } from "../../shared/history/changes";
import type { Snapshot } from "../../shared/history/snapshot";
import { readTrackerWorkbook } from "../../shared/import/trackerWorkbook";
import type { Lang } from "../../shared/model/codes";
import { buildReport } from "../../shared/report/buildReport";
import { lastReportedFrom } from "../../shared/report/lastReported";
import { trackerDataDate } from "../../shared/report/trackerDate";
import { overLimit, UPR_NATIONAL_REPORT_WORD_LIMIT, wordCount } from "../../shared/report/wordCount";
import type { Io } from "../io/console";
import { refuseOverwrite } from "../io/loadSources";
import { writeAtomically } from "../io/writeAtomically";
import { readSource } from "../read/readSource";
import { renderDocx } from "../report/renderDocx";
import type { RegisterCommands } from "./commandContext";
import { snapshotsOf } from "./historyTracker";
import { CliError } from "../io/CliError";
import { sayReport, specOf, type ReportOptions } from "./reportOptions";

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** The tracker's snapshot of that day (taken with `nmirf snapshot`), or a CliError listing the days it has. */
function snapshotOn(src: SourceFile, day: string, file: string): Snapshot {
  const snapshots = snapshotsOf(src);
  const snapshot = snapshots.get(day);
  if (snapshot === undefined) throw new CliError("report.cli.noSnapshot", { date: day, file, dates: [...snapshots.keys()].join(", ") || "—" });
  return snapshot;
}

export async function reportCommand(tracker: string, opts: ReportOptions, io: Io, lang: Lang): Promise<number> {
  refuseOverwrite([tracker], [opts.output, opts.json], io.cwd);
  const src = await readSource(path.resolve(io.cwd, tracker));
  const read = readTrackerWorkbook(src);
  if (read === null) throw new CliError("report.cli.notTracker", { file: tracker });
  const first = read.problems[0];
  if (first) io.out(sayReport(lang, "report.cli.unreadCells", { count: read.problems.length, file: tracker, sheet: first.sheet, cell: first.cell }) + "\n");
  const spec = specOf(opts, read.lang, trackerDataDate(src) ?? io.now().slice(0, 10));
  const changes = spec.since === undefined ? null : changesSince(snapshotOn(src, spec.since, tracker), read.recommendations, { asOf: spec.dataDate });
  const { model, count } = buildReport(read.recommendations, spec, lastReportedFrom(read.log), changes);
  const docx = await renderDocx(model);
  await writeAtomically(path.resolve(io.cwd, opts.output), async (tmp) => fs.writeFileSync(tmp, docx));
  const words = wordCount(model);
  io.out(sayReport(lang, "report.cli.written", { path: opts.output, count, words }) + "\n");
  if (overLimit(words)) io.out(sayReport(lang, "report.cli.overLimit", { words, limit: UPR_NATIONAL_REPORT_WORD_LIMIT }) + "\n");
  if (opts.json) {
    await writeAtomically(path.resolve(io.cwd, opts.json), async (tmp) => fs.writeFileSync(tmp, JSON.stringify({ spec, model, words }, null, 2), "utf8"));
    io.out(sayReport(lang, "report.cli.jsonWritten", { path: opts.json }) + "\n");
  }
  return 0;
}

export const registerReportCommands: RegisterCommands = (program: Command, ctx) => {
  const { io, lang } = ctx;
  program
    .command("report")
    .description(sayReport(lang, "report.cli.help"))
    .argument("<tracker>")
    .requiredOption("--template <template>", "upr-midterm | tb-followup | co-replies | nap-annual | custom")
    .requiredOption("-o, --output <file>", "report.docx")
    .option("--lang <lang>", "en | fr | es | ar | pt | ru | zh")
    .option("--mechanism <mechanism>", "UPR, CEDAW, CRC …", collect, [])
    .option("--cycle <n>", "1 | 2 | 3 | 4")
    .option("--cluster <name>", "")
    .option("--theme <name>", "")
    .option("--institution <name>", "")
    .option("--status <status>", "not_started | in_progress | partially_implemented | implemented")
    .option("--period <from..to>", "YYYY-MM-DD..YYYY-MM-DD")
    .option("--group-by <dimension>", "theme | cluster | mechanism | institution | none")
    .option("--fields <list>", "reference,text,status,institutions,activities")
    .option("--since <date>", "YYYY-MM-DD (a snapshot's date)")
    .option("--json <file>", "model.json")
    .action(async (tracker: string, opts: ReportOptions) => ctx.exit(await reportCommand(tracker, opts, io, lang)));
};

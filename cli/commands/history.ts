/** Registers the history verbs: snapshot, changes, reminders and export (issue 4, "History and snapshots"). */
import type { Command } from "commander";
import { chooseLang } from "../io/options";
import type { RegisterCommands } from "./commandContext";
import { changesCommand, type ChangesOptions } from "./historyChanges";
import { exportCommand, type ExportOptions } from "./historyExport";
import { remindersCommand, type RemindersOptions } from "./historyReminders";
import { snapshotCommand, type SnapshotOptions } from "./historySnapshot";
import { sayHistory } from "./historyTracker";

const LANG_HELP = "en | fr | es | ar | pt | ru | zh";

export const registerHistoryCommands: RegisterCommands = (program: Command, ctx) => {
  const { io, lang } = ctx;
  const help = (verb: string): string => sayHistory(lang, `history.cli.help.${verb}`);
  // main() settled the message language before parsing; a --lang it could not read is rejected here, in one line.
  const asked = (opts: { lang?: string }): boolean => opts.lang !== undefined && Boolean(chooseLang(opts.lang, io.env));
  // A CliError thrown by an action reaches main(), which prints its one line and exits with 2.
  const run = async (action: () => Promise<number>): Promise<void> => ctx.exit(await action());
  program
    .command("snapshot")
    .description(help("snapshot"))
    .argument("<tracker>")
    .requiredOption("-o, --output <file>", "tracker-with-snapshot.xlsx")
    .option("--as-of <date>", "YYYY-MM-DD")
    .option("--label <text>", "")
    .option("--lang <lang>", LANG_HELP)
    .action((tracker: string, opts: SnapshotOptions & { lang?: string }) => run(async () => {
      asked(opts);
      return snapshotCommand(tracker, opts, io, lang);
    }));
  program
    .command("changes")
    .description(help("changes"))
    .argument("<tracker>")
    .requiredOption("--since <date>", "YYYY-MM-DD")
    .option("--as-of <date>", "YYYY-MM-DD")
    .option("--json <file>", "changes.json")
    .option("-o, --output <file>", "tracker-with-changes.xlsx")
    .option("--lang <lang>", LANG_HELP)
    .action((tracker: string, opts: ChangesOptions & { lang?: string }) => run(async () => {
      asked(opts);
      return changesCommand(tracker, opts, io, lang);
    }));
  program
    .command("reminders")
    .description(help("reminders"))
    .argument("<tracker>")
    .requiredOption("-o, --output <dir>", "reminders/")
    .option("--as-of <date>", "YYYY-MM-DD")
    .option("--within <days>", "30", "30")
    .option("--contacts <file>", "Institution = address, address; lang")
    .option("--lang <lang>", LANG_HELP)
    .action((tracker: string, opts: RemindersOptions & { lang?: string }) => run(() => remindersCommand(tracker, opts, io, lang, asked(opts))));
  program
    .command("export")
    .description(help("export"))
    .argument("<tracker>")
    .requiredOption("--format <format>", "uhri | uwazi")
    .requiredOption("-o, --output <file>", "export.csv")
    .option("--country <name>", "")
    .option("--lang <lang>", LANG_HELP)
    .action((tracker: string, opts: ExportOptions & { lang?: string }) => run(() => exportCommand(tracker, opts, io, lang, asked(opts))));
};

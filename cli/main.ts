/** The `nmirf` command line: parses argv and hands each verb to its command; errors become one translated line. */
import { Command, CommanderError } from "commander";
import { translate } from "../shared/i18n/catalog";
import { CLI_MESSAGES } from "../shared/i18n/messages/cli";
import { INPUT_MESSAGES } from "../shared/i18n/messages/input";
import type { Lang } from "../shared/model/codes";
import { demoCommand } from "./commands/demoCommand";
import { registerHistoryCommands } from "./commands/history";
import { registerPacksCommands } from "./commands/packs";
import { registerReportCommands } from "./commands/report";
import { registerSheetsCommands } from "./commands/sheets";
import { trackCommand } from "./commands/trackCommand";
import { validateCommand } from "./commands/validateCommand";
import { CliError, cliErrorText } from "./io/CliError";
import type { CommandContext, RegisterCommands } from "./commands/commandContext";
import { processIo, type Io } from "./io/console";
import { chooseLang } from "./io/options";
import { InputError } from "../shared/grid/InputError";

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** Verbs that live in their own modules and register themselves. */
const MORE_COMMANDS: readonly RegisterCommands[] = [registerPacksCommands, registerHistoryCommands, registerSheetsCommands, registerReportCommands];

export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const lang = safeLang(argv, io);
  const t = (key: string) => translate(CLI_MESSAGES, key, lang);
  let code = 0;
  const program = new Command("nmirf")
    .description(t("cli.help.main"))
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError();
  const engineOptions = (cmd: Command): Command =>
    cmd
      .option("--lang <lang>", "en | fr | es | ar | pt | ru | zh")
      .option("--as-of <date>", "YYYY-MM-DD")
      .option("--map <header=field>", "Header=field", collect, [])
      .option("--map-file <file>", "Header=field lines")
      .option("--aliases <file>", "Name = alias1; alias2 lines");
  engineOptions(program.command("track").description(t("cli.help.track")).argument("<inputs...>"))
    .requiredOption("-o, --output <file>", "tracker.xlsx")
    .option("--json <file>", "summary.json")
    .option("--into <tracker>", "existing-tracker.xlsx")
    .option("--no-analyze", "no tag suggestions, clusters or repeat links")
    .action(async (inputs: string[], opts) => void (code = await trackCommand(inputs, opts, io)));
  engineOptions(program.command("validate").description(t("cli.help.validate")).argument("<inputs...>"))
    .option("--all", "")
    .action(async (inputs: string[], opts) => void (code = await validateCommand(inputs, opts, io)));
  program
    .command("demo")
    .description(t("cli.help.demo"))
    .option("-o, --output <file>", "out/tracker.xlsx", "out/tracker.xlsx")
    .option("--json <file>", "out/summary.json", "out/summary.json")
    .option("--lang <lang>", "en | fr | es | ar | pt | ru | zh")
    .option("--as-of <date>", "YYYY-MM-DD")
    .action(async (opts) => void (code = await demoCommand(opts, io)));
  const ctx: CommandContext = { io, lang, exit: (c) => void (code = c) };
  for (const register of MORE_COMMANDS) register(program, ctx);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (e) {
    return failure(e, lang, io);
  }
}

function failure(e: unknown, lang: Lang, io: Io): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
  if (e instanceof InputError) io.err(translate(INPUT_MESSAGES, e.code, lang, e.params) + "\n");
  else if (e instanceof CliError) io.err(cliErrorText(e, lang) + "\n");
  else {
    const message = e instanceof Error ? e.message : String(e);
    io.err(translate(CLI_MESSAGES, "cli.internal", lang, { message }) + "\n");
    if (io.env.NMIRF_DEBUG && e instanceof Error && e.stack) io.err(e.stack + "\n");
    return 3;
  }
  return 2;
}

/** The language for messages, read before parsing so even usage errors are translated. */
function safeLang(argv: readonly string[], io: Io): Lang {
  const i = argv.indexOf("--lang");
  const asked = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  try {
    return chooseLang(asked, io.env);
  } catch {
    return chooseLang(undefined, io.env);
  }
}

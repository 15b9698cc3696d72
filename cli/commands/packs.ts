/** Registers `nmirf packs split` and `nmirf packs merge`; pack problems that stop a command become one translated line. */
import type { Command } from "commander";
import { translate } from "../../shared/i18n/catalog";
import { PACKS_MESSAGES } from "../../shared/i18n/messages/packs";
import type { CommandContext, RegisterCommands } from "./commandContext";
import { mergeCommand, type MergeOptions } from "./packsMerge";
import { splitPacks, type SplitOptions } from "./packsSplit";

/** Runs a verb; a CliError it throws reaches main(), which prints its one line and exits with 2. */
const run = (ctx: CommandContext, verb: () => Promise<number>) => async (): Promise<void> => ctx.exit(await verb());

export const registerPacksCommands: RegisterCommands = (program: Command, ctx: CommandContext) => {
  const t = (key: string) => translate(PACKS_MESSAGES, key, ctx.lang);
  const packs = program.command("packs").description(t("packs.help.packs"));
  packs
    .command("split")
    .description(t("packs.help.split"))
    .argument("<tracker>")
    .requiredOption("-o, --output <dir>", "packs/")
    .option("--by <dimension>", "institution", "institution")
    .option("--lang <lang>", "en | fr | es | ar | pt | ru | zh")
    .option("--deadline <date>", "YYYY-MM-DD")
    .action((tracker: string, opts: SplitOptions) => run(ctx, async () => (await splitPacks(tracker, opts, ctx.io, ctx.lang), 0))());
  packs
    .command("merge")
    .description(t("packs.help.merge"))
    .argument("<tracker>")
    .argument("<packs...>")
    .requiredOption("-o, --output <file>", "merged.xlsx")
    .option("--json <file>", "merge.json")
    .option("--lang <lang>", "en | fr | es | ar | pt | ru | zh")
    .action((tracker: string, files: string[], opts: MergeOptions) => run(ctx, () => mergeCommand(tracker, files, opts, ctx.io, ctx.lang))());
};

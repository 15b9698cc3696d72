/** `nmirf sheets collect`: wires options, credentials and the rate-limited Sheets client to `collect`, then prints the report. */
import type { Command } from "commander";
import { translate } from "../../shared/i18n/catalog";
import { SHEETS_MESSAGES } from "../../shared/i18n/messages/sheets";
import { chooseLang } from "../io/options";
import { sheetsAuth } from "../sheets/auth";
import { realClock } from "../sheets/clock";
import { collect } from "../sheets/collect";
import { collectReportText } from "../sheets/collectReport";
import { googleSheetsPort } from "../sheets/googleSheetsPort";
import { guardSheetsPort, newCounts, SheetsCallError } from "../sheets/guardedPort";
import { DEFAULT_RETRY, isRetryable } from "../sheets/retry";
import type { CommandContext, RegisterCommands } from "./commandContext";

interface CollectFlags {
  readonly tracker: string;
  readonly from: string[];
  readonly writeBack?: boolean;
  readonly keyFile?: string;
  readonly rootUrl?: string;
  readonly rate: string;
  readonly lang?: string;
}

export const registerSheetsCommands: RegisterCommands = (program, ctx) => {
  const t = (key: string): string => translate(SHEETS_MESSAGES, key, ctx.lang);
  const sheets: Command = program.command("sheets").description(t("sheets.help.sheets"));
  sheets
    .command("collect")
    .description(t("sheets.help.collect"))
    .requiredOption("--tracker <spreadsheetId>", "tracker spreadsheet ID")
    .requiredOption("--from <spreadsheetId...>", "institution spreadsheet IDs")
    .option("--write-back", "write each institution's problems into its spreadsheet")
    .option("--key-file <file>", "service-account JSON key (default: Application Default Credentials)")
    .option("--root-url <url>", "API root, e.g. a local fake")
    .option("--rate <perMinute>", "requests per minute", "60")
    .option("--lang <lang>", "en | fr | es | ar | pt | ru | zh")
    .action(async (flags: CollectFlags) => ctx.exit(await runCollect(flags, ctx)));
};

async function runCollect(flags: CollectFlags, ctx: CommandContext): Promise<number> {
  const lang = chooseLang(flags.lang, ctx.io.env);
  const counts = newCounts();
  const perMinute = Math.max(1, Math.min(300, Number(flags.rate) || 60));
  // A local fake takes no credentials; anything else authenticates (key file, else ADC).
  const auth = flags.rootUrl && !flags.keyFile ? undefined : sheetsAuth(flags.keyFile);
  const port = googleSheetsPort({ timeoutMs: 30_000, ...(auth ? { auth } : {}), ...(flags.rootUrl ? { rootUrl: flags.rootUrl } : {}) });
  const client = guardSheetsPort(port, { rateLimit: { perMinute }, retry: DEFAULT_RETRY, clock: realClock, random: Math.random, counts });
  try {
    const report = await collect({ trackerId: flags.tracker, institutionIds: flags.from, writeBack: Boolean(flags.writeBack), client, now: ctx.io.now(), lang });
    ctx.io.out(collectReportText(report, counts, flags.tracker, lang));
    return report.conflicts.length > 0 ? 1 : 0;
  } catch (e) {
    if (!(e instanceof SheetsCallError)) throw e;
    ctx.io.err(translate(SHEETS_MESSAGES, errorKey(e), lang, { id: e.spreadsheetId, status: e.status ?? "-", message: e.message, attempts: e.attempts }) + "\n");
    return 2;
  }
}

function errorKey(e: SheetsCallError): string {
  if (e.status === 401 || (e.status === null && /credential|key ?file|ENOENT|invalid_grant|private key/i.test(e.message))) return "sheets.error.auth";
  // Not found and forbidden look the same to the user: the sheet is not shared with this identity.
  if (e.status === 404 || e.status === 403) return "sheets.error.notFound";
  return isRetryable(e.cause) ? "sheets.error.unreachable" : "sheets.error.api";
}

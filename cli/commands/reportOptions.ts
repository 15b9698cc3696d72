/** Turns `nmirf report` options into a ReportSpec; a value it cannot read becomes a CliError naming the option. */
import { translate, type Params } from "../../shared/i18n/catalog";
import { REPORT_MESSAGES } from "../../shared/i18n/messages/report";
import { Lang, Mechanism, RecommendationStatus } from "../../shared/model/codes";
import { GroupBy, REPORT_FIELDS, ReportField, TEMPLATES, TemplateId, type ReportFilters, type ReportSpec } from "../../shared/report/reportSpec";
import { parseMechanism } from "../../shared/vocab/mechanism";
import { parseRecommendationStatus } from "../../shared/vocab/status";
import { CliError } from "../io/CliError";

export const sayReport = (lang: Lang, key: string, params: Params = {}): string => translate(REPORT_MESSAGES, key, lang, params);

export interface ReportOptions {
  readonly template: string;
  readonly output: string;
  readonly json?: string;
  readonly lang?: string;
  readonly mechanism?: string[];
  readonly cycle?: string;
  readonly cluster?: string;
  readonly theme?: string;
  readonly institution?: string;
  readonly status?: string;
  readonly period?: string;
  readonly groupBy?: string;
  readonly fields?: string;
  readonly since?: string;
}

const bad = (option: string, value: string, choices: readonly string[]): CliError => new CliError("report.cli.badOption", { option, value, choices: choices.join(", ") });

function pick<T extends string>(option: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) throw bad(option, value, choices);
  return value as T;
}

/** A code ("CEDAW") or any name the vocabulary knows exactly ("EPU", "Comité des droits de l'enfant"). */
function mechanism(value: string): Mechanism {
  const code = Mechanism.safeParse(value.trim().toUpperCase());
  if (code.success) return code.data;
  const named = parseMechanism(value);
  if (named.kind === "exact") return named.value;
  throw bad("--mechanism", value, Mechanism.options);
}

function status(value: string): RecommendationStatus {
  const code = RecommendationStatus.safeParse(value.trim());
  if (code.success) return code.data;
  const named = parseRecommendationStatus(value);
  if (named.kind === "exact") return named.value;
  throw bad("--status", value, RecommendationStatus.options);
}

function day(option: string, value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) throw bad(option, value, ["YYYY-MM-DD"]);
  return value.trim();
}

function period(value: string): { from: string; to: string } {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value.trim());
  if (!m || m[1]! > m[2]!) throw bad("--period", value, ["YYYY-MM-DD..YYYY-MM-DD"]);
  return { from: m[1]!, to: m[2]! };
}

function filtersOf(opts: ReportOptions): ReportFilters {
  const mechanisms = (opts.mechanism ?? []).flatMap((m) => m.split(",")).filter((m) => m.trim() !== "");
  const cycle = opts.cycle === undefined ? undefined : Number(opts.cycle);
  if (cycle !== undefined && !(Number.isInteger(cycle) && cycle > 0)) throw bad("--cycle", opts.cycle!, ["1", "2", "3", "4"]);
  return {
    ...(mechanisms.length > 0 ? { mechanism: mechanisms.map(mechanism) } : {}),
    ...(cycle !== undefined ? { cycle } : {}),
    ...(opts.cluster ? { cluster: opts.cluster } : {}),
    ...(opts.theme ? { theme: opts.theme } : {}),
    ...(opts.institution ? { institution: opts.institution } : {}),
    ...(opts.status ? { status: status(opts.status) } : {}),
    ...(opts.period ? { period: period(opts.period) } : {}),
  };
}

/** The names issue 5 first gave two templates, kept so its examples work. */
const TEMPLATE_ALIASES: Readonly<Record<string, TemplateId>> = { "tb-replies": "co-replies", "nhrap-annual": "nap-annual" };

/** The report's language is the one asked, else the tracker's: independent of the language of messages. */
export function specOf(opts: ReportOptions, trackerLang: Lang, dataDate: string): ReportSpec {
  const template = TEMPLATE_ALIASES[opts.template] ?? pick<TemplateId>("--template", opts.template, TEMPLATES);
  const lang = opts.lang === undefined ? trackerLang : pick<Lang>("--lang", opts.lang.toLowerCase(), Lang.options);
  const fields = opts.fields?.split(",").map((f) => pick<ReportField>("--fields", f.trim(), REPORT_FIELDS));
  return {
    template,
    lang,
    filters: filtersOf(opts),
    ...(opts.groupBy ? { groupBy: pick<GroupBy>("--group-by", opts.groupBy, GroupBy.options) } : {}),
    ...(fields ? { fields } : {}),
    ...(opts.since !== undefined ? { since: day("--since", opts.since) } : {}),
    dataDate,
  };
}

/** What the commands print: the sheets read, the rollup by mechanism, the diff, and issue lines. */
import type { Lang } from "../../shared/model/codes";
import type { LocatedIssue } from "../../shared/model/issue";
import { translate, type Params } from "../../shared/i18n/catalog";
import { CLI_MESSAGES } from "../../shared/i18n/messages/cli";
import { codeLabel } from "../../shared/i18n/issues";
import { RecommendationStatus } from "../../shared/model/codes";
import { RECOMMENDATION_STATUS_LABELS } from "../../shared/vocab/labels";
import type { TrackResult } from "../../shared/track/track";
import { textTable } from "./textTable";

export const say = (lang: Lang, key: string, params: Params = {}): string => translate(CLI_MESSAGES, key, lang, params);

export function sheetsRead(result: TrackResult, lang: Lang): string {
  return result.mapping
    .map((m) => say(lang, "cli.sheetRead", {
      file: m.file,
      sheet: m.sheet,
      row: m.headerRow ?? "-",
      kind: say(lang, `cli.kind.${m.kind}`),
      mapped: m.columns.filter((c) => c.field).length,
      columns: m.columns.filter((c) => c.header).length,
    }) + "\n")
    .join("");
}

export function rollupByMechanism(result: TrackResult, lang: Lang): string {
  const table = result.rollups.tables.find((t) => t.dimension === "mechanism");
  const statuses = RecommendationStatus.options;
  const header = [say(lang, "cli.col.key"), ...statuses.map((s) => RECOMMENDATION_STATUS_LABELS[s][lang]), say(lang, "cli.col.unknown"), say(lang, "cli.col.total"), say(lang, "cli.col.overdue"), say(lang, "cli.col.implemented")];
  const rows = [...(table?.rows ?? []), { ...result.rollups.total, key: say(lang, "cli.col.total") }].map((r, i, all) => [
    i === all.length - 1 ? r.key : r.key ? codeLabel("mechanism", r.key, lang) : say(lang, "cli.none"),
    ...statuses.map((s) => String(r.counts[s])),
    String(r.counts.unknown),
    String(r.total),
    String(r.overdue),
    `${Math.round(r.implementedShare * 100)}%`,
  ]);
  return `${say(lang, "cli.rollupTitle", { asOf: result.rollups.asOf })}\n${textTable([header, ...rows])}`;
}

export function issueCounts(issues: readonly LocatedIssue[], lang: Lang): string {
  const n = (s: LocatedIssue["severity"]) => issues.filter((i) => i.severity === s).length;
  return say(lang, "cli.issueCounts", { errors: n("error"), warnings: n("warning"), info: n("info") }) + "\n";
}

export function diffLine(result: TrackResult, lang: Lang): string {
  const d = result.diff;
  if (!d) return "";
  return say(lang, "cli.diff", { added: d.added.length, changed: d.changed.length, unchanged: d.unchanged.length, missing: d.missing.length }) + "\n";
}

/** One issue a line: where, how serious, what, and the suggestion. */
export function issueLine(i: LocatedIssue, lang: Lang): string {
  const where = [i.file, i.sheet, i.cell ?? (i.row ? `#${i.row}` : null)].filter(Boolean).join(" › ");
  const hint = i.suggestion ? `  → ${i.suggestion}` : "";
  return `${where}  ${say(lang, `cli.severity.${i.severity}`)}  ${i.message}${hint}\n`;
}

/**
 * The tracker as an Uwazi (HURIDOCS) / IMPACT OSS import CSV: one row per recommendation, columns named as
 * template properties (lower case, no spaces), "|" between the values of a multi-value property, as Uwazi's
 * CSV import expects. `title` (required by Uwazi) is the tracker ID, so a later import can match the entity.
 */
import type { Lang } from "../model/codes";
import type { Recommendation } from "../model/tracker";
import { effectiveStatus } from "../rollup/deriveStatus";
import { periodEnd } from "../rollup/periodEnd";
import { label, MECHANISM_LABELS, POSITION_LABELS, RECOMMENDATION_STATUS_LABELS } from "../vocab/labels";
import { toCsv, type CsvRow } from "./csv";
import { sdgValues } from "./uhriCsv";

export const UWAZI_COLUMNS = [
  "title", "recommendation", "mechanism", "document_symbol", "paragraph", "reference", "cycle", "year",
  "recommending_states", "position", "implementation_status", "progress", "themes", "affected_persons", "sdgs",
  "institutions", "cluster", "deadline", "deadline_date", "activities", "follow_up", "indicators",
] as const;

const multi = (values: readonly string[]): string => values.map((v) => v.replace(/\|/g, "/")).join("|");

function uwaziRow(rec: Recommendation, lang: Lang): CsvRow {
  const status = effectiveStatus(rec).status;
  return [
    rec.id,
    rec.text,
    rec.mechanism === null ? (rec.asWritten.mechanism ?? "") : label(MECHANISM_LABELS, rec.mechanism, lang),
    rec.symbol ?? "",
    rec.paragraph ?? "",
    rec.ref ?? "",
    rec.cycle,
    rec.year,
    multi(rec.recommendingStates),
    rec.response === null ? "" : label(POSITION_LABELS, rec.response, lang),
    status === null ? "" : label(RECOMMENDATION_STATUS_LABELS, status, lang),
    rec.progress,
    multi(rec.themes),
    multi(rec.affectedPersons),
    multi(sdgValues(rec)),
    multi(rec.institutions),
    rec.cluster ?? "",
    rec.deadline ?? "",
    rec.deadline === null ? "" : (periodEnd(rec.deadline) ?? ""),
    multi(rec.activities.map((a) => a.text)),
    // Uwazi's checkbox-like select reads a fixed word; empty when the tracker does not say.
    rec.followUp === null ? "" : rec.followUp ? "yes" : "no",
    rec.indicators ?? "",
  ];
}

/** Labels are written in `lang`, the language of the Uwazi thesauri they must match. */
export function uwaziCsv(records: readonly Recommendation[], lang: Lang): string {
  return toCsv(UWAZI_COLUMNS, records.map((r) => uwaziRow(r, lang)));
}

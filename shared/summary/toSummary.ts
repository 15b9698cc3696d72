/** Turns a track result into the documented JSON summary (see summarySchema.ts). */
import { columnLetter } from "../grid/address";
import type { Lang } from "../model/codes";
import type { LocatedIssue } from "../model/issue";
import type { Recommendation } from "../model/tracker";
import { effectiveStatus } from "../rollup/deriveStatus";
import { isOverdue } from "../rollup/overdue";
import type { RollupRow } from "../rollup/types";
import type { TrackResult } from "../track/track";
import type { RecordAnalysis } from "../track/analyzeRecords";
import { labelSuggestions } from "./labelSuggestions";
import { SUMMARY_SCHEMA_VERSION, type RecommendationJson, type SuggestionsJson, type SummaryJson } from "./summarySchema";

export function toSummary(result: TrackResult, meta: { generatedAt: string; lang: Lang; asOf: string }): SummaryJson {
  const suggestions = suggestionsByRecord(result.issues);
  return {
    schemaVersion: SUMMARY_SCHEMA_VERSION,
    generatedAt: meta.generatedAt,
    lang: meta.lang,
    asOf: meta.asOf,
    recommendations: result.recommendations.map((r) => recommendationJson(r, meta.asOf, suggestions.get(r.id) ?? {}, result.analysis)),
    issues: result.issues.map(({ params: _params, ...rest }) => rest),
    rollups: {
      asOf: result.rollups.asOf,
      total: rollupRow(result.rollups.total),
      tables: result.rollups.tables.map((t) => ({ dimension: t.dimension, rows: t.rows.map(rollupRow) })),
    },
    mapping: result.mapping.map((m) => ({
      ...m,
      columns: m.columns.map((c) => ({ ...c, column: columnLetter(c.column) })),
    })),
    diff: result.diff,
  };
}

function recommendationJson(r: Recommendation, asOf: string, fieldSuggestions: Record<string, string>, analysis: RecordAnalysis | null): RecommendationJson {
  return {
    id: r.id,
    ref: r.ref,
    text: r.text,
    mechanism: r.mechanism,
    symbol: r.symbol,
    paragraph: r.paragraph,
    cycle: r.cycle,
    year: r.year,
    recommendingStates: r.recommendingStates,
    response: r.response,
    status: r.status,
    statusBasis: effectiveStatus(r).basis,
    statusOverrideReason: r.statusOverride?.reason ?? null,
    themes: r.themes,
    sdgGoals: r.sdgGoals,
    sdgTargets: r.sdgTargets,
    affectedPersons: r.affectedPersons,
    institutions: r.institutions,
    progress: r.progress,
    deadline: r.deadline,
    overdue: isOverdue(r, asOf),
    cluster: r.cluster,
    comments: r.comments,
    followUp: r.followUp,
    indicators: r.indicators,
    activities: r.activities.map((a) => ({ id: a.id, text: a.text, status: a.status, deadline: a.deadline, institution: a.institution })),
    source: r.source,
    sources: r.sources,
    extra: r.extra,
    asWritten: r.asWritten,
    // Field suggestions are keyed by field names the labels do not use (mechanism, response, status, dates).
    suggestions: { ...fieldSuggestions, ...labelSuggestions(r.id, analysis) } as SuggestionsJson,
    related: analysis?.related.get(r.id) ?? [],
  };
}

const rollupRow = (r: RollupRow) => ({ ...r, counts: { ...r.counts } });

function suggestionsByRecord(issues: readonly LocatedIssue[]): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  for (const i of issues) {
    if (!i.recordId || !i.field || i.suggestion === null) continue;
    const bucket = out.get(i.recordId) ?? {};
    bucket[i.field] ??= i.suggestion;
    out.set(i.recordId, bucket);
  }
  return out;
}

/**
 * The analysis columns of the Recommendations sheet: suggested tags, suggested cluster and related recommendations.
 * They are suggestions, written for people to read; reading a tracker back takes only the cluster ID from them
 * (so cluster IDs stay stable across runs), never a label.
 */
import { translate } from "../i18n/catalog";
import { WORKBOOK_MESSAGES } from "../i18n/messages/workbook";
import type { Lang } from "../model/codes";
import { FIELD_LABELS } from "../model/fields";
import type { RecordAnalysis } from "../track/analyzeRecords";
import type { PlanCell } from "./plan";

export const ANALYSIS_KEYS = ["suggestedTags", "suggestedCluster", "related"] as const;
export const SUGGESTED_CLUSTER_KEY = "suggestedCluster";

const t = (key: string, lang: Lang): string => translate(WORKBOOK_MESSAGES, key, lang);
const values = (list: readonly { value: string | number }[]): string => list.map((s) => s.value).join(", ");

/** One line per kind of label: "Themes: …", "SDG: 4, 16", "UPR Info issues: …", "Action category: 5". */
function tagsCell(id: string, analysis: RecordAnalysis, lang: Lang): PlanCell {
  const s = analysis.suggestions.get(id);
  if (!s) return null;
  const lines = [
    [FIELD_LABELS.themes[lang], values(s.themes)],
    [FIELD_LABELS.sdg[lang], values(s.sdgGoals)],
    [t("analysis.issues", lang), values(s.uprInfoIssues)],
    [t("analysis.action", lang), s.actionCategory === null ? "" : String(s.actionCategory.value)],
  ].filter(([, v]) => v !== "");
  return lines.length === 0 ? null : lines.map(([label, v]) => `${label}: ${v}`).join("\n");
}

/** "name [C-1A2B3C4D]": the ID in brackets is what a later run reads back. */
export const clusterCell = (cluster: { id: string; name: string }): string => `${cluster.name} [${cluster.id}]`;

/** The cluster ID of a suggested-cluster cell, or null when the cell was edited out of shape. */
export const clusterIdOf = (text: string): string | null => /\[([^[\]]+)\]\s*$/.exec(text)?.[1] ?? null;

function relatedCell(id: string, analysis: RecordAnalysis, lang: Lang): PlanCell {
  const related = analysis.related.get(id) ?? [];
  return related.length === 0 ? null : related.map((r) => `${r.id} (${t(`analysis.${r.kind}`, lang)} ${r.score.toFixed(2)})`).join("\n");
}

/** The analysis cells of one recommendation, in ANALYSIS_KEYS order. */
export function analysisCells(id: string, analysis: RecordAnalysis, lang: Lang): PlanCell[] {
  const cluster = analysis.clustering.clusterOf.get(id);
  return [tagsCell(id, analysis, lang), cluster ? clusterCell(cluster) : null, relatedCell(id, analysis, lang)];
}

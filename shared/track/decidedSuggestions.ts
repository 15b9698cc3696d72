/**
 * Suggestions people decided on, as the tracker's log keeps them: an accepted tag sits in its column, a rejected one
 * is logged, and neither is suggested again — the log, not a hidden sheet, is the tracker's memory of decisions.
 */
import type { Suggestions } from "../analyze/suggestTags";
import type { LogEntry } from "../model/log";
import type { RecordAnalysis } from "./analyzeRecords";

export const ACCEPT = "accept";
export const REJECT = "reject";

/** The tag columns a suggestion can be accepted into. */
export const TAG_KINDS = ["themes", "sdgGoals", "affectedPersons"] as const;
export type TagKind = (typeof TAG_KINDS)[number];

/** The log's field for a decision on a whole suggested cluster (its ID is the entry's new value). */
export const SUGGESTED_CLUSTER_FIELD = "suggestedCluster";

export const decisionKey = (recordId: string, kind: string, value: string | number): string => `${recordId}\u0000${kind}\u0000${value}`;

const isDecision = (e: LogEntry): boolean => e.action === ACCEPT || e.action === REJECT;

/** The recommendation/kind/value keys decided on, for `decisionKey` lookups. */
export function decidedTags(log: readonly LogEntry[]): Set<string> {
  const keys = new Set<string>();
  for (const e of log) if (isDecision(e) && e.recordId !== null && e.field !== null && e.newValue !== null) keys.add(decisionKey(e.recordId, e.field, e.newValue));
  return keys;
}

/** IDs of the suggested clusters people rejected. */
export const rejectedClusters = (log: readonly LogEntry[]): Set<string> =>
  new Set(log.flatMap((e) => (e.action === REJECT && e.field === SUGGESTED_CLUSTER_FIELD && e.newValue !== null ? [e.newValue] : [])));

/** The analysis without the tag suggestions already decided on. */
export function withoutDecided(analysis: RecordAnalysis, log: readonly LogEntry[]): RecordAnalysis {
  const decided = decidedTags(log);
  if (decided.size === 0) return analysis;
  const suggestions = new Map<string, Suggestions>();
  for (const [id, s] of analysis.suggestions) {
    const open = <S extends { readonly value: string | number }>(kind: TagKind, list: readonly S[]): S[] => list.filter((x) => !decided.has(decisionKey(id, kind, x.value)));
    suggestions.set(id, { ...s, themes: open("themes", s.themes), sdgGoals: open("sdgGoals", s.sdgGoals), affectedPersons: open("affectedPersons", s.affectedPersons) });
  }
  return { ...analysis, suggestions };
}

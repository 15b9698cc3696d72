/** The analyzer's suggestions for one recommendation as the summary writes them (empty when analysis was off). */
import type { Suggestion } from "../analyze/suggestTags";
import type { RecordAnalysis } from "../track/analyzeRecords";
import type { LabelSuggestionsJson } from "./summarySchema";

const json = <T>(s: Suggestion<T>) => ({ value: s.value, score: s.score, reason: [...s.reason] });

export function labelSuggestions(id: string, analysis: RecordAnalysis | null): LabelSuggestionsJson {
  const s = analysis?.suggestions.get(id);
  const cluster = analysis?.clustering.clusterOf.get(id);
  return {
    themes: (s?.themes ?? []).map(json),
    affectedPersons: (s?.affectedPersons ?? []).map(json),
    sdgGoals: (s?.sdgGoals ?? []).map(json),
    sdgTargets: (s?.sdgTargets ?? []).map(json),
    uprInfoIssues: (s?.uprInfoIssues ?? []).map(json),
    actionCategory: s?.actionCategory ? json(s.actionCategory) : null,
    cluster: cluster ? { id: cluster.id, name: cluster.name } : null,
  };
}

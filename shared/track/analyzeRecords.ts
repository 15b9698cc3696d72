/** Tracking intelligence over a tracker's records: tag suggestions, planning clusters and repeat links, in one pass over the texts. */
import type { Analyzer } from "../analyze/analyzer";
import { clusterRecords, similarityVector, textIndex, type ClusterEdits, type Clustering, type SortedVector } from "../analyze/cluster";
import { defaultAnalyzer } from "../analyze/defaultAnalyzer";
import { linkRepeats, reviewedState, reviewOf, type Related } from "../analyze/repeat";
import { suggestTags, type Suggestions } from "../analyze/suggestTags";
import type { Recommendation } from "../model/tracker";

export interface RecordAnalysis {
  readonly suggestions: ReadonlyMap<string, Suggestions>;
  readonly clustering: Clustering;
  /** Links of each recommendation that has any, best first. */
  readonly related: ReadonlyMap<string, Related[]>;
}

export interface AnalyzeOptions {
  /** The previous run's recommendation → suggested cluster ID, so clusters keep their IDs. */
  readonly previousClusters?: ReadonlyMap<string, string>;
  readonly clusterEdits?: ClusterEdits;
  readonly analyzer?: Analyzer;
  /** Called as each step ends (tagging, then clustering, then linking), for progress or timing. */
  readonly onStep?: (step: "tagged" | "clustered" | "linked") => void;
}

export function analyzeRecords(records: readonly Recommendation[], opts: AnalyzeOptions = {}): RecordAnalysis {
  const analyzer = opts.analyzer ?? defaultAnalyzer();
  const suggestions = new Map<string, Suggestions>();
  const vectors: SortedVector[] = [];
  for (const rec of records) {
    // One vector per text, for the tagger and for similarity.
    const x = analyzer.vector(rec.text);
    suggestions.set(rec.id, suggestTags(rec, analyzer, x));
    vectors.push(similarityVector(x, rec.text));
  }
  opts.onStep?.("tagged");
  const states = records.map(reviewedState);
  const index = textIndex(vectors, states);
  const tag = interning();
  const clusterItems = records.map((rec) => ({ id: rec.id, text: rec.text, tags: tagsOf(rec, suggestions.get(rec.id)).map(tag) }));
  const clustering = clusterRecords(clusterItems, index, { previous: opts.previousClusters ?? new Map(), edits: opts.clusterEdits ?? {} });
  opts.onStep?.("clustered");
  const repeatItems = records.map((rec, i) => ({ id: rec.id, subject: states[i], review: reviewOf(rec) }));
  const related = linkRepeats(repeatItems, index.graph);
  opts.onStep?.("linked");
  return { suggestions, clustering, related };
}

/** One string per distinct value: records share a few hundred tags, and a copy of each per record would outweigh their vectors. */
function interning(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    const kept = seen.get(s);
    if (kept !== undefined) return kept;
    seen.set(s, s);
    return s;
  };
}

/** Labels a record carries and those suggested for it, namespaced so a theme and an issue of the same name stay apart. */
function tagsOf(rec: Recommendation, s: Suggestions | undefined): string[] {
  return [
    ...rec.themes.map((t) => `theme:${t}`),
    ...(s?.themes ?? []).map((t) => `theme:${t.value}`),
    ...rec.sdgGoals.map((g) => `sdg:${g}`),
    ...(s?.sdgGoals ?? []).map((g) => `sdg:${g.value}`),
    ...rec.affectedPersons.map((p) => `person:${p}`),
    ...(s?.uprInfoIssues ?? []).map((i) => `issue:${i.value}`),
  ];
}

/**
 * The suggestions a person reviews in the Clusters and tags view: the tracker's own clusters and the engine's,
 * each member with its related recommendations, and the tag suggestions no one has decided on yet.
 */
import type { Suggestions } from "../../analyze/suggestTags";
import { isTrackerWorkbook } from "../../import/trackerWorkbook";
import type { Recommendation } from "../../model/tracker";
import type { RecordAnalysis } from "../../track/analyzeRecords";
import { rejectedClusters } from "../../track/decidedSuggestions";
import { track, type TrackResult } from "../../track/track";
import { groupBy } from "./groupBy";
import type { ClusterMember, ReviewCluster, ReviewRequest, SuggestionReview, TagChoice, TagReview } from "./types";

/** Suggested clusters listed: the ones that group at least two recommendations, largest first. */
const SHOWN_CLUSTERS = 100;
/** Related recommendations listed under a member. */
const SHOWN_RELATED = 3;

/** The tracker in the workbook, analysed; null when there is none. */
export function analysedTracker(req: ReviewRequest): TrackResult | null {
  if (!isTrackerWorkbook(req.workbook)) return null;
  return track([req.workbook], { lang: req.lang, asOf: req.now.slice(0, 10), now: req.now, by: req.by, analyze: true });
}

export const trackerClusterId = (name: string): string => `tracker:${name}`;

export function reviewSuggestions(req: ReviewRequest): SuggestionReview | null {
  const result = analysedTracker(req);
  if (!result?.analysis) return null;
  const byId = new Map(result.recommendations.map((r) => [r.id as string, r]));
  const member = memberOf(byId, result.analysis);
  return {
    clusters: [...trackerClusters(result.recommendations, member), ...suggestedClusters(result, byId, member)],
    tags: tagReviews(result.recommendations, result.analysis.suggestions),
  };
}

function memberOf(byId: ReadonlyMap<string, Recommendation>, analysis: RecordAnalysis): (id: string) => ClusterMember | null {
  return (id) => {
    const rec = byId.get(id);
    if (!rec) return null;
    const related = (analysis.related.get(id) ?? []).slice(0, SHOWN_RELATED).flatMap((r) => {
      const other = byId.get(r.id);
      return other ? [{ id: r.id, text: other.text, score: r.score, kind: r.kind }] : [];
    });
    return { id, text: rec.text, cluster: rec.cluster, related };
  };
}

const present = <T>(list: readonly (T | null)[]): T[] => list.filter((x): x is T => x !== null);

/** The clusters people already gave the tracker, by name. */
function trackerClusters(records: readonly Recommendation[], member: (id: string) => ClusterMember | null): ReviewCluster[] {
  const byName = groupBy(records.filter((r) => r.cluster !== null && r.cluster.trim() !== ""), (r) => r.cluster!);
  return [...byName]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, recs]) => ({ id: trackerClusterId(name), name, origin: "tracker", members: present(recs.map((r) => member(r.id))) }));
}

/** The engine's clusters, except those rejected and those the tracker already has exactly. */
function suggestedClusters(result: TrackResult, byId: ReadonlyMap<string, Recommendation>, member: (id: string) => ClusterMember | null): ReviewCluster[] {
  const rejected = rejectedClusters(result.log);
  const alreadyOne = (ids: readonly string[]): boolean => {
    const names = new Set(ids.map((id) => byId.get(id)?.cluster ?? null));
    return names.size === 1 && !names.has(null);
  };
  return result.analysis!.clustering.clusters
    .filter((c) => c.members.length >= 2 && !rejected.has(c.id) && !alreadyOne(c.members))
    .slice(0, SHOWN_CLUSTERS)
    .map((c) => ({ id: c.id, name: c.name, origin: "suggested", members: present(c.members.map(member)) }));
}

function choicesOf(s: Suggestions): TagChoice[] {
  const choice = (kind: TagChoice["kind"]) => (x: { value: string | number; score: number; reason: readonly string[] }): TagChoice => ({ kind, value: String(x.value), score: x.score, reason: x.reason });
  return [...s.themes.map(choice("themes")), ...s.sdgGoals.map(choice("sdgGoals")), ...s.affectedPersons.map(choice("affectedPersons"))];
}

function tagReviews(records: readonly Recommendation[], suggestions: RecordAnalysis["suggestions"]): TagReview[] {
  const best = (r: TagReview): number => Math.max(...r.choices.map((c) => c.score));
  return records
    .flatMap((rec) => {
      const s = suggestions.get(rec.id);
      const choices = s ? choicesOf(s) : [];
      return choices.length === 0 ? [] : [{ id: rec.id, text: rec.text, choices }];
    })
    .sort((a, b) => best(b) - best(a));
}

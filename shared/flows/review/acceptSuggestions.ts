/** The tracker with the user's decisions on suggestions written in: cluster names, accepted tags, every decision logged. */
import type { LogEntry } from "../../model/log";
import type { Recommendation } from "../../model/tracker";
import { rollup } from "../../rollup/rollup";
import { ACCEPT, REJECT, SUGGESTED_CLUSTER_FIELD, withoutDecided } from "../../track/decidedSuggestions";
import type { WorkbookPlan } from "../../workbook/plan";
import { trackerPlan } from "../trackerPlan";
import { groupBy } from "./groupBy";
import { analysedTracker } from "./reviewSuggestions";
import type { Decisions, ReviewRequest, TagDecision } from "./types";

/** Null when the workbook has no tracker. Decisions on recommendations the tracker no longer has are ignored. */
export function acceptSuggestions(req: ReviewRequest & { readonly decisions: Decisions }): WorkbookPlan | null {
  const result = analysedTracker(req);
  if (!result) return null;
  const log = [...result.log];
  const entry = (action: string, recordId: string | null, field: string, oldValue: string | null, newValue: string): LogEntry =>
    ({ at: req.now, by: req.by, action, recordId, field, oldValue, newValue, note: null });

  const named = new Map(req.decisions.clusters.flatMap((c) => c.members.map((id) => [id, c.name.trim()] as const)).filter(([, name]) => name !== ""));
  const tagsOf = groupBy(req.decisions.tags, (d) => d.id);
  const recommendations = result.recommendations.map((rec) => {
    let next = rec;
    const name = named.get(rec.id);
    if (name !== undefined && name !== rec.cluster) {
      log.push(entry("update", rec.id, "cluster", rec.cluster, name));
      next = { ...next, cluster: name };
    }
    for (const d of tagsOf.get(rec.id) ?? []) {
      const decided = decide(next, d);
      if (!decided) continue;
      log.push(entry(d.accept ? ACCEPT : REJECT, rec.id, d.kind, null, d.value));
      next = decided;
    }
    return next;
  });
  for (const id of new Set(req.decisions.rejectedClusters)) log.push(entry(REJECT, null, SUGGESTED_CLUSTER_FIELD, null, id));
  const analysis = result.analysis && withoutDecided(result.analysis, log);
  return trackerPlan({ ...result, recommendations, log, analysis, rollups: rollup(recommendations, { asOf: req.now.slice(0, 10) }) }, req, req.workbook);
}

/** The record after the decision, or null when it changes nothing (already carried, or not a valid SDG goal). */
function decide(rec: Recommendation, d: TagDecision): Recommendation | null {
  if (!d.accept) return rec;
  if (d.kind === "sdgGoals") {
    const goal = Number(d.value);
    if (!Number.isInteger(goal) || goal < 1 || goal > 17 || rec.sdgGoals.includes(goal)) return null;
    return { ...rec, sdgGoals: [...rec.sdgGoals, goal].sort((a, b) => a - b) };
  }
  // The tracker's list cells split on ";", which some UHRI theme names contain ("Children: definition; general principles; protection").
  const value = d.value.trim().replace(/\s*;\s*/g, ", ");
  if (value === "" || rec[d.kind].includes(value)) return null;
  return { ...rec, [d.kind]: [...rec[d.kind], value] };
}

/**
 * Clusters for planning, in a pane: the clusters the engine suggests for the tracker's recommendations, and the
 * tracker with the clusters the user accepted (under the names they chose) written in its Cluster column.
 */
import type { SourceFile } from "../grid/grid";
import { readTrackerWorkbook } from "../import/trackerWorkbook";
import { rollup } from "../rollup/rollup";
import { track, type TrackResult } from "../track/track";
import type { WorkbookPlan } from "../workbook/plan";
import type { RunMeta } from "./convert";
import { trackerPlan } from "./trackerPlan";

export interface SuggestedCluster {
  readonly id: string;
  /** Named by its key terms; the user may rename it before accepting. */
  readonly name: string;
  readonly members: { readonly id: string; readonly text: string; readonly cluster: string | null }[];
}

export interface ClustersRequest extends RunMeta {
  readonly workbook: SourceFile;
}

/** Clusters a pane lists: the ones that group at least two recommendations, largest first. */
const SHOWN = 100;

function analysed(req: ClustersRequest): TrackResult | null {
  if (!readTrackerWorkbook(req.workbook)) return null;
  return track([req.workbook], { lang: req.lang, asOf: req.now.slice(0, 10), now: req.now, by: req.by, analyze: true });
}

/** Null when the workbook has no tracker yet. */
export function suggestClusters(req: ClustersRequest): SuggestedCluster[] | null {
  const result = analysed(req);
  if (!result?.analysis) return null;
  const byId = new Map(result.recommendations.map((r) => [r.id as string, r]));
  return result.analysis.clustering.clusters
    .filter((c) => c.members.length >= 2)
    .slice(0, SHOWN)
    .map((c) => ({
      id: c.id,
      name: c.name,
      members: c.members.flatMap((id) => {
        const rec = byId.get(id);
        return rec ? [{ id, text: rec.text, cluster: rec.cluster }] : [];
      }),
    }));
}

export interface AcceptedCluster {
  readonly name: string;
  readonly members: readonly string[];
}

/** The tracker with each accepted cluster's name in its members' Cluster column, each change logged. */
export function acceptClusters(req: ClustersRequest & { readonly accepted: readonly AcceptedCluster[] }): WorkbookPlan | null {
  const result = analysed(req);
  if (!result) return null;
  const named = new Map(req.accepted.flatMap((c) => c.members.map((id) => [id, c.name.trim()] as const)).filter(([, name]) => name !== ""));
  const log = [...result.log];
  const recommendations = result.recommendations.map((rec) => {
    const name = named.get(rec.id);
    if (name === undefined || name === rec.cluster) return rec;
    log.push({ at: req.now, by: req.by, action: "update", recordId: rec.id, field: "cluster", oldValue: rec.cluster, newValue: name, note: null });
    return { ...rec, cluster: name };
  });
  return trackerPlan({ ...result, recommendations, log, rollups: rollup(recommendations, { asOf: req.now.slice(0, 10) }) }, req);
}

/** What people changed in the computed clusters, kept as data and applied on top of every re-run. */

export interface ClusterEdits {
  /** Recommendation ID → the cluster it must stay in, whatever the computation says. */
  readonly pinned?: Readonly<Record<string, string>>;
  /** Cluster ID → the name people gave it. */
  readonly renamed?: Readonly<Record<string, string>>;
  /** [kept, absorbed]: the second cluster's members join the first. */
  readonly merged?: readonly (readonly [string, string])[];
  /** New cluster ID → the recommendations taken out of their cluster into it. */
  readonly split?: Readonly<Record<string, readonly string[]>>;
}

/** Applies merges, then splits, then pins (the most specific edit wins) to a recommendation → cluster assignment. */
export function applyClusterEdits(assignment: ReadonlyMap<string, string>, edits: ClusterEdits): Map<string, string> {
  const into = mergeTargets(edits.merged ?? []);
  const out = new Map<string, string>();
  for (const [rec, cluster] of assignment) out.set(rec, into(cluster));
  for (const [cluster, recs] of Object.entries(edits.split ?? {})) for (const rec of recs) if (out.has(rec)) out.set(rec, cluster);
  for (const [rec, cluster] of Object.entries(edits.pinned ?? {})) if (out.has(rec)) out.set(rec, into(cluster));
  return out;
}

/** Where a cluster ends up after all merges, following chains (a into b, b into c) and ignoring cycles. */
function mergeTargets(merged: readonly (readonly [string, string])[]): (cluster: string) => string {
  const parent = new Map<string, string>();
  for (const [kept, absorbed] of merged) if (kept !== absorbed) parent.set(absorbed, kept);
  return (cluster) => {
    const seen = new Set<string>();
    let c = cluster;
    while (parent.has(c) && !seen.has(c)) {
      seen.add(c);
      c = parent.get(c) as string;
    }
    return c;
  };
}

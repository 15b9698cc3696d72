/**
 * The Clusters and tags view's edits, before anything is written: merge, split and rename on the list it shows.
 * They only reshape the list; accepting a cluster is what writes its name in its members' Cluster column.
 */
import type { ClusterDecision, ClusterMember, ReviewCluster } from "./types";

/** The first of the clusters (in list order) takes the others' members, keeping its name. */
export function mergeClusters(list: readonly ReviewCluster[], ids: ReadonlySet<string>): ReviewCluster[] {
  const chosen = list.filter((c) => ids.has(c.id));
  const [kept] = chosen;
  if (!kept || chosen.length < 2) return [...list];
  const members = uniqueMembers(chosen.flatMap((c) => c.members));
  return list.flatMap((c) => (c === kept ? [{ ...kept, origin: "edited" as const, members }] : ids.has(c.id) ? [] : [c]));
}

/** The members picked leave their cluster for a new one, shown right after it. */
export function splitCluster(list: readonly ReviewCluster[], id: string, memberIds: ReadonlySet<string>, name: string): ReviewCluster[] {
  return list.flatMap((c) => {
    if (c.id !== id) return [c];
    const moved = c.members.filter((m) => memberIds.has(m.id));
    const kept = c.members.filter((m) => !memberIds.has(m.id));
    if (moved.length === 0 || kept.length === 0) return [c];
    return [{ ...c, members: kept }, { id: `split:${c.id}:${moved[0]!.id}`, name, origin: "edited" as const, members: moved }];
  });
}

export const renameCluster = (list: readonly ReviewCluster[], id: string, name: string): ReviewCluster[] => list.map((c) => (c.id === id ? { ...c, name } : c));

/** What accepting the ticked clusters writes. */
export const clusterDecisions = (list: readonly ReviewCluster[], ticked: ReadonlySet<string>): ClusterDecision[] =>
  list.filter((c) => ticked.has(c.id)).map((c) => ({ name: c.name, members: c.members.map((m) => m.id) }));

function uniqueMembers(members: readonly ClusterMember[]): ClusterMember[] {
  const seen = new Set<string>();
  return members.filter((m) => !seen.has(m.id) && Boolean(seen.add(m.id)));
}

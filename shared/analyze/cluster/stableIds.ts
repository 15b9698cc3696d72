/**
 * Cluster IDs that survive re-runs: a group takes the ID of the previous run's cluster it overlaps most
 * (Jaccard ≥ 0.5); a new group is named after its leader's recommendation ID, which does not move with input order.
 */
import { hash53 } from "../../import/hash";

const MIN_JACCARD = 0.5;

/** IDs for `groups` (lists of recommendation IDs, leader first), given the previous run's recommendation → cluster ID. */
export function stableClusterIds(groups: readonly (readonly string[])[], previous: ReadonlyMap<string, string>): string[] {
  const previousSize = new Map<string, number>();
  for (const c of previous.values()) previousSize.set(c, (previousSize.get(c) ?? 0) + 1);
  const ids: string[] = new Array<string>(groups.length);
  const taken = new Set<string>();
  const bySize = groups.map((_, g) => g).sort((a, b) => groups[b].length - groups[a].length || a - b);
  for (const g of bySize) {
    const match = bestMatch(groups[g], previous, previousSize, taken);
    if (match) {
      ids[g] = match;
      taken.add(match);
    }
  }
  for (const g of bySize) {
    if (ids[g] !== undefined) continue;
    let id = `C-${hash53(groups[g][0]).slice(-8)}`;
    for (let n = 2; taken.has(id) || previousSize.has(id); n++) id = `C-${hash53(groups[g][0], n).slice(-8)}`;
    ids[g] = id;
    taken.add(id);
  }
  return ids;
}

function bestMatch(members: readonly string[], previous: ReadonlyMap<string, string>, previousSize: ReadonlyMap<string, number>, taken: ReadonlySet<string>): string | null {
  const overlap = new Map<string, number>();
  for (const m of members) {
    const c = previous.get(m);
    if (c !== undefined && !taken.has(c)) overlap.set(c, (overlap.get(c) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestScore = MIN_JACCARD;
  for (const [c, common] of overlap) {
    const jaccard = common / (members.length + (previousSize.get(c) ?? 0) - common);
    if (jaccard > bestScore || (jaccard === bestScore && (best === null || c < best))) {
      best = c;
      bestScore = jaccard;
    }
  }
  return best;
}

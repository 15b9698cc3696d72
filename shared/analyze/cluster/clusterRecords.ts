/** Clusters of recommendations a person would plan under, from text similarity and shared tags, with people's edits on top. */
import { applyClusterEdits, type ClusterEdits } from "./clusterEdits";
import { clusterName } from "./clusterName";
import { groupByLeader, type Affinity } from "./groupByLeader";
import { stableClusterIds } from "./stableIds";
import type { TextIndex } from "./textIndex";

export interface ClusterItem {
  readonly id: string;
  readonly text: string;
  /** Labels it carries or is suggested (themes, SDGs, issues), any namespaced strings: shared tags pull texts together. */
  readonly tags: readonly string[];
}

export interface Cluster {
  readonly id: string;
  readonly name: string;
  /** Recommendation IDs, in input order. */
  readonly members: readonly string[];
}

export interface Clustering {
  /** Largest first. */
  readonly clusters: Cluster[];
  readonly clusterOf: ReadonlyMap<string, Cluster>;
  /** Exact similarities computed, neighbour search included: grows with the number of texts, not of pairs. */
  readonly comparisons: number;
}

export interface ClusterOptions {
  /** The previous run's recommendation → cluster ID, so clusters that barely changed keep their ID. */
  readonly previous?: ReadonlyMap<string, string>;
  readonly edits?: ClusterEdits;
  /** Similarity to a cluster's leader needed to join it. */
  readonly threshold?: number;
  /** How much fully shared tags raise the similarity of two texts: × (1 + tagBoost × Jaccard of their tags). */
  readonly tagBoost?: number;
}

const DEFAULT_THRESHOLD = 0.4;
const DEFAULT_TAG_BOOST = 1.5;

/** `index` must be built from `items`' texts, in the same order. */
export function clusterRecords(items: readonly ClusterItem[], index: TextIndex, opts: ClusterOptions = {}): Clustering {
  const ids = items.map((it) => it.id);
  const groups = groupByLeader(index.vectors, index.graph, tagAffinity(items, opts.tagBoost ?? DEFAULT_TAG_BOOST), opts.threshold ?? DEFAULT_THRESHOLD, ids);
  const members: string[][] = groups.leaders.map((l) => [ids[l]]);
  groups.groupOf.forEach((g, i) => {
    if (i !== groups.leaders[g]) members[g].push(ids[i]);
  });
  const clusterIds = stableClusterIds(members, opts.previous ?? new Map());
  const computed = new Map<string, string>();
  members.forEach((ms, g) => ms.forEach((m) => computed.set(m, clusterIds[g])));
  const assignment = applyClusterEdits(computed, opts.edits ?? {});
  const clusters = named(ids, assignment, index, opts.edits?.renamed ?? {});
  const clusterOf = new Map<string, Cluster>();
  for (const c of clusters) for (const m of c.members) clusterOf.set(m, c);
  return { clusters, clusterOf, comparisons: index.graph.comparisons + groups.comparisons };
}

/**
 * Shared tags raise the similarity of texts that already have words or concepts in common (the same ask in two
 * languages shares few words but all its tags); they never join texts with nothing in common.
 */
function tagAffinity(items: readonly ClusterItem[], tagBoost: number): Affinity {
  const tags = tagIds(items);
  return (a, b, cosine) => {
    const ta = tags[a];
    const tb = tags[b];
    if (ta.length === 0 || tb.length === 0) return cosine;
    let common = 0;
    for (let i = 0, j = 0; i < ta.length && j < tb.length; ) {
      if (ta[i] === tb[j]) {
        common++;
        i++;
        j++;
      } else if (ta[i] < tb[j]) i++;
      else j++;
    }
    const jaccard = common / (ta.length + tb.length - common);
    return cosine * (1 + tagBoost * jaccard);
  };
}

/** Each item's distinct tags as ascending numbers: a set of strings per text weighed more than the text's vector. */
function tagIds(items: readonly ClusterItem[]): Int32Array[] {
  const ids = new Map<string, number>();
  return items.map((it) => {
    const own = new Set<number>();
    for (const t of it.tags) {
      let id = ids.get(t);
      if (id === undefined) ids.set(t, (id = ids.size));
      own.add(id);
    }
    return Int32Array.from(own).sort();
  });
}

function named(ids: readonly string[], assignment: ReadonlyMap<string, string>, index: TextIndex, renamed: Readonly<Record<string, string>>): Cluster[] {
  const byCluster = new Map<string, number[]>();
  ids.forEach((id, i) => {
    const c = assignment.get(id) as string;
    const list = byCluster.get(c);
    if (list) list.push(i);
    else byCluster.set(c, [i]);
  });
  const clusters = [...byCluster].map(([id, ms]) => ({
    id,
    name: Object.hasOwn(renamed, id) ? renamed[id] : clusterName(ms, index.vectors),
    members: ms.map((i) => ids[i]),
  }));
  return clusters.sort((a, b) => b.members.length - a.members.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Groups texts around leaders: the most central unassigned text founds a group, and the group grows along
 * neighbour links, taking a text only when it is close to the leader itself (so groups never drift by chaining).
 */
import type { NeighbourGraph } from "./neighbours";
import { dot, type SortedVector } from "./sortedVector";

export interface LeaderGroups {
  /** Group number of each text. */
  readonly groupOf: Int32Array;
  /** Leader (text index) of each group. */
  readonly leaders: number[];
  /** Exact similarities computed while growing groups (at most one per neighbour link). */
  readonly comparisons: number;
}

/** Similarity used to join a group, from the text cosine and whatever else is known of the two texts. */
export type Affinity = (leader: number, other: number, cosine: number) => number;

export function groupByLeader(vectors: readonly SortedVector[], graph: NeighbourGraph, affinity: Affinity, threshold: number, ids: readonly string[]): LeaderGroups {
  const n = vectors.length;
  const groupOf = new Int32Array(n).fill(-1);
  const leaders: number[] = [];
  const tested = new Int32Array(n).fill(-1);
  const links = undirected(graph);
  let comparisons = 0;
  for (const leader of centralFirst(graph, ids)) {
    if (groupOf[leader] >= 0) continue;
    const group = leaders.length;
    leaders.push(leader);
    groupOf[leader] = group;
    tested[leader] = group;
    const queue = [leader];
    while (queue.length > 0) {
      const member = queue.pop() as number;
      for (const other of links[member]) {
        if (groupOf[other] >= 0 || tested[other] === group) continue;
        tested[other] = group;
        comparisons++;
        if (affinity(leader, other, dot(vectors[leader], vectors[other])) < threshold) continue;
        groupOf[other] = group;
        queue.push(other);
      }
    }
  }
  return { groupOf, leaders, comparisons };
}

/** Neighbour links both ways: a text that lists the leader is reachable from it even when the leader's own list is full. */
function undirected(graph: NeighbourGraph): number[][] {
  const links: number[][] = graph.neighbours.map((ns) => ns.map((x) => x.index));
  graph.neighbours.forEach((ns, i) => {
    for (const { index } of ns) links[index].push(i);
  });
  return links;
}

/** Texts by how much similarity they gather from their neighbours, most first; ties by ID so input order does not matter. */
function centralFirst(graph: NeighbourGraph, ids: readonly string[]): number[] {
  const weight = graph.neighbours.map((ns) => ns.reduce((s, x) => s + x.score, 0));
  return ids.map((_, i) => i).sort((a, b) => weight[b] - weight[a] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
}

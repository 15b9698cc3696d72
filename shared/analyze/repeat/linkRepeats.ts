/**
 * Links each recommendation to its near-identical and paraphrased counterparts, from the neighbour graph
 * (no all-pairs comparison): a "repeat" is the same ask again (near-identical, or a paraphrase in another
 * review or cycle); anything else close enough is "similar".
 */
import type { NeighbourGraph } from "../cluster";

export interface RepeatItem {
  readonly id: string;
  /** The State under review, when known: asks to different States are never linked. */
  readonly subject: string | null;
  /** Which review it was made in (mechanism, document, cycle): a paraphrase in another review is a repeat. */
  readonly review: string;
}

export type RelationKind = "repeat" | "similar";

export interface Related {
  readonly id: string;
  /** Cosine similarity of the texts, 0–1, rounded to 3 decimals. */
  readonly score: number;
  readonly kind: RelationKind;
}

export interface RepeatOptions {
  /** Least similarity to be linked at all. */
  readonly similar: number;
  /** Least similarity for a paraphrase in another review to be a repeat. */
  readonly paraphrase: number;
  /** Least similarity for near-identical texts, a repeat wherever they were made. */
  readonly identical: number;
  /** Links kept per recommendation, best first. */
  readonly maxLinks: number;
}

export const REPEAT_DEFAULTS: RepeatOptions = { similar: 0.5, paraphrase: 0.6, identical: 0.9, maxLinks: 10 };

/** Links by recommendation ID (both directions), for `items` in the order the graph was built from. */
export function linkRepeats(items: readonly RepeatItem[], graph: NeighbourGraph, opts: RepeatOptions = REPEAT_DEFAULTS): Map<string, Related[]> {
  const links = new Map<string, Map<string, Related>>();
  const add = (from: RepeatItem, to: RepeatItem, score: number, kind: RelationKind): void => {
    let bucket = links.get(from.id);
    if (!bucket) links.set(from.id, (bucket = new Map()));
    if (!bucket.has(to.id)) bucket.set(to.id, { id: to.id, score: Math.round(score * 1000) / 1000, kind });
  };
  graph.neighbours.forEach((ns, i) => {
    const a = items[i];
    for (const { index, score } of ns) {
      const b = items[index];
      if (score < opts.similar || a.id === b.id) continue;
      if (a.subject !== null && b.subject !== null && a.subject !== b.subject) continue;
      const kind = relationKind(a, b, score, opts);
      add(a, b, score, kind);
      add(b, a, score, kind);
    }
  });
  const out = new Map<string, Related[]>();
  for (const [id, bucket] of links) out.set(id, [...bucket.values()].sort(byScore).slice(0, opts.maxLinks));
  return out;
}

function relationKind(a: RepeatItem, b: RepeatItem, score: number, opts: RepeatOptions): RelationKind {
  if (score >= opts.identical) return "repeat";
  return score >= opts.paraphrase && a.review !== b.review ? "repeat" : "similar";
}

const byScore = (a: Related, b: Related): number => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

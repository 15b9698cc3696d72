/**
 * Each text's most similar texts without comparing all pairs: candidates come from an inverted index on their
 * features (blocking), and only the best few candidates per text are compared exactly, so the work grows linearly.
 */
import { DIMENSION, hashFeature } from "../features";
import { dot, type SortedVector } from "./sortedVector";

export interface Neighbour {
  /** Position of the neighbour in the input. */
  readonly index: number;
  /** Cosine similarity of the two texts, 0–1. */
  readonly score: number;
}

export interface NeighbourGraph {
  /** Per text, its neighbours, best first. Not symmetric: each text keeps its own best. */
  readonly neighbours: readonly (readonly Neighbour[])[];
  /** Exact similarities computed: at most `candidates` per text, never the number of pairs. */
  readonly comparisons: number;
}

export interface NeighbourOptions {
  /** Longest posting list kept per index key; a common feature keeps its first texts (hubs) and a list per group. */
  readonly maxPosting: number;
  /** Heaviest features of a text used to look up candidates. */
  readonly queryTerms: number;
  /** Candidates per text compared exactly. */
  readonly candidates: number;
  /** Neighbours kept per text. */
  readonly keep: number;
  readonly minScore: number;
}

export const NEIGHBOUR_DEFAULTS: NeighbourOptions = { maxPosting: 48, queryTerms: 10, candidates: 16, keep: 10, minScore: 0.1 };

/** Every text's index keys in flat arrays (one per text would weigh more than the keys): text i's, heaviest first, are key[start[i] .. start[i + 1]). */
interface Keys {
  readonly start: Int32Array;
  readonly key: Int32Array;
  readonly weight: Float32Array;
}

/** Posting lists in one flat array: the texts of key k are docs[start[k] .. start[k + 1]). */
interface Postings {
  readonly start: Uint32Array;
  readonly docs: Int32Array;
  readonly weights: Float32Array;
}

/**
 * `groups` (e.g. the State under review) give common features a posting list per group, so that texts
 * repeated by many States are still found within each State.
 */
export function nearestNeighbours(
  vectors: readonly SortedVector[],
  groups: readonly (string | null)[] | null,
  opts: NeighbourOptions = NEIGHBOUR_DEFAULTS,
): NeighbourGraph {
  const df = documentFrequency(vectors);
  const keys = blockingKeys(vectors, groups, df, opts.maxPosting);
  const postings = index(keys, opts.maxPosting);
  // Scratch space reused from text to text (it only grows): the partial dot products, and the texts they were accumulated for.
  const acc = new Float64Array(vectors.length);
  const touched: number[] = [];
  const neighbours: Neighbour[][] = [];
  let comparisons = 0;
  for (let i = 0; i < vectors.length; i++) {
    const candidates = bestCandidates(i, keys, opts.queryTerms, postings, acc, touched, opts.candidates);
    comparisons += candidates.length;
    neighbours.push(closest(vectors, i, candidates, opts));
  }
  return { neighbours, comparisons };
}

function closest(sorted: readonly SortedVector[], i: number, candidates: readonly number[], opts: NeighbourOptions): Neighbour[] {
  const found: Neighbour[] = [];
  for (const j of candidates) {
    const score = dot(sorted[i], sorted[j]);
    if (score >= opts.minScore) found.push({ index: j, score: Math.min(1, score) });
  }
  return found.sort((a, b) => b.score - a.score || a.index - b.index).slice(0, opts.keep);
}

function documentFrequency(vectors: readonly SortedVector[]): Uint32Array {
  const df = new Uint32Array(DIMENSION);
  for (const v of vectors) for (const f of v.index) df[f]++;
  return df;
}

/** Features no other text has are useless for blocking and left out; a common feature also gets a key in its group. */
function blockingKeys(vectors: readonly SortedVector[], groups: readonly (string | null)[] | null, df: Uint32Array, maxPosting: number): Keys {
  const start = new Int32Array(vectors.length + 1);
  vectors.forEach((v, i) => {
    let n = 0;
    for (const f of v.index) if (df[f] >= 2) n += df[f] > maxPosting && groups?.[i] != null ? 2 : 1;
    start[i + 1] = start[i] + n;
  });
  const key = new Int32Array(start[vectors.length]);
  const weight = new Float32Array(key.length);
  const order: number[] = [];
  vectors.forEach((v, i) => {
    const group = groups?.[i] ?? null;
    order.length = 0;
    for (let k = 0; k < v.index.length; k++) if (df[v.index[k]] >= 2) order.push(k);
    order.sort((a, b) => v.value[b] - v.value[a] || v.index[a] - v.index[b]);
    let at = start[i];
    for (const k of order) {
      const f = v.index[k];
      key[at] = f;
      weight[at++] = v.value[k];
      if (df[f] <= maxPosting || group === null) continue;
      key[at] = DIMENSION + hashFeature(`${f}|${group}`);
      weight[at++] = v.value[k];
    }
  });
  return { start, key, weight };
}

/** Keys are below 2 × DIMENSION (features, then features within a group); each list keeps its first `maxPosting` texts. */
function index(keys: Keys, maxPosting: number): Postings {
  const count = new Uint32Array(2 * DIMENSION + 1);
  for (let n = 0; n < keys.key.length; n++) if (count[keys.key[n]] < maxPosting) count[keys.key[n]]++;
  const start = new Uint32Array(2 * DIMENSION + 1);
  for (let k = 1; k <= 2 * DIMENSION; k++) start[k] = start[k - 1] + count[k - 1];
  const docs = new Int32Array(start[2 * DIMENSION]);
  const weights = new Float32Array(docs.length);
  // The counts are done with once the lists are laid out: their array is reused for how full each list is.
  const filled = count.fill(0);
  for (let i = 0; i + 1 < keys.start.length; i++) {
    for (let n = keys.start[i]; n < keys.start[i + 1]; n++) {
      const k = keys.key[n];
      if (start[k] + filled[k] >= start[k + 1]) continue;
      docs[start[k] + filled[k]] = i;
      weights[start[k] + filled[k]] = keys.weight[n];
      filled[k]++;
    }
  }
  return { start, docs, weights };
}

/** Texts sharing the heaviest keys of text i, ranked by the part of the dot product those keys give; the best `limit`. */
function bestCandidates(i: number, keys: Keys, queryTerms: number, postings: Postings, acc: Float64Array, touched: number[], limit: number): number[] {
  const { start, docs, weights } = postings;
  let count = 0;
  for (let n = keys.start[i], used = 0; n < keys.start[i + 1] && used < queryTerms; n++) {
    const k = keys.key[n];
    // A feature and its group key count as one query term.
    if (k < DIMENSION) used++;
    for (let p = start[k]; p < start[k + 1]; p++) {
      const j = docs[p];
      if (j === i) continue;
      if (acc[j] === 0) touched[count++] = j;
      acc[j] += keys.weight[n] * weights[p];
    }
  }
  const best = count <= limit ? touched.slice(0, count) : topBy(touched, count, acc, limit);
  for (let t = 0; t < count; t++) acc[touched[t]] = 0;
  return best;
}

/** The `limit` of the first `count` items with the highest `score`, ties to the lower index (deterministic). */
function topBy(items: readonly number[], count: number, score: Float64Array, limit: number): number[] {
  const better = (a: number, b: number): boolean => score[a] > score[b] || (score[a] === score[b] && a < b);
  const best: number[] = [];
  for (let t = 0; t < count; t++) {
    const j = items[t];
    if (best.length === limit && !better(j, best[limit - 1])) continue;
    let at = best.length === limit ? limit - 1 : best.length;
    while (at > 0 && better(j, best[at - 1])) {
      best[at] = best[at - 1];
      at--;
    }
    best[at] = j;
  }
  return best;
}

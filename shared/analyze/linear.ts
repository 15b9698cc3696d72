/** A compact one-vs-rest linear model over hashed features: per-label sparse weights, bias and decision threshold. */
import type { SparseVector } from "./features";
import { featureRows, type FeatureRows } from "./featureRows";

/** One label's weights: a sparse map from feature index to weight, a bias and the score threshold to suggest it. */
export interface LabelWeights {
  readonly label: string;
  readonly bias: number;
  readonly threshold: number;
  readonly weights: ReadonlyMap<number, number>;
}

/** A label suggested for a text: its probability-like score (0–1) and the words that pushed it most. */
export interface Prediction {
  readonly label: string;
  readonly score: number;
  readonly reason: string[];
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** A tagger compiled for speed: for each feature, the labels that weigh it, in flat arrays (one table look-up per feature of a text). */
export interface CompiledTagger {
  /** Each label's name, bias and threshold, in the model's label order (its weights are only in the flat arrays below). */
  readonly labelNames: readonly string[];
  readonly bias: Float64Array;
  readonly threshold: Float64Array;
  readonly rows: FeatureRows;
  /** Row r weighs labels[start[r]] … labels[start[r + 1] - 1] (ascending label order) by the same positions of `weights`. */
  readonly start: Int32Array;
  readonly labels: Int32Array;
  readonly weights: Float64Array;
}

export function compileTagger(models: readonly LabelWeights[]): CompiledTagger {
  const rowOf = new Map<number, number>();
  const count: number[] = [];
  for (const m of models) {
    for (const f of m.weights.keys()) {
      const r = rowOf.get(f);
      if (r === undefined) {
        rowOf.set(f, count.length);
        count.push(1);
      } else count[r]++;
    }
  }
  const start = new Int32Array(count.length + 1);
  for (let r = 0; r < count.length; r++) start[r + 1] = start[r] + count[r];
  const next = start.slice(0, count.length);
  const labels = new Int32Array(start[count.length]);
  const weights = new Float64Array(labels.length);
  models.forEach((m, k) => {
    for (const [f, w] of m.weights) {
      const at = next[rowOf.get(f) as number]++;
      labels[at] = k;
      weights[at] = w;
    }
  });
  return {
    labelNames: models.map((m) => m.label),
    bias: Float64Array.from(models, (m) => m.bias),
    threshold: Float64Array.from(models, (m) => m.threshold),
    rows: featureRows([...rowOf.keys()]),
    start,
    labels,
    weights,
  };
}

/** The tagger's row of each feature of x (-1 where it weighs none): margins and reasons both walk them. */
function rowsOf(tagger: CompiledTagger, x: SparseVector): Int32Array {
  const rows = new Int32Array(x.index.length);
  for (let i = 0; i < rows.length; i++) rows[i] = tagger.rows.row(x.index[i]);
  return rows;
}

/** Every label's margin on x, in the model's label order. */
export const margins = (tagger: CompiledTagger, x: SparseVector): Float64Array => marginsAt(tagger, x, rowsOf(tagger, x));

function marginsAt(tagger: CompiledTagger, x: SparseVector, rows: Int32Array): Float64Array {
  const { start, labels, weights } = tagger;
  const z = tagger.bias.slice();
  for (let i = 0; i < x.index.length; i++) {
    const r = rows[i];
    if (r < 0) continue;
    const v = x.value[i];
    for (let j = start[r]; j < start[r + 1]; j++) z[labels[j]] += weights[j] * v;
  }
  return z;
}

/** Scores of every label, as sigmoid(margin), in the model's label order. */
export function scores(tagger: CompiledTagger, x: SparseVector): number[] {
  return Array.from(margins(tagger, x), sigmoid);
}

/**
 * Names of the features that contributed most to label k's score (positive contributions only), each name once:
 * a running top `limit` of names by their best contribution (the first of equal ones), as sorting every
 * contribution of every suggested label cost more than scoring.
 */
function reasons(tagger: CompiledTagger, k: number, x: SparseVector, rows: Int32Array, limit = 3): string[] {
  const { start, labels, weights } = tagger;
  const names: string[] = [];
  const best: number[] = [];
  for (let i = 0; i < x.index.length; i++) {
    const r = rows[i];
    if (r < 0) continue;
    let j = start[r];
    while (j < start[r + 1] && labels[j] < k) j++;
    if (j === start[r + 1] || labels[j] !== k) continue;
    const c = weights[j] * x.value[i];
    if (c > 0) keepTop(names, best, x.name[i], c, limit);
  }
  return names;
}

/** Puts `name` with contribution c into the top list (best first) when it beats an entry, keeping each name's best only. */
function keepTop(names: string[], best: number[], name: string, c: number, limit: number): void {
  let at = names.indexOf(name);
  if (at >= 0 && c <= best[at]) return;
  if (at < 0 && names.length === limit && c <= best[limit - 1]) return;
  // Room is made at the entry it replaces (its own or the last), then it moves up past the lesser entries.
  if (at < 0) at = Math.min(names.length, limit - 1);
  while (at > 0 && c > best[at - 1]) {
    names[at] = names[at - 1];
    best[at] = best[at - 1];
    at--;
  }
  names[at] = name;
  best[at] = c;
}

/**
 * Multi-label prediction: labels whose score passes their threshold, best first; with `atLeastOne` the best
 * label is returned even when none passes (every recommendation has at least one issue).
 */
export function predictLabels(tagger: CompiledTagger, x: SparseVector, atLeastOne: boolean): Prediction[] {
  const { labelNames, threshold } = tagger;
  const rows = rowsOf(tagger, x);
  const s = marginsAt(tagger, x, rows);
  for (let i = 0; i < s.length; i++) s[i] = sigmoid(s[i]);
  const picked: number[] = [];
  let best = -1;
  for (let i = 0; i < labelNames.length; i++) {
    if (s[i] >= threshold[i]) picked.push(i);
    if (best < 0 || s[i] - threshold[i] > s[best] - threshold[best]) best = i;
  }
  if (picked.length === 0 && atLeastOne && best >= 0) picked.push(best);
  picked.sort((a, b) => s[b] - s[a]);
  return picked.map((i) => ({ label: labelNames[i], score: s[i], reason: reasons(tagger, i, x, rows) }));
}

/** Single-label prediction: the label with the highest margin. */
export function predictOne(tagger: CompiledTagger, x: SparseVector): Prediction {
  const rows = rowsOf(tagger, x);
  const z = marginsAt(tagger, x, rows);
  let best = 0;
  for (let i = 1; i < z.length; i++) if (z[i] > z[best]) best = i;
  const bestZ = z[best];
  return { label: tagger.labelNames[best], score: sigmoid(bestZ), reason: reasons(tagger, best, x, rows) };
}

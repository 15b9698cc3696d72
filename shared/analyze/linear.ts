/** A compact one-vs-rest linear model over hashed features: per-label sparse weights, bias and decision threshold. */
import type { SparseVector } from "./features";

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

/** Names of the features that contributed most to the label's score (positive contributions only). */
export function reasons(model: LabelWeights, x: SparseVector, limit = 3): string[] {
  const parts: [string, number][] = [];
  for (let i = 0; i < x.index.length; i++) {
    const w = model.weights.get(x.index[i]);
    if (w !== undefined && w * x.value[i] > 0) parts.push([x.name[i], w * x.value[i]]);
  }
  parts.sort((a, b) => b[1] - a[1]);
  const out: string[] = [];
  for (const [n] of parts) if (!out.includes(n) && out.length < limit) out.push(n);
  return out;
}

/** A tagger compiled for speed: for each feature, the labels that weigh it (one map look-up per feature of a text). */
export interface CompiledTagger {
  readonly models: readonly LabelWeights[];
  readonly byFeature: ReadonlyMap<number, { labels: Int32Array; weights: Float64Array }>;
}

export function compileTagger(models: readonly LabelWeights[]): CompiledTagger {
  const lists = new Map<number, [number[], number[]]>();
  models.forEach((m, k) => {
    for (const [f, w] of m.weights) {
      let l = lists.get(f);
      if (!l) lists.set(f, (l = [[], []]));
      l[0].push(k);
      l[1].push(w);
    }
  });
  const byFeature = new Map<number, { labels: Int32Array; weights: Float64Array }>();
  for (const [f, [ls, ws]] of lists) byFeature.set(f, { labels: Int32Array.from(ls), weights: Float64Array.from(ws) });
  return { models, byFeature };
}

/** Every label's margin on x, in the model's label order. */
export function margins(tagger: CompiledTagger, x: SparseVector): Float64Array {
  const z = Float64Array.from(tagger.models, (m) => m.bias);
  for (let i = 0; i < x.index.length; i++) {
    const cell = tagger.byFeature.get(x.index[i]);
    if (cell === undefined) continue;
    const v = x.value[i];
    for (let j = 0; j < cell.labels.length; j++) z[cell.labels[j]] += cell.weights[j] * v;
  }
  return z;
}

/** Scores of every label, as sigmoid(margin), in the model's label order. */
export function scores(tagger: CompiledTagger, x: SparseVector): number[] {
  return Array.from(margins(tagger, x), sigmoid);
}

/**
 * Multi-label prediction: labels whose score passes their threshold, best first; with `atLeastOne` the best
 * label is returned even when none passes (every recommendation has at least one issue).
 */
export function predictLabels(tagger: CompiledTagger, x: SparseVector, atLeastOne: boolean): Prediction[] {
  const models = tagger.models;
  const s = scores(tagger, x);
  const picked: number[] = [];
  let best = -1;
  for (let i = 0; i < models.length; i++) {
    if (s[i] >= models[i].threshold) picked.push(i);
    if (best < 0 || s[i] - models[i].threshold > s[best] - models[best].threshold) best = i;
  }
  if (picked.length === 0 && atLeastOne && best >= 0) picked.push(best);
  picked.sort((a, b) => s[b] - s[a]);
  return picked.map((i) => ({ label: models[i].label, score: s[i], reason: reasons(models[i], x) }));
}

/** Single-label prediction: the label with the highest margin. */
export function predictOne(tagger: CompiledTagger, x: SparseVector): Prediction {
  const models = tagger.models;
  const z = margins(tagger, x);
  let best = 0;
  for (let i = 1; i < z.length; i++) if (z[i] > z[best]) best = i;
  const bestZ = z[best];
  return { label: models[best].label, score: sigmoid(bestZ), reason: reasons(models[best], x) };
}

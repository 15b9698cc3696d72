/** Trains one-vs-rest logistic regressions by SGD (deterministic: the shuffle seed is an argument) and prunes them. */
import { DIMENSION, type RawFeatures, type SparseVector } from "./features";
import type { LabelWeights } from "./linear";

export interface TrainOptions {
  readonly epochs: number;
  /** L2 regularisation strength. */
  readonly lambda: number;
  /** Seed of the deterministic shuffle. */
  readonly seed: number;
  /** Largest weight given to a positive example of a rare label (balances classes up to this factor). */
  readonly maxPositiveWeight: number;
  /** Weights kept per label (the largest in magnitude). */
  readonly keepPerLabel: number;
  /** The weights shipped are the average of the end-of-epoch weights from this epoch on (epoch-level averaged SGD). */
  readonly averageFrom: number;
  /** Naive Bayes log-count-ratio scaling of features (NBSVM) with this smoothing; 0 = off. */
  readonly nbAlpha: number;
}

export const DEFAULT_TRAIN: TrainOptions = { epochs: 8, lambda: 1e-5, seed: 7, maxPositiveWeight: 3, keepPerLabel: 4000, averageFrom: 1e9, nbAlpha: 0 };

/** Inverse document frequencies, smoothed: log((1 + n) / (1 + df)) + 1, for features seen in at least `minDf` texts. */
export function inverseDocumentFrequencies(raws: readonly RawFeatures[], minDf = 2): Map<number, number> {
  const df = new Map<number, number>();
  for (const raw of raws) for (const f of raw.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const idf = new Map<number, number>();
  for (const [f, n] of df) if (n >= minDf) idf.set(f, Math.log((1 + raws.length) / (1 + n)) + 1);
  return idf;
}

function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function shuffled(n: number, rand: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/**
 * NBSVM's per-feature log-count ratios (Wang & Manning 2012): how much more a feature weighs in the label's texts
 * than in the others, smoothed by alpha. Scaling features by them before the regression lets a few thousand
 * training texts per label pick out their telling words (features seen in no text keep a neutral 1).
 */
function logCountRatios(xs: readonly SparseVector[], ys: Uint8Array, alpha: number): Float32Array {
  const p = new Float32Array(DIMENSION);
  const q = new Float32Array(DIMENSION);
  let sp = 0, sq = 0;
  xs.forEach((x, d) => {
    const acc = ys[d] ? p : q;
    let sum = 0;
    for (let i = 0; i < x.index.length; i++) {
      acc[x.index[i]] += x.value[i];
      sum += x.value[i];
    }
    if (ys[d]) sp += sum;
    else sq += sum;
  });
  const r = new Float32Array(DIMENSION);
  for (let i = 0; i < DIMENSION; i++) r[i] = p[i] === 0 && q[i] === 0 ? 1 : Math.log((p[i] + alpha) / (sp + alpha)) - Math.log((q[i] + alpha) / (sq + alpha));
  return r;
}

/** Trains one label's weights on xs with 0/1 targets ys (Pegasos-style scaled SGD on the logistic loss). */
function trainLabel(xs: readonly SparseVector[], ys: Uint8Array, opts: TrainOptions): { w: Float32Array; bias: number } {
  const v = new Float32Array(DIMENSION);
  let scale = 1;
  let bias = 0;
  const positives = ys.reduce((a, b) => a + b, 0);
  const posWeight = Math.min(opts.maxPositiveWeight, Math.max(1, Math.sqrt((ys.length - positives) / Math.max(1, positives))));
  const rand = lcg(opts.seed);
  const r = opts.nbAlpha > 0 ? logCountRatios(xs, ys, opts.nbAlpha) : null;
  let t = 0;
  const avg = new Float32Array(opts.averageFrom < opts.epochs ? DIMENSION : 0);
  let avgBias = 0;
  let averaged = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const d of shuffled(xs.length, rand)) {
      const x = xs[d];
      const lr = 1 / (opts.lambda * (t++ + 1 / (opts.lambda * 0.5)));
      let z = bias;
      for (let i = 0; i < x.index.length; i++) z += v[x.index[i]] * scale * x.value[i] * (r ? r[x.index[i]] : 1);
      const y = ys[d];
      const g = (1 / (1 + Math.exp(-z)) - y) * (y ? posWeight : 1);
      scale *= 1 - lr * opts.lambda;
      if (scale < 1e-6) {
        for (let i = 0; i < DIMENSION; i++) v[i] *= scale;
        scale = 1;
      }
      if (g !== 0) {
        for (let i = 0; i < x.index.length; i++) v[x.index[i]] -= (lr * g * x.value[i] * (r ? r[x.index[i]] : 1)) / scale;
        bias -= lr * g * 0.1;
      }
    }
    if (epoch >= opts.averageFrom) {
      for (let i = 0; i < DIMENSION; i++) avg[i] += v[i] * scale;
      avgBias += bias;
      averaged++;
    }
  }
  // The ratios are folded into the weights, so the shipped model scores plain features.
  const w = averaged > 0 ? avg : v;
  const factor = averaged > 0 ? 1 / averaged : scale;
  for (let i = 0; i < DIMENSION; i++) w[i] *= factor * (r ? r[i] : 1);
  return { w, bias: averaged > 0 ? avgBias / averaged : bias };
}

/** Keeps the `keep` largest weights (in magnitude) above `floor`, rounded to 3 decimals. */
function prune(w: Float32Array, keep: number, floor = 1e-3): Map<number, number> {
  const nz: number[] = [];
  for (let i = 0; i < w.length; i++) if (Math.abs(w[i]) >= floor) nz.push(i);
  nz.sort((a, b) => Math.abs(w[b]) - Math.abs(w[a]));
  const out = new Map<number, number>();
  for (const i of nz.slice(0, keep)) out.set(i, Math.round(w[i] * 1000) / 1000);
  return out;
}

/** One-vs-rest models for every label of `labels`, from vectors xs and each text's gold label set. */
export function trainOneVsRest(xs: readonly SparseVector[], gold: readonly (readonly string[])[], labels: readonly string[], opts: TrainOptions = DEFAULT_TRAIN): LabelWeights[] {
  return labels.map((label, k) => {
    const ys = Uint8Array.from(gold, (g) => (g.includes(label) ? 1 : 0));
    const { w, bias } = trainLabel(xs, ys, { ...opts, seed: opts.seed + k });
    return { label, bias: Math.round(bias * 1000) / 1000, threshold: 0.5, weights: prune(w, opts.keepPerLabel) };
  });
}

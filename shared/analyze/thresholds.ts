/** Tunes each label's decision threshold for F1 on held-out texts (rare labels fall back to the best global one). */
import type { SparseVector } from "./features";
import { compileTagger, scores, type LabelWeights } from "./linear";

const CANDIDATES = Array.from({ length: 19 }, (_, i) => 0.05 + i * 0.05);

/** The models with thresholds that maximise F1 per label on (xs, gold); labels with fewer than `minPositives` get the global one; `blend` pulls each towards the global one. */
export function tuneThresholds(models: readonly LabelWeights[], xs: readonly SparseVector[], gold: readonly (readonly string[])[], minPositives = 8, blend = 0.5): LabelWeights[] {
  const tagger = compileTagger(models);
  const s = xs.map((x) => scores(tagger, x));
  const counts = (k: number, t: number): [number, number, number] => {
    let tp = 0, fp = 0, fn = 0;
    for (let d = 0; d < xs.length; d++) {
      const y = gold[d].includes(models[k].label);
      const p = s[d][k] >= t;
      if (p && y) tp++;
      else if (p) fp++;
      else if (y) fn++;
    }
    return [tp, fp, fn];
  };
  const micro = (t: number): number => {
    let tp = 0, fp = 0, fn = 0;
    models.forEach((_, k) => {
      const c = counts(k, t);
      tp += c[0]; fp += c[1]; fn += c[2];
    });
    return (2 * tp) / Math.max(1, 2 * tp + fp + fn);
  };
  const global = CANDIDATES.reduce((a, b) => (micro(b) > micro(a) ? b : a));
  return models.map((m, k) => {
    const positives = gold.filter((g) => g.includes(m.label)).length;
    if (positives < minPositives) return { ...m, threshold: global };
    let best = global;
    let bestF = -1;
    for (const t of CANDIDATES) {
      const [tp, fp, fn] = counts(k, t);
      const f = (2 * tp) / Math.max(1, 2 * tp + fp + fn);
      if (f > bestF + 1e-9) [best, bestF] = [t, f];
    }
    return { ...m, threshold: best * (1 - blend) + global * blend };
  });
}

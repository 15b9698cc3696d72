/** Tunes each label's decision threshold for F1 on held-out texts (rare labels fall back to the best global one). */
import type { LabelWeights } from "./linear";

const CANDIDATES = Array.from({ length: 19 }, (_, i) => 0.05 + i * 0.05);

/**
 * The models with thresholds that maximise F1 per label, given held-out texts' scores `s` (per text, in the models'
 * label order) and gold labels; labels with fewer than `minPositives` get the global one; `blend` pulls each towards it.
 */
export function tuneThresholds(models: readonly LabelWeights[], s: readonly (readonly number[])[], gold: readonly (readonly string[])[], minPositives = 8, blend = 0.5): LabelWeights[] {
  const counts = (k: number, t: number): [number, number, number] => {
    let tp = 0, fp = 0, fn = 0;
    for (let d = 0; d < s.length; d++) {
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

const OFFSETS = Array.from({ length: 41 }, (_, i) => -1 + i * 0.05);

/**
 * Single-label: shifts each label's bias so that the highest margin is right as often as possible on held-out
 * margins `z` (per text, in the models' label order) with gold labels: one-vs-rest margins are not calibrated
 * against each other. Coordinate ascent, two rounds; ties keep the smaller shift.
 */
export function tuneBiases(models: readonly LabelWeights[], z: readonly Float64Array[], gold: readonly string[]): LabelWeights[] {
  const index = new Map(models.map((m, k) => [m.label, k]));
  const y = gold.map((g) => index.get(g) ?? -1);
  const shift = new Float64Array(models.length);
  const accuracy = (): number => {
    let right = 0;
    z.forEach((m, d) => {
      let best = 0;
      for (let k = 1; k < m.length; k++) if (m[k] + shift[k] > m[best] + shift[best]) best = k;
      if (best === y[d]) right++;
    });
    return right;
  };
  for (let round = 0; round < 2; round++) {
    for (let k = 0; k < models.length; k++) {
      let best = shift[k];
      let bestRight = accuracy();
      for (const o of OFFSETS) {
        shift[k] = o;
        const right = accuracy();
        if (right > bestRight || (right === bestRight && Math.abs(o) < Math.abs(best))) [best, bestRight] = [o, right];
      }
      shift[k] = best;
    }
  }
  return models.map((m, k) => ({ ...m, bias: Math.round((m.bias + shift[k]) * 1000) / 1000 }));
}

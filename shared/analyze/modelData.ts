/** The shipped model's data shape (plain JSON) and its conversion to and from runtime label weights. */
import type { LabelWeights } from "./linear";

/** One tagger: labels with bias, threshold and sparse weights flattened as [feature, weight, feature, weight, …]. */
export interface TaggerData {
  readonly labels: string[];
  readonly bias: number[];
  readonly threshold: number[];
  readonly weights: number[][];
}

/** Every tagger of the analyzer, with the IDF table flattened as [feature, round(idf × 100), …]. */
export interface AnalyzeModelData {
  readonly version: 1;
  readonly defaultIdf: number;
  readonly idf: number[];
  readonly issues: TaggerData;
  readonly action: TaggerData;
  readonly sdgGoals: TaggerData;
  readonly themes: TaggerData;
}

export function encodeTagger(models: readonly LabelWeights[]): TaggerData {
  return {
    labels: models.map((m) => m.label),
    bias: models.map((m) => m.bias),
    threshold: models.map((m) => Math.round(m.threshold * 1000) / 1000),
    weights: models.map((m) => [...m.weights].sort((a, b) => a[0] - b[0]).flat()),
  };
}

export function decodeTagger(data: TaggerData): LabelWeights[] {
  return data.labels.map((label, k) => {
    const flat = data.weights[k];
    const weights = new Map<number, number>();
    for (let i = 0; i + 1 < flat.length; i += 2) weights.set(flat[i], flat[i + 1]);
    return { label, bias: data.bias[k], threshold: data.threshold[k], weights };
  });
}

export function encodeIdf(idf: ReadonlyMap<number, number>): number[] {
  return [...idf].sort((a, b) => a[0] - b[0]).flatMap(([f, v]) => [f, Math.round(v * 100)]);
}

export function decodeIdf(flat: readonly number[]): Map<number, number> {
  const idf = new Map<number, number>();
  for (let i = 0; i + 1 < flat.length; i += 2) idf.set(flat[i], flat[i + 1] / 100);
  return idf;
}

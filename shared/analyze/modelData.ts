/** The shipped model's data shape (plain JSON with packed integer lists) and its conversion to and from runtime label weights. */
import type { LabelWeights } from "./linear";
import { packIntegers, unpackIntegers } from "./packed";

/** One tagger: labels with bias, threshold and sparse weights, each label's packed as [feature gap, weight × 1000, …]. */
export interface TaggerData {
  readonly labels: string[];
  readonly bias: number[];
  readonly threshold: number[];
  readonly weights: string[];
}

/** Every tagger of the analyzer, with the IDF table packed as [feature gap, round(idf × 100), …]. */
export interface AnalyzeModelData {
  readonly version: 2;
  readonly defaultIdf: number;
  readonly idf: string;
  readonly issues: TaggerData;
  readonly action: TaggerData;
  readonly sdgGoals: TaggerData;
  readonly themes: TaggerData;
  readonly affectedPersons: TaggerData;
}

/** Pairs sorted by key, packed with the key as its gap from the previous one (gaps are small, so they take few bytes). */
function packPairs(pairs: Iterable<readonly [number, number]>, scale: number): string {
  let previous = 0;
  const flat: number[] = [];
  for (const [key, value] of [...pairs].sort((a, b) => a[0] - b[0])) {
    flat.push(key - previous, Math.round(value * scale));
    previous = key;
  }
  return packIntegers(flat);
}

function unpackPairs(text: string, scale: number): Map<number, number> {
  const flat = unpackIntegers(text);
  const out = new Map<number, number>();
  let key = 0;
  for (let i = 0; i + 1 < flat.length; i += 2) {
    key += flat[i];
    out.set(key, flat[i + 1] / scale);
  }
  return out;
}

export function encodeTagger(models: readonly LabelWeights[]): TaggerData {
  return {
    labels: models.map((m) => m.label),
    bias: models.map((m) => m.bias),
    threshold: models.map((m) => Math.round(m.threshold * 1000) / 1000),
    weights: models.map((m) => packPairs(m.weights, 1000)),
  };
}

export function decodeTagger(data: TaggerData): LabelWeights[] {
  return data.labels.map((label, k) => ({ label, bias: data.bias[k], threshold: data.threshold[k], weights: unpackPairs(data.weights[k], 1000) }));
}

export const encodeIdf = (idf: ReadonlyMap<number, number>): string => packPairs(idf, 100);

export const decodeIdf = (packed: string): Map<number, number> => unpackPairs(packed, 100);

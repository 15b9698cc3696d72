/** Hashed, TF-IDF weighted, L2-normalised features of a text: word 1–2-grams, leading words and lexicon hits. */
import { leadingWords, terms, type Term } from "./tokenize";

/** Size of the hashed feature space (2^20). */
export const DIMENSION = 1 << 20;

/** A sparse vector: parallel feature indices and values, plus a readable name per feature for reasons. */
export interface SparseVector {
  readonly index: number[];
  readonly value: number[];
  readonly name: string[];
}

/** Raw counts of a text's features, by hashed index, with the surface words that produced each one. */
export type RawFeatures = Map<number, { count: number; name: string }>;

const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a, 32 bits, over `s` from state h: word features are hashed piece by piece instead of building their keys. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const inSpace = (h: number): number => (h >>> 0) % DIMENSION;

/** FNV-1a, 32 bits, reduced to the feature space. */
export const hashFeature = (key: string): number => inSpace(fnv(FNV_OFFSET, key));

/** States after the prefixes of unigram (`w:stem`) and bigram (`b:stem stem`) keys. */
const UNIGRAM = fnv(FNV_OFFSET, "w:");
const BIGRAM = fnv(FNV_OFFSET, "b:");

function add(raw: RawFeatures, f: number, name: string, weight = 1): void {
  const cell = raw.get(f);
  if (cell) cell.count += weight;
  else raw.set(f, { count: weight, name });
}

/** A feature from outside the word n-grams (a lexicon hit): its key and the words shown for it in reasons. */
export interface ExtraFeature {
  readonly key: string;
  readonly words: string;
}

/** The features of a text's first one, two and three words ("^ratify", "^ratify the"…), which mark the kind of ask. */
export function leadFeatures(text: string): { readonly id: number; readonly words: string }[] {
  const lead = leadingWords(text);
  return lead.map((_, n) => {
    const words = lead.slice(0, n + 1).join(" ");
    return { id: hashFeature(`^${words}`), words };
  });
}

/** Features of a text (its terms, when already computed, can be passed); `extra` come from lexicon hits. */
export function rawFeatures(text: string, extra: readonly ExtraFeature[] = [], ts: readonly Term[] = terms(text)): RawFeatures {
  const raw: RawFeatures = new Map();
  for (let i = 0; i < ts.length; i++) {
    add(raw, inSpace(fnv(UNIGRAM, ts[i].stem)), ts[i].surface);
    if (i + 1 < ts.length) add(raw, inSpace(fnv(fnv(fnv(BIGRAM, ts[i].stem), " "), ts[i + 1].stem)), `${ts[i].surface} ${ts[i + 1].surface}`);
  }
  for (const { id, words } of leadFeatures(text)) add(raw, id, words, 2);
  for (const { key, words: w } of extra) add(raw, hashFeature(`@${key}`), w, 2);
  return raw;
}

/** Sublinear TF × IDF, L2-normalised; `idf` gives the weight of a feature index (unknown features get a default). */
export function weigh(raw: RawFeatures, idf: (feature: number) => number): SparseVector {
  const index: number[] = [];
  const value: number[] = [];
  const name: string[] = [];
  let norm = 0;
  for (const [f, { count, name: n }] of raw) {
    const v = (1 + Math.log(count)) * idf(f);
    index.push(f);
    value.push(v);
    name.push(n);
    norm += v * v;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let i = 0; i < value.length; i++) value[i] *= scale;
  return { index, value, name };
}

/** Fits every tagger of the analyzer from labelled texts into shippable model data (pure and deterministic). */
import { DIMENSION, hashFeature, weigh, type RawFeatures, type SparseVector } from "./features";
import { encodeIdf, encodeTagger, type AnalyzeModelData } from "./modelData";
import { tuneThresholds } from "./thresholds";
import { DEFAULT_TRAIN, inverseDocumentFrequencies, trainOneVsRest, type TrainOptions } from "./train";
import { createVectorizer } from "./vectorize";
import { fold } from "../vocab/text";

/** Texts with their gold labels (one list per text; a single-label task has one label per text). */
export interface Corpus {
  readonly texts: readonly string[];
  readonly gold: readonly (readonly string[])[];
  /** A group per text (the State under review): thresholds are then tuned on whole groups the first fit never saw. */
  readonly groups?: readonly string[];
}

export interface FitInput {
  readonly issues: Corpus;
  readonly action: Corpus;
  readonly sdgGoals: Corpus;
  readonly themes: Corpus;
}

/** Options per tagger, and the share of texts held out to tune thresholds (chosen by a hash of the text). */
export interface FitOptions {
  readonly issues: TrainOptions;
  readonly action: TrainOptions;
  readonly small: TrainOptions;
  readonly tuneShare: number;
  /** How far each label's tuned threshold is pulled towards the best global one (0 = per label only). */
  readonly thresholdBlend: number;
}

export const DEFAULT_FIT: FitOptions = {
  issues: { ...DEFAULT_TRAIN, lambda: 1e-6, epochs: 10, keepPerLabel: 1500 },
  action: { ...DEFAULT_TRAIN, lambda: 1e-6, maxPositiveWeight: 1, keepPerLabel: 1500 },
  small: { ...DEFAULT_TRAIN, epochs: 40, lambda: 1e-4, keepPerLabel: 800 },
  tuneShare: 0.15,
  thresholdBlend: 0.5,
};

const labelSet = (gold: readonly (readonly string[])[]): string[] => [...new Set(gold.flat())].sort();

/** Whether a text is held out to tune thresholds: by a hash of its folded text, so repeated texts stay together. */
const heldOut = (text: string, share: number): boolean => hashFeature(`tune:${fold(text)}`) / DIMENSION < share;

function fitMultiLabel(corpus: Corpus, xs: readonly SparseVector[], opts: TrainOptions, tuneShare: number, blend: number) {
  const labels = labelSet(corpus.gold);
  const fitIdx: number[] = [];
  const tuneIdx: number[] = [];
  corpus.texts.forEach((t, i) => (heldOut(corpus.groups?.[i] ?? t, tuneShare) ? tuneIdx : fitIdx).push(i));
  const first = trainOneVsRest(fitIdx.map((i) => xs[i]), fitIdx.map((i) => corpus.gold[i]), labels, opts);
  const tuned = tuneThresholds(first, tuneIdx.map((i) => xs[i]), tuneIdx.map((i) => corpus.gold[i]), 8, blend);
  const all = trainOneVsRest(xs, corpus.gold, labels, opts);
  return all.map((m, k) => ({ ...m, threshold: tuned[k].threshold }));
}

/** Model data for every tagger. The IDF table comes from all texts together. */
export function fitAnalyzeModel(input: FitInput, opts: FitOptions = DEFAULT_FIT): AnalyzeModelData {
  const themeLabels = labelSet(input.themes.gold);
  const probe = createVectorizer(new Map(), 1, themeLabels);
  const rawOf = new Map<string, RawFeatures>();
  const raw = (t: string): RawFeatures => {
    let r = rawOf.get(t);
    if (!r) rawOf.set(t, (r = probe.raw(t)));
    return r;
  };
  const allTexts = [...new Set([...input.issues.texts, ...input.action.texts, ...input.sdgGoals.texts, ...input.themes.texts])];
  const idf = inverseDocumentFrequencies(allTexts.map(raw), 3);
  const defaultIdf = Math.log((1 + allTexts.length) / 3) + 1;
  const vectors = (c: Corpus): SparseVector[] => c.texts.map((t) => weigh(raw(t), (f) => idf.get(f) ?? defaultIdf));
  const issues = fitMultiLabel(input.issues, vectors(input.issues), opts.issues, opts.tuneShare, opts.thresholdBlend);
  const action = trainOneVsRest(vectors(input.action), input.action.gold, labelSet(input.action.gold), opts.action);
  const sdgGoals = fitMultiLabel(input.sdgGoals, vectors(input.sdgGoals), opts.small, 0.3, opts.thresholdBlend);
  const themes = fitMultiLabel(input.themes, vectors(input.themes), opts.small, 0.3, opts.thresholdBlend);
  return {
    version: 1,
    defaultIdf: Math.round(defaultIdf * 100) / 100,
    idf: encodeIdf(idf),
    issues: encodeTagger(issues),
    action: encodeTagger(action),
    sdgGoals: encodeTagger(sdgGoals),
    themes: encodeTagger(themes),
  };
}

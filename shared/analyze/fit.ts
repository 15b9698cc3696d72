/** Fits every tagger of the analyzer from labelled texts into shippable model data (pure and deterministic). */
import { DIMENSION, hashFeature, weigh, type RawFeatures, type SparseVector } from "./features";
import type { Lexicon } from "./lexicon";
import { encodeIdf, encodeTagger, type AnalyzeModelData } from "./modelData";
import { PERSONS_LEXICON } from "./personsLexicon";
import { tuneBiases, tuneThresholds } from "./thresholds";
import { DEFAULT_TRAIN, inverseDocumentFrequencies, trainOneVsRest, type TrainOptions } from "./train";
import { compileTagger, margins, sigmoid } from "./linear";
import { createVectorizer } from "./vectorize";
import { fold } from "../vocab/text";

/** Texts with their gold labels (one list per text; a single-label task has one label per text). */
export interface Corpus {
  readonly texts: readonly string[];
  readonly gold: readonly (readonly string[])[];
  /** A group per text (the State under review): thresholds are then tuned on whole groups a fit never saw. */
  readonly groups?: readonly string[];
}

export interface FitInput {
  readonly issues: Corpus;
  readonly action: Corpus;
  readonly sdgGoals: Corpus;
  readonly themes: Corpus;
  /** Gold groups as today's UHRI names (see affectedPersonLabel), "General" left out: a text with none is a negative. */
  readonly affectedPersons: Corpus;
}

/** Options per tagger, and how thresholds are tuned on texts a model never saw (whole groups, chosen by a hash). */
export interface FitOptions {
  readonly issues: TrainOptions;
  readonly action: TrainOptions;
  readonly small: TrainOptions;
  /** Issues' thresholds and action's biases are tuned on every text, each scored by models fitted without its fold (cross-fitting). */
  readonly issueFolds: number;
  /** The small corpora's thresholds are tuned on this share of their texts, held out of one fit. */
  readonly smallTuneShare: number;
  /** How far each label's tuned threshold is pulled towards the best global one (0 = per label only). */
  readonly thresholdBlend: number;
}

export const DEFAULT_FIT: FitOptions = {
  issues: { ...DEFAULT_TRAIN, lambda: 1e-6, epochs: 10, keepPerLabel: 1500, nbAlpha: 0.2 },
  action: { ...DEFAULT_TRAIN, lambda: 1e-6, maxPositiveWeight: 1, keepPerLabel: 1500 },
  small: { ...DEFAULT_TRAIN, epochs: 40, lambda: 1e-4, keepPerLabel: 800 },
  issueFolds: 4,
  smallTuneShare: 0.3,
  thresholdBlend: 0.5,
};

/**
 * The corpus plus each lexicon phrase as a one-phrase text labelled with its key: groups the matrices barely
 * mention (older persons, stateless persons) still get positives carrying their telling words.
 */
function withLexiconTexts(corpus: Corpus, lexicon: Lexicon): Corpus {
  const entries = Object.entries(lexicon).flatMap(([key, phrases]) => phrases.map((p) => [p, key] as const));
  return {
    texts: [...corpus.texts, ...entries.map(([p]) => p)],
    gold: [...corpus.gold, ...entries.map(([, key]) => [key])],
    ...(corpus.groups ? { groups: [...corpus.groups, ...entries.map(([p]) => p)] } : {}),
  };
}

const labelSet = (gold: readonly (readonly string[])[]): string[] => [...new Set(gold.flat())].sort();

/** Where a text falls in [0, 1): by a hash of its group (or folded text), so a group or repeated text stays together. */
const position = (key: string): number => hashFeature(`tune:${fold(key)}`) / DIMENSION;

/**
 * Held-out margins for tuning: each fold (a slice of [0, `to`) of positions) is scored by one-vs-rest models fitted
 * on the other texts; `folds` = 1 holds out the first `to` only.
 */
function crossFitted(corpus: Corpus, xs: readonly SparseVector[], labels: readonly string[], opts: TrainOptions, folds: number, to: number) {
  const positions = corpus.texts.map((t, i) => position(corpus.groups?.[i] ?? t));
  const held: Float64Array[] = [];
  const gold: (readonly string[])[] = [];
  for (let f = 0; f < folds; f++) {
    const inFold = (p: number): boolean => p >= (f * to) / folds && p < ((f + 1) * to) / folds;
    const fitIdx = xs.flatMap((_, i) => (inFold(positions[i]) ? [] : [i]));
    const models = compileTagger(trainOneVsRest(fitIdx.map((i) => xs[i]), fitIdx.map((i) => corpus.gold[i]), labels, opts));
    xs.forEach((x, i) => {
      if (!inFold(positions[i])) return;
      held.push(margins(models, x));
      gold.push(corpus.gold[i]);
    });
  }
  return { held, gold };
}

/** Multi-label: models fitted on the whole corpus, with thresholds tuned on cross-fitted scores. */
function fitMultiLabel(corpus: Corpus, xs: readonly SparseVector[], opts: TrainOptions, folds: number, to: number, blend: number) {
  const labels = labelSet(corpus.gold);
  const { held, gold } = crossFitted(corpus, xs, labels, opts, folds, to);
  return tuneThresholds(trainOneVsRest(xs, corpus.gold, labels, opts), held.map((z) => Array.from(z, sigmoid)), gold, 8, blend);
}

/** Single-label: models fitted on the whole corpus, their biases shifted for accuracy on cross-fitted margins. */
function fitSingleLabel(corpus: Corpus, xs: readonly SparseVector[], opts: TrainOptions, folds: number) {
  const labels = labelSet(corpus.gold);
  const { held, gold } = crossFitted(corpus, xs, labels, opts, folds, 1);
  return tuneBiases(trainOneVsRest(xs, corpus.gold, labels, opts), held, gold.map((g) => g[0]));
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
  const persons = withLexiconTexts(input.affectedPersons, PERSONS_LEXICON);
  const allTexts = [...new Set([input.issues, input.action, input.sdgGoals, input.themes, input.affectedPersons].flatMap((c) => c.texts))];
  const idf = inverseDocumentFrequencies(allTexts.map(raw), 3);
  const defaultIdf = Math.log((1 + allTexts.length) / 3) + 1;
  const vectors = (c: Corpus): SparseVector[] => c.texts.map((t) => weigh(raw(t), (f) => idf.get(f) ?? defaultIdf));
  const issues = fitMultiLabel(input.issues, vectors(input.issues), opts.issues, opts.issueFolds, 1, opts.thresholdBlend);
  const action = fitSingleLabel(input.action, vectors(input.action), opts.action, opts.issueFolds);
  const sdgGoals = fitMultiLabel(input.sdgGoals, vectors(input.sdgGoals), opts.small, 1, opts.smallTuneShare, opts.thresholdBlend);
  const themes = fitMultiLabel(input.themes, vectors(input.themes), opts.small, 1, opts.smallTuneShare, opts.thresholdBlend);
  const affectedPersons = fitMultiLabel(persons, vectors(persons), opts.small, 1, opts.smallTuneShare, opts.thresholdBlend);
  return {
    version: 2,
    defaultIdf: Math.round(defaultIdf * 100) / 100,
    idf: encodeIdf(idf),
    issues: encodeTagger(issues),
    action: encodeTagger(action),
    sdgGoals: encodeTagger(sdgGoals),
    themes: encodeTagger(themes),
    affectedPersons: encodeTagger(affectedPersons),
  };
}

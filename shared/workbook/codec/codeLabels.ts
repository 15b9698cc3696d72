/** Controlled codes shown as their label in the workbook's language, and read back from that label or the code itself. */
import type { ActivityStatus, Lang, Mechanism, Position, RecommendationStatus } from "../../model/codes";
import type { Translations } from "../../i18n/catalog";
import { ACTIVITY_STATUS_LABELS, MECHANISM_LABELS, POSITION_LABELS, RECOMMENDATION_STATUS_LABELS } from "../../vocab/labels";

export interface Vocabulary<C extends string> {
  readonly labels: Readonly<Record<C, Translations>>;
  /** Label (trimmed) → code, per language; built on first use. */
  readonly byLabel: Map<Lang, ReadonlyMap<string, C>>;
}

const vocabulary = <C extends string>(labels: Readonly<Record<C, Translations>>): Vocabulary<C> => ({ labels, byLabel: new Map() });

export const STATUS_VOCAB: Vocabulary<RecommendationStatus> = vocabulary(RECOMMENDATION_STATUS_LABELS);
export const POSITION_VOCAB: Vocabulary<Position> = vocabulary(POSITION_LABELS);
export const ACTIVITY_STATUS_VOCAB: Vocabulary<ActivityStatus> = vocabulary(ACTIVITY_STATUS_LABELS);
export const MECHANISM_VOCAB: Vocabulary<Mechanism> = vocabulary(MECHANISM_LABELS);

export const codeLabel = <C extends string>(vocab: Vocabulary<C>, code: C, lang: Lang): string => vocab.labels[code][lang];

export const vocabLabels = <C extends string>(vocab: Vocabulary<C>, lang: Lang): string[] =>
  (Object.keys(vocab.labels) as C[]).map((code) => vocab.labels[code][lang]);

function labelIndex<C extends string>(vocab: Vocabulary<C>, lang: Lang): ReadonlyMap<string, C> {
  let index = vocab.byLabel.get(lang);
  if (!index) {
    const built = new Map<string, C>();
    for (const code of Object.keys(vocab.labels) as C[]) built.set(code, code);
    // Labels win over codes: in Russian or Chinese a label never equals another value's code, but be explicit.
    for (const code of Object.keys(vocab.labels) as C[]) built.set(vocab.labels[code][lang], code);
    index = built;
    vocab.byLabel.set(lang, index);
  }
  return index;
}

/** The code whose label (in `lang`) or code is exactly `text`, surrounding spaces aside; null otherwise. */
export const codeOf = <C extends string>(vocab: Vocabulary<C>, text: string, lang: Lang): C | null =>
  labelIndex(vocab, lang).get(text.trim()) ?? null;

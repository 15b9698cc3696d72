/** One vectorizer for every tagger: text features plus SDG and UHRI theme lexicon hits, weighted by the model's IDF. */
import { featureRows } from "./featureRows";
import { rawFeatures, weigh, type RawFeatures, type SparseVector } from "./features";
import { compileLexicon, lexiconHits, type CompiledLexicon, type Lexicon } from "./lexicon";
import { SDG_LEXICON } from "./sdgLexicon";
import { THEME_SEED_LEXICON } from "./themeLexicon";
import { terms } from "./tokenize";

export interface Vectorizer {
  raw(text: string): RawFeatures;
  vector(text: string): SparseVector;
}

const GENERIC = new Set(["general", "general measures of implementation", "right to", "rights"]);

/** A lexicon made from theme names themselves: "Right to education & training" → "right to education", "education". */
export function themeNameLexicon(themes: readonly string[]): Lexicon {
  const out: Record<string, string[]> = {};
  for (const theme of themes) {
    const parts = theme.split(/[&,;:()]|\s-\s/).map((p) => p.trim()).filter((p) => p !== "" && !GENERIC.has(p.toLowerCase()));
    const phrases = new Set<string>([theme]);
    for (const p of parts) {
      phrases.add(p);
      const bare = p.replace(/^(right|rights|freedom)\s+(to|of)\s+/i, "");
      if (bare !== p && bare.split(" ").length <= 3) phrases.add(bare);
    }
    out[theme] = [...phrases, ...(Object.hasOwn(THEME_SEED_LEXICON, theme) ? THEME_SEED_LEXICON[theme] : [])];
  }
  return out;
}

/** The vectorizer for a model: `idf` by feature (unknown features weigh `defaultIdf`), lexicons for these theme labels. */
export function createVectorizer(idf: ReadonlyMap<number, number>, defaultIdf: number, themeLabels: readonly string[]): Vectorizer {
  const sdg: CompiledLexicon = compileLexicon(SDG_LEXICON, "sdg:");
  const themes: CompiledLexicon = compileLexicon(themeNameLexicon(themeLabels), "t:");
  const raw = (text: string): RawFeatures => {
    const ts = terms(text);
    return rawFeatures(text, [...lexiconHits(ts, sdg), ...lexiconHits(ts, themes)], ts);
  };
  const rows = featureRows([...idf.keys()]);
  const weights = Float64Array.from(idf.values());
  const weight = (f: number): number => {
    const r = rows.row(f);
    return r < 0 ? defaultIdf : weights[r];
  };
  return { raw, vector: (text) => weigh(raw(text), weight) };
}

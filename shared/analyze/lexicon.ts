/** Keyword lexicons (any language) compiled to stem sequences, and their hits in a text, used as model features. */
import { terms, type Term } from "./tokenize";

/** A lexicon: for each key (a label), phrases that evidence it, in English, French or Spanish. */
export type Lexicon = Readonly<Record<string, readonly string[]>>;

/** A compiled lexicon: stem sequences by their first stem. */
export type CompiledLexicon = ReadonlyMap<string, readonly { key: string; stems: readonly string[] }[]>;

export function compileLexicon(lexicon: Lexicon, prefix: string): CompiledLexicon {
  const byFirst = new Map<string, { key: string; stems: string[] }[]>();
  for (const [key, phrases] of Object.entries(lexicon)) {
    for (const phrase of phrases) {
      const stems = terms(phrase).map((t) => t.stem);
      if (stems.length === 0) continue;
      const list = byFirst.get(stems[0]) ?? [];
      list.push({ key: `${prefix}${key}`, stems });
      byFirst.set(stems[0], list);
    }
  }
  return byFirst;
}

/** A lexicon phrase found in a text: the key it evidences and the words of the text that matched. */
export interface LexiconHit {
  readonly key: string;
  readonly words: string;
}

/** Every lexicon key evidenced in the text (once per key, first match), in order of first appearance. */
export function lexiconHits(text: readonly Term[], lexicon: CompiledLexicon): LexiconHit[] {
  const hits: LexiconHit[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const entry of lexicon.get(text[i].stem) ?? []) {
      if (hits.some((h) => h.key === entry.key)) continue;
      if (entry.stems.every((s, j) => text[i + j]?.stem === s)) {
        hits.push({ key: entry.key, words: text.slice(i, i + entry.stems.length).map((t) => t.surface).join(" ") });
      }
    }
  }
  return hits;
}

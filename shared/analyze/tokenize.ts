/** Turns recommendation text into terms: folded words, stop words dropped, light stems, kept with their surface form. */
import { fold } from "../vocab/text";
import { SEED_TRANSLATIONS } from "./seedTranslations";
import { stem } from "./stem";
import { STOP_WORDS } from "./stopWords";

/** A word of the text: its stem (the feature) and the word as written, folded (shown in reasons). */
export interface Term {
  readonly stem: string;
  readonly surface: string;
}

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;
const TRANSLATE: ReadonlyMap<string, string> = new Map(Object.entries(SEED_TRANSLATIONS));
const ELISION = /^(?:l|d|qu|n|s|j|c|m|t)'/;

/** Folded words of the text as [as written, as the model reads it] (seed fr/es words become English). */
function wordPairs(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of fold(text).matchAll(WORD)) {
    for (const part of m[0].replace(ELISION, "").split("-")) {
      if (part === "") continue;
      const w = part.replace(/'/g, "");
      out.push([w, TRANSLATE.get(w) ?? w]);
    }
  }
  return out;
}

/** Every folded word of the text, in order, stop words included (the leading verb is read from these); seed fr/es words become English. */
export function words(text: string): string[] {
  return wordPairs(text).map((p) => p[1]);
}

/** The content terms of the text: stop words and one-letter words dropped, each word stemmed. */
export function terms(text: string): Term[] {
  const out: Term[] = [];
  for (const [surface, w] of wordPairs(text)) {
    if (w.length < 2 || STOP_WORDS.has(w)) continue;
    out.push({ stem: stem(w), surface });
  }
  return out;
}

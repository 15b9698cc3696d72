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

/** A word as the tokenizer reads it: as written (folded), as the model reads it, and its term unless it is a stop word. */
interface Word {
  readonly surface: string;
  readonly read: string;
  readonly term: Term | null;
}

/** The words of one token of the text (split at hyphens, elision dropped): texts share most tokens, so each is read once. */
const TOKENS = new Map<string, readonly Word[]>();
const TOKENS_LIMIT = 100_000;

function tokenWords(token: string): readonly Word[] {
  let out = TOKENS.get(token);
  if (out !== undefined) return out;
  const list: Word[] = [];
  for (const part of token.replace(ELISION, "").split("-")) {
    if (part === "") continue;
    const surface = part.replace(/'/g, "");
    const read = TRANSLATE.get(surface) ?? surface;
    list.push({ surface, read, term: read.length < 2 || STOP_WORDS.has(read) ? null : { stem: stem(read), surface } });
  }
  out = list;
  // Clearing wholesale is cheaper than LRU bookkeeping and only happens on very varied input.
  if (TOKENS.size >= TOKENS_LIMIT) TOKENS.clear();
  TOKENS.set(token, out);
  return out;
}

/**
 * The words of the text, in order. The last text's are remembered: the vectorizer, the similarity vector and the
 * target lexicon read the same text in turn, and folding a long text is the costly part.
 */
let lastText: string | null = null;
let lastWords: readonly Word[] = [];

function textWords(text: string): readonly Word[] {
  if (text === lastText) return lastWords;
  const out: Word[] = [];
  // match() with /g gives the tokens as plain strings, without a match object per token.
  for (const token of fold(text).match(WORD) ?? []) for (const w of tokenWords(token)) out.push(w);
  lastText = text;
  lastWords = out;
  return out;
}

/** Every folded word of the text, in order, stop words included (the leading verb is read from these); seed fr/es words become English. */
export function words(text: string): string[] {
  return textWords(text).map((w) => w.read);
}

/** The first three words of the text, as words() gives them: they decide the action category. */
export function leadingWords(text: string): string[] {
  return textWords(text).slice(0, 3).map((w) => w.read);
}

/** The content terms of the text: stop words and one-letter words dropped, each word stemmed. */
export function terms(text: string): Term[] {
  const out: Term[] = [];
  for (const w of textWords(text)) if (w.term !== null) out.push(w.term);
  return out;
}

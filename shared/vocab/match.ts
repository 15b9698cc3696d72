/** The result of recognising a free-text value, and the engine that matches text against a synonym table. */
import { editDistance, looseKey, memoize } from "./text";

/**
 * "exact": a known synonym; "guess": a typo or partial match the caller should keep as written and flag with
 * the suggested value; "none": not recognised.
 */
export type Match<T> = { kind: "exact"; value: T } | { kind: "guess"; value: T; confidence: number } | { kind: "none" };

export const NONE: { kind: "none" } = Object.freeze({ kind: "none" });

/** Synonyms per code, as written by people; keys are derived with looseKey(). */
export type SynonymTable<T extends string> = Readonly<Record<T, readonly string[]>>;

export interface Vocabulary<T extends string> {
  readonly match: (raw: string) => Match<T>;
  /** Only the exact look-up: the code of a known synonym, or undefined. */
  readonly exact: (raw: string) => T | undefined;
  /** Keys that two codes both claimed: they never match exactly. Tests assert this stays empty. */
  readonly conflicts: readonly string[];
}

export interface VocabularyOptions {
  /**
   * Groups of words that change a value's meaning: negations ("not", "pas", "未"), partiality ("partially",
   * "parcialmente"). A guess is refused unless the input and the matched synonym agree on each group, so
   * "not yet implemented" never becomes a guess of "implemented" nor "partially done" one of "done".
   */
  readonly guards?: readonly (readonly string[])[];
}

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGITS_ONLY = /^[\d\s.,%+-]*$/;

/** A 32-bit set of the characters in s (folded onto 32 buckets), for a cheap lower bound on edit distance. */
export function charSignature(s: string): number {
  let sig = 0;
  for (let i = 0; i < s.length; i++) sig |= 1 << (s.charCodeAt(i) & 31);
  return sig;
}

const popcount = (n: number): number => {
  let x = n - ((n >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

/**
 * A lower bound on the edit distance of two strings from their signatures: every character bucket one has
 * and the other lacks costs at least one edit, and one substitution can settle at most one on each side.
 */
export const signatureDistance = (a: number, b: number): number => Math.max(popcount(a & ~b), popcount(b & ~a));

/** How many edits a typo may have for a key of this length: short words are too easy to confuse. */
export function typoBudget(length: number): number {
  if (length < 5) return 0;
  if (length < 9) return 1;
  if (length < 15) return 2;
  return 3;
}

/** True when `needle` sits in `hay` at `at` as whole words (Han text has no spaces, so any position counts). */
function atWordBoundary(hay: string, needle: string, at: number): boolean {
  const before = hay[at - 1];
  const after = hay[at + needle.length];
  const okBefore = before === undefined || !WORD_CHAR.test(before) || HAN.test(needle[0] ?? "");
  const okAfter = after === undefined || !WORD_CHAR.test(after) || HAN.test(needle[needle.length - 1] ?? "");
  return okBefore && okAfter;
}

/** Whether `needle` occurs in `hay` as whole words. */
export function containsWords(hay: string, needle: string): boolean {
  let at = hay.indexOf(needle);
  while (at !== -1) {
    if (atWordBoundary(hay, needle, at)) return true;
    at = hay.indexOf(needle, at + 1);
  }
  return false;
}

function hasAny(key: string, words: readonly string[]): boolean {
  return words.some((n) => (HAN.test(n) ? key.includes(n) : containsWords(key, n)));
}

/** Builds a matcher over a synonym table: exact look-up, then typo, prefix and containment guesses. */
export function createVocabulary<T extends string>(table: SynonymTable<T>, opts: VocabularyOptions = {}): Vocabulary<T> {
  const exact = new Map<string, T>();
  const conflicted = new Set<string>();
  for (const code of Object.keys(table) as T[]) {
    for (const synonym of table[code]) {
      const key = looseKey(synonym);
      if (key === "") continue;
      const prior = exact.get(key);
      if (prior !== undefined && prior !== code) conflicted.add(key);
      else exact.set(key, code);
    }
  }
  for (const key of conflicted) exact.delete(key);
  const entries = [...exact.entries()];
  // Typo candidates by length, so a look-up only compares synonyms within the edit budget of its length.
  const byLength = new Map<number, [string, T, number][]>();
  for (const [syn, code] of entries) {
    if (syn.length < 5) continue; // a typo of a short acronym is another acronym
    const list = byLength.get(syn.length) ?? [];
    list.push([syn, code, charSignature(syn)]);
    byLength.set(syn.length, list);
  }
  const guards = (opts.guards ?? []).map((g) => g.map(looseKey));
  const guardsAgree = (a: string, b: string): boolean => guards.every((g) => hasAny(a, g) === hasAny(b, g));

  const uniqueValue = (hits: readonly T[]): T | null => {
    const first = hits[0];
    return first !== undefined && hits.every((h) => h === first) ? first : null;
  };

  type Hit = { value: T; synonym: string; confidence: number };

  const typo = (key: string): Hit | null => {
    const budget = typoBudget(key.length);
    if (budget === 0) return null;
    let best = budget + 1;
    let hits: [string, T, number][] = [];
    const sig = charSignature(key);
    for (let len = key.length - budget; len <= key.length + budget; len++) {
      for (const entry of byLength.get(len) ?? []) {
        if (signatureDistance(sig, entry[2]) > budget) continue;
        const d = editDistance(key, entry[0], Math.min(best, budget));
        if (d < best) {
          best = d;
          hits = [entry];
        } else if (d === best && d <= budget) hits.push(entry);
      }
    }
    const value = best <= budget ? uniqueValue(hits.map((h) => h[1])) : null;
    if (value === null) return null;
    return { value, synonym: hits[0][0], confidence: round2(Math.max(0.5, 1 - best / key.length)) };
  };

  // "en cour", "partially impl": the start of exactly one code's synonyms.
  const prefix = (key: string): Hit | null => {
    if (key.length < 4) return null;
    const hits = entries.filter(([syn]) => syn.length > key.length && syn.startsWith(key));
    const value = uniqueValue(hits.map((h) => h[1]));
    return value === null ? null : { value, synonym: key, confidence: 0.7 };
  };

  // "Implemented (law adopted in 2021)": the longest synonym found inside, if every synonym found agrees.
  // Synonyms found only inside a longer one ("implemented" in "partially implemented") do not count.
  const contains = (key: string): Hit | null => {
    const found = entries
      .filter(([syn]) => syn.length >= 4 && syn.length < key.length && containsWords(key, syn))
      .sort((a, b) => b[0].length - a[0].length);
    const kept = found.filter(([syn], i) => !found.slice(0, i).some(([longer]) => longer.includes(syn)));
    const best = kept[0];
    // Two different codes mentioned ("in progress / implemented") is ambiguous, however long either is.
    if (best === undefined || uniqueValue(kept.map((k) => k[1])) === null) return null;
    return { value: best[1], synonym: best[0], confidence: 0.6 };
  };

  const match = memoize((raw: string): Match<T> => {
    const key = looseKey(raw);
    if (key === "") return NONE;
    const hit = exact.get(key);
    if (hit !== undefined) return { kind: "exact", value: hit };
    if (DIGITS_ONLY.test(key)) return NONE;
    for (const step of [typo, prefix, contains]) {
      const h = step(key);
      if (h === null) continue;
      if (!guardsAgree(key, h.synonym)) return NONE;
      return { kind: "guess", value: h.value, confidence: h.confidence };
    }
    return NONE;
  });

  return { match, exact: (raw: string) => exact.get(looseKey(raw)), conflicts: [...conflicted] };
}

export const round2 = (n: number): number => Math.round(n * 100) / 100;

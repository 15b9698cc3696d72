/** A light, language-agnostic suffix stripper for English, French and Spanish words (plurals and common endings). */
const SUFFIXES: readonly [string, string, number][] = [
  // [suffix, replacement, minimum stem length left]
  ["izations", "iz", 3], ["isations", "iz", 3], ["ization", "iz", 3], ["isation", "iz", 3],
  ["ations", "at", 3], ["ation", "at", 3], ["aciones", "ac", 3], ["acion", "ac", 3],
  ["ements", "e", 4], ["ement", "e", 4], ["mente", "", 4],
  ["ities", "it", 3], ["ity", "it", 3], ["ites", "it", 3], ["ite", "it", 3], ["idades", "id", 3], ["idad", "id", 3],
  ["ies", "y", 3], ["ing", "", 4], ["ed", "", 4], ["ly", "", 4],
  ["es", "", 4], ["s", "", 3], ["x", "", 4], ["e", "", 4],
];

const CACHE = new Map<string, string>();

/** The stem of a folded word: "ratifying" → "ratify", "tortures" → "tortur", "droits" → "droit". */
export function stem(word: string): string {
  let s = CACHE.get(word);
  if (s !== undefined) return s;
  s = stemUncached(word);
  if (CACHE.size > 100_000) CACHE.clear();
  CACHE.set(word, s);
  return s;
}

function stemUncached(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  for (const [suffix, replacement, min] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= min) {
      if (suffix === "s" && /(ss|us|is)$/.test(word)) return word;
      return word.slice(0, word.length - suffix.length) + replacement;
    }
  }
  return word;
}

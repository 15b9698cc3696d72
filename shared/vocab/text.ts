/** Text primitives shared by every vocabulary: a matching key (fold), edit distance and multi-value splitting. */

// Latin, Greek and Cyrillic combining marks (accents, cedillas, breves) plus Arabic tashkeel, the superscript
// alef and tatweel. The Arabic hamza/madda marks (U+0653–U+0655) are kept so NFC can rebuild أ ؤ ئ.
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u064b-\u0652\u0670\u0640]/g;
// Invisible characters that Word, Excel and RTL editors insert: zero-width spaces, joiners, direction marks, BOM, soft hyphen.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u061c\u00ad]/g;
const LETTER_MAP: Readonly<Record<string, string>> = {
  "œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "ı": "i", "ð": "d", "þ": "th",
  // Typographic apostrophes, quotes and dashes are typed interchangeably with the ASCII ones.
  "’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
  "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
  // Arabic: hamza-carrying alefs and alef maqsura are spelled inconsistently in typed data.
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي",
  // Arabic punctuation that NFKD leaves alone.
  "٪": "%", "٫": ".", "٬": ",",
};
const LETTERS = new RegExp(`[${Object.keys(LETTER_MAP).join("")}]`, "g");
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
const SPACES = /\s+/g;
// Punctuation that decorates a value or header without changing it: "Statut :", "Status*", "Done.", "«Oui»".
const EDGE_PUNCT = /^[\s:*.,;!?\-_'"…·•،؛؟。、]+|[\s:*.,;!?\-_'"…·•،؛؟。、]+$/g;

const arabicDigit = (c: string): string => {
  const code = c.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
};

/**
 * The comparison key of a free-text value: lowercase, no diacritics, one space between words, no decorating
 * punctuation at the ends. Arabic letters are kept (only vowel marks and tatweel go) and Arabic-Indic digits
 * become ASCII digits, so keys compare across keyboards.
 */
/** Short values (statuses, dates, names) repeat across rows: their folds are remembered, up to a bound. */
const FOLD_CACHE = new Map<string, string>();
const FOLD_CACHE_LIMIT = 50_000;
const FOLD_CACHE_MAX_LENGTH = 80;

export function fold(s: string): string {
  if (s.length > FOLD_CACHE_MAX_LENGTH) return foldUncached(s);
  let folded = FOLD_CACHE.get(s);
  if (folded === undefined) {
    if (FOLD_CACHE.size >= FOLD_CACHE_LIMIT) FOLD_CACHE.clear();
    FOLD_CACHE.set(s, (folded = foldUncached(s)));
  }
  return folded;
}

function foldUncached(s: string): string {
  return s
    .normalize("NFKD")
    .replace(MARKS, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(INVISIBLE, "")
    .replace(LETTERS, (c) => LETTER_MAP[c] ?? c)
    .replace(ARABIC_DIGITS, arabicDigit)
    .replace(SPACES, " ")
    .replace(EDGE_PUNCT, "");
}

// Inner punctuation is noise for vocabulary keys ("partially-implemented", "l'activité", "Min. Justice"),
// except the signs that carry meaning in headers and values: # % § & °.
const INNER_PUNCT = /(?![#%§&°])\p{P}/gu;

/** fold(), then inner punctuation turned into spaces: the key used to look words up in synonym tables. */
export function looseKey(s: string): string {
  return fold(s).replace(INNER_PUNCT, " ").replace(SPACES, " ").trim();
}

// Two reusable rows: fuzzy look-ups call this hundreds of times per distinct value.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * Levenshtein distance. With `max`, only the diagonal band of width max is computed and the answer is
 * max + 1 as soon as the distance must exceed max, which keeps fuzzy look-ups over whole synonym tables cheap.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return la + lb;
  if (lb + 2 > rowA.length) {
    rowA = new Int32Array(lb * 2 + 2);
    rowB = new Int32Array(lb * 2 + 2);
  }
  const band = Math.min(max, Math.max(la, lb));
  const far = la + lb + 1; // stands for "outside the band"
  let prev = rowA;
  let curr = rowB;
  for (let j = 0; j <= lb; j++) prev[j] = j <= band ? j : far;
  for (let i = 1; i <= la; i++) {
    const lo = i - band > 1 ? i - band : 1;
    const hi = i + band < lb ? i + band : lb;
    curr[lo - 1] = lo === 1 ? i : far;
    let rowMin = curr[lo - 1];
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      let v = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (curr[j - 1] + 1 < v) v = curr[j - 1] + 1;
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < lb) curr[hi + 1] = far;
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = curr;
    curr = t;
  }
  const d = prev[lb];
  return d > max ? max + 1 : d;
}

const LINE_BREAKS = /\r\n?|\u2028|\u2029/g;
const SEPARATORS = /[\n;|•；؛]/;
const SEPARATORS_WITH_COMMA = /[\n;|•；؛,，،、]/;
// A list bullet at the start of an item: UHRI writes "- value", people paste "• value", "* value", "▪ value".
const BULLET = /^(?:[-–—*•·▪◦●○►]\s*)+/;
const BULLETED_LINE = /^\s*[-–—*•·▪◦●○►]\s/;

/**
 * Splits a multi-value cell ("- a\n- b", "a; b", "a | b", "a • b", and "a, b" only with `comma`), trims,
 * drops bullets and empties, and removes repeats (compared with fold()) keeping the first spelling.
 * In a bulleted cell a line without a bullet continues the previous value, as wrapped UHRI values do.
 */
export function splitList(raw: string, opts: { comma?: boolean } = {}): string[] {
  const key = `${opts.comma ? 1 : 0}${raw}`;
  let items = SPLITS.get(key);
  if (items === undefined) {
    if (SPLITS.size >= 20_000) SPLITS.clear();
    SPLITS.set(key, (items = splitUncached(raw, opts)));
  }
  return [...items];
}

/** Multi-value cells repeat across rows ("Justice; Droits des femmes"): each is split once, up to a bound. */
const SPLITS = new Map<string, readonly string[]>();

function splitUncached(raw: string, opts: { comma?: boolean }): string[] {
  const lines = raw.replace(LINE_BREAKS, "\n").split("\n");
  const firstNonEmpty = lines.find((l) => l.trim() !== "");
  const bulleted = firstNonEmpty !== undefined && BULLETED_LINE.test(firstNonEmpty);
  const joined: string[] = [];
  for (const line of lines) {
    if (line.trim() === "") continue;
    if (bulleted && !BULLETED_LINE.test(line) && joined.length > 0) joined[joined.length - 1] += " " + line.trim();
    else joined.push(line);
  }
  const sep = opts.comma ? SEPARATORS_WITH_COMMA : SEPARATORS;
  const out: string[] = [];
  const seen = new Set<string>();
  for (const line of joined) {
    for (const piece of line.split(sep)) {
      const value = piece.trim().replace(BULLET, "").replace(SPACES, " ").trim();
      if (value === "") continue;
      const key = fold(value);
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      out.push(value);
    }
  }
  return out;
}

/**
 * A bounded memo for parsers that see the same few distinct values across 100k rows. Results are frozen
 * because every caller shares them.
 */
export function memoize<R>(fn: (key: string) => R, cap = 5000): (key: string) => R {
  const cache = new Map<string, R>();
  return (key: string): R => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as R;
    const value = fn(key);
    if (typeof value === "object" && value !== null) Object.freeze(value);
    // Clearing wholesale is cheaper than LRU bookkeeping and only happens on pathological inputs.
    if (cache.size >= cap) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/** A cheap key for long texts (identity hashes): case and runs of white space do not count. */
export const textKey = (s: string): string => s.toLowerCase().replace(/\s+/g, " ").trim();

/** A hint in brackets beside a header or a value: "Responsible institution(s)", "OUI (2 ans)". */
export const BRACKETED = /\([^)]*\)|\[[^\]]*\]|（[^）]*）/g;

/** Maps a source column header, in any of the seven languages and with typos, to the tracker field it holds. */
import { FIELD_LABELS, FIELDS, type Field } from "../model/fields";
import { EXTRA_HEADER_SYNONYMS, IGNORED_HEADERS, WHOLE_HEADER_FIELDS } from "./headerSynonyms";
import { charSignature, containsWords, round2, signatureDistance, typoBudget } from "./match";
import { BRACKETED, editDistance, looseKey, memoize } from "./text";

export { EXTRA_HEADER_SYNONYMS, IGNORED_HEADERS } from "./headerSynonyms";

export type HeaderMatch = { field: Field; confidence: number; exact: boolean };

/** Every header recognised for each field: its labels in the seven languages, then the synonyms in use. */
export const HEADER_SYNONYMS: Readonly<Record<Field, readonly string[]>> = (() => {
  const out = {} as Record<Field, readonly string[]>;
  for (const f of FIELDS) out[f] = [...new Set([...Object.values(FIELD_LABELS[f]), ...EXTRA_HEADER_SYNONYMS[f]])];
  return out;
})();

const PLURAL = /^(.{3,}[^s])s$/;

/** A key insensitive to a final plural "s" on each Latin word ("Recommendations", "Statuts", "Sdgs"). */
const singular = (key: string): string => key.split(" ").map((w) => w.replace(PLURAL, "$1")).join(" ");

type Table = Map<string, Field | null>;

/** Builds a key → field table; a key claimed by two fields maps to null (ambiguous) rather than to either. */
function buildTable(keyOf: (s: string) => string): { table: Table; conflicts: string[] } {
  const table: Table = new Map();
  const conflicts: string[] = [];
  for (const field of FIELDS) {
    for (const synonym of HEADER_SYNONYMS[field]) {
      const key = keyOf(synonym);
      if (key === "") continue;
      const prior = table.get(key);
      if (prior === undefined) table.set(key, field);
      else if (prior !== field) {
        if (prior !== null) conflicts.push(key);
        table.set(key, null);
      }
    }
  }
  return { table, conflicts };
}

const exactTable = buildTable(looseKey);
const singularTable = buildTable((s) => singular(looseKey(s)));
/** Keys two fields both claim (should stay empty; exported for tests). */
export const HEADER_CONFLICTS: readonly string[] = [...exactTable.conflicts, ...singularTable.conflicts];

const ignored = new Set(IGNORED_HEADERS.flatMap((h) => [looseKey(h), singular(looseKey(h))]));
const fuzzyEntries = [...singularTable.table.entries()].filter((e): e is [string, Field] => e[1] !== null);
const partEntries = fuzzyEntries.filter(([, field]) => !WHOLE_HEADER_FIELDS.has(field));
const typoEntries = fuzzyEntries.filter(([syn]) => syn.length >= 6).map(([syn, field]) => [syn, field, charSignature(syn)] as const);
const ignoredKeys = [...ignored];

function typo(key: string): HeaderMatch | null {
  if (key.length < 6) return null;
  const budget = Math.min(2, typoBudget(key.length));
  let best = budget + 1;
  let fields = new Set<Field>();
  const sig = charSignature(key);
  for (const [syn, field, synSig] of typoEntries) {
    if (Math.abs(syn.length - key.length) > budget || signatureDistance(sig, synSig) > budget) continue;
    const d = editDistance(key, syn, budget);
    if (d < best) {
      best = d;
      fields = new Set([field]);
    } else if (d === best) fields.add(field);
  }
  if (best > budget || fields.size !== 1) return null;
  // A near miss of a header we deliberately ignore is not evidence for a field.
  if (ignoredKeys.some((k) => k.length >= 6 && editDistance(key, k, best) <= best)) return null;
  return { field: [...fields][0], confidence: round2(1 - 0.15 * best), exact: false };
}

/**
 * "Implementation status as of June 2024": the one field whose synonyms appear inside the header. A synonym
 * found only inside a longer one ("status" in "activity status") does not count.
 */
function partial(key: string): HeaderMatch | null {
  if (ignoredKeys.some((k) => k.length >= 4 && containsWords(key, k))) return null;
  const found = partEntries
    .filter(([syn]) => syn.length >= 4 && syn.length < key.length && containsWords(key, syn))
    .sort((a, b) => b[0].length - a[0].length);
  const fields = new Set(found.filter(([syn], i) => !found.slice(0, i).some(([longer]) => longer.includes(syn))).map((e) => e[1]));
  if (fields.size !== 1) return null;
  return { field: [...fields][0], confidence: 0.6, exact: false };
}

/**
 * The field a header holds, or null when it holds none the tracker knows (such columns are kept as extras).
 * `exact` is true when the header is a known synonym once case, accents, punctuation, hints in brackets and
 * plurals are set aside; a typo or a synonym inside a longer header gives `exact: false` and lower confidence.
 */
export const matchHeader = memoize((header: string): HeaderMatch | null => {
  const key = looseKey(header);
  if (key === "") return null;
  const bare = looseKey(header.replace(BRACKETED, " "));
  for (const k of key === bare || bare === "" ? [key] : [key, bare]) {
    if (ignored.has(k) || ignored.has(singular(k))) return null;
    // A key two fields claim maps to null: refuse rather than pick one.
    const direct = exactTable.table.get(k);
    if (direct !== undefined) return direct === null ? null : { field: direct, confidence: k === key ? 1 : 0.95, exact: true };
    const plural = singularTable.table.get(singular(k));
    if (plural !== undefined) return plural === null ? null : { field: plural, confidence: 0.95, exact: true };
  }
  const loose = singular(bare === "" ? key : bare);
  return typo(loose) ?? partial(loose);
});

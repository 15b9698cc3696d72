/**
 * The analyzer's vector of a text made fit for comparing texts: its leading-word features are dropped. They decide
 * the action category ("ratify", "consider ratifying") but would make "The State party should ratify X" and
 * "Ratify X" look like different asks; what remains (words, word pairs, lexicon concepts) is renormalised.
 */
import { hashFeature, type SparseVector } from "../features";
import { words } from "../tokenize";
import { sortedVector, type SortedVector } from "./sortedVector";

/** The keys features.ts gives the first one, two and three words of a text. */
function leadFeatures(text: string): Set<number> {
  const lead = words(text).slice(0, 3);
  return new Set(lead.map((_, n) => hashFeature(`^${lead.slice(0, n + 1).join(" ")}`)));
}

/** `v` is the analyzer's vector of `text` (made for tagging, reused here). */
export function similarityVector(v: SparseVector, text: string): SortedVector {
  const lead = leadFeatures(text);
  const keep = v.index.map((_, k) => k).filter((k) => !lead.has(v.index[k]));
  const norm = Math.sqrt(keep.reduce((s, k) => s + v.value[k] * v.value[k], 0));
  const scale = norm > 0 ? 1 / norm : 0;
  return sortedVector({ index: keep.map((k) => v.index[k]), value: keep.map((k) => v.value[k] * scale), name: keep.map((k) => v.name[k]) });
}

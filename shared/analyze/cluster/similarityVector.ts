/**
 * The analyzer's vector of a text made fit for comparing texts: its leading-word features are dropped. They decide
 * the action category ("ratify", "consider ratifying") but would make "The State party should ratify X" and
 * "Ratify X" look like different asks; what remains (words, word pairs, lexicon concepts) is renormalised.
 */
import { leadFeatures, type SparseVector } from "../features";
import { sortedVector, type SortedVector } from "./sortedVector";

/** `v` is the analyzer's vector of `text` (made for tagging, reused here). */
export function similarityVector(v: SparseVector, text: string): SortedVector {
  const lead = leadFeatures(text).map((f) => f.id);
  const index: number[] = [];
  const value: number[] = [];
  const name: string[] = [];
  let norm = 0;
  for (let k = 0; k < v.index.length; k++) {
    if (lead.includes(v.index[k])) continue;
    index.push(v.index[k]);
    value.push(v.value[k]);
    name.push(v.name[k]);
    norm += v.value[k] * v.value[k];
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let k = 0; k < value.length; k++) value[k] *= scale;
  return sortedVector({ index, value, name });
}

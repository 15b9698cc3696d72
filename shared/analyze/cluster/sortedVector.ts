/** Sparse vectors with their features in ascending order, so a dot product is one sequential merge (cache-friendly). */
import type { SparseVector } from "../features";

export interface SortedVector {
  readonly index: Int32Array;
  /** Single precision: enough for similarities, half the memory. */
  readonly value: Float32Array;
  /** The heaviest few features (parallel to `names`: how the text writes them), for cluster names; few, to keep memory low. */
  readonly named: Int32Array;
  readonly names: readonly string[];
}

const NAMED = 8;

export function sortedVector(v: SparseVector): SortedVector {
  const order = v.index.map((_, k) => k).sort((a, b) => v.index[a] - v.index[b]);
  const heaviest = v.index.map((_, k) => k).sort((a, b) => v.value[b] - v.value[a] || v.index[a] - v.index[b]).slice(0, NAMED);
  return {
    index: Int32Array.from(order, (k) => v.index[k]),
    value: Float32Array.from(order, (k) => v.value[k]),
    named: Int32Array.from(heaviest, (k) => v.index[k]),
    names: heaviest.map((k) => v.name[k]),
  };
}

/** Dot product of two sorted vectors: their cosine, as both are normalised. */
export function dot(a: SortedVector, b: SortedVector): number {
  let s = 0;
  for (let i = 0, j = 0; i < a.index.length && j < b.index.length; ) {
    const d = a.index[i] - b.index[j];
    if (d === 0) s += a.value[i++] * b.value[j++];
    else if (d < 0) i++;
    else j++;
  }
  return s;
}

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
  const n = v.index.length;
  // (feature × n + position) sorts as a plain number, without a comparator, into feature order (positions break ties).
  const order = new Float64Array(n);
  for (let k = 0; k < n; k++) order[k] = v.index[k] * n + k;
  order.sort();
  const heaviest = heaviestFirst(v, NAMED);
  // One buffer per text for all three arrays: a dot product reads one block of memory, and each buffer has its own overhead.
  const buffer = new ArrayBuffer(4 * (2 * n + heaviest.length));
  const index = new Int32Array(buffer, 0, n);
  const value = new Float32Array(buffer, 4 * n, n);
  const named = new Int32Array(buffer, 8 * n, heaviest.length);
  for (let i = 0; i < n; i++) {
    const k = order[i] % n;
    index[i] = v.index[k];
    value[i] = v.value[k];
  }
  heaviest.forEach((k, i) => (named[i] = v.index[k]));
  return { index, value, named, names: heaviest.map((k) => v.name[k]) };
}

/** Positions of the `limit` heaviest features, heaviest first, ties to the lower feature (a running top list: texts have many features). */
function heaviestFirst(v: SparseVector, limit: number): number[] {
  const before = (a: number, b: number): boolean => v.value[a] > v.value[b] || (v.value[a] === v.value[b] && v.index[a] < v.index[b]);
  const top: number[] = [];
  for (let k = 0; k < v.index.length; k++) {
    if (top.length === limit && !before(k, top[limit - 1])) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    while (at > 0 && before(k, top[at - 1])) {
      top[at] = top[at - 1];
      at--;
    }
    top[at] = k;
  }
  return top;
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

import type { SparseVector } from "../features";
import { clusterRecords } from "./clusterRecords";
import { sortedVector } from "./sortedVector";
import { textIndex } from "./textIndex";

/** A deterministic generator (LCG), so the synthetic set is the same on every run. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** n texts on n / 40 topics: each has 6 of its topic's 8 words and 6 words drawn from a 20,000-word vocabulary. */
function synthetic(n: number): { vectors: SparseVector[]; topic: number[] } {
  const rand = lcg(7);
  const vectors: SparseVector[] = [];
  const topic: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = i % (n / 40);
    const features = new Set<number>();
    while (features.size < 6) features.add(100_000 + t * 8 + Math.floor(rand() * 8));
    while (features.size < 12) features.add(Math.floor(rand() * 20_000));
    const index = [...features];
    vectors.push({ index, value: index.map(() => 1 / Math.sqrt(index.length)), name: index.map(String) });
    topic.push(t);
  }
  return { vectors, topic };
}

describe("neighbour search and clustering on 20,000 texts", () => {
  const n = 20_000;
  const { vectors, topic } = synthetic(n);
  const index = textIndex(vectors.map(sortedVector));

  it("compares a bounded number of pairs per text, not all pairs", () => {
    expect(index.graph.comparisons).toBeLessThanOrEqual(16 * n);
    expect(index.graph.comparisons).toBeLessThan((n * (n - 1)) / 2 / 100);
  });

  it("still finds texts of the same topic", () => {
    const sameTopic = index.graph.neighbours.filter((ns, i) => ns.length > 0 && topic[ns[0].index] === topic[i]).length;
    expect(sameTopic / n).toBeGreaterThan(0.95);
  });

  it("clusters with a bounded number of comparisons too", () => {
    const clustering = clusterRecords(vectors.map((_, i) => ({ id: `R${i}`, text: "", tags: [] })), index);
    expect(clustering.comparisons).toBeLessThanOrEqual(n * (16 + 2 * 10));
    expect(clustering.clusters.length).toBeLessThan(n / 10);
  });
});

/** A cluster's name: the key terms most of its members share, heaviest first ("ratify · optional protocol · torture"). */
import { STOP_WORDS } from "../stopWords";
import type { SortedVector } from "./sortedVector";

const MAX_TERMS = 3;
const MAX_WORDS = 6;

/** What the members make of a feature that names at least one of them. */
interface Naming {
  weight: number;
  count: number;
  /** How each member naming it writes it, in member order. */
  readonly written: string[];
}

export function clusterName(members: readonly number[], vectors: readonly SortedVector[]): string {
  // Only features that name some member can name the cluster, so only theirs are summed (most clusters are small).
  const namings = new Map<number, Naming>();
  for (const m of members) {
    const v = vectors[m];
    for (let k = 0; k < v.named.length; k++) {
      let n = namings.get(v.named[k]);
      if (!n) namings.set(v.named[k], (n = { weight: 0, count: 0, written: [] }));
      n.written.push(v.names[k]);
    }
  }
  for (const m of members) {
    const v = vectors[m];
    for (let k = 0; k < v.index.length; k++) {
      const n = namings.get(v.index[k]);
      if (!n) continue;
      n.weight += v.value[k];
      n.count++;
    }
  }
  const quorum = Math.ceil(members.length / 2);
  const ranked = [...namings]
    .filter(([, n]) => n.count >= quorum)
    .sort(([fa, a], [fb, b]) => b.weight - a.weight || fa - fb)
    .map(([, n]) => commonest(n.written))
    // Leading-word features ("ratify the optional") read badly as a name; their single words come from the unigrams.
    .filter((n) => !n.split(" ").some((w) => STOP_WORDS.has(w)));
  return pickTerms(ranked).join(" · ");
}

/** The way the members most often write a feature (their languages differ), ties to the first in code order. */
function commonest(written: readonly string[]): string {
  if (written.length === 1) return written[0];
  const sorted = [...written].sort();
  let best = "";
  let most = 0;
  for (let i = 0, run = 1; i < sorted.length; i++, run++) {
    if (i + 1 < sorted.length && sorted[i + 1] === sorted[i]) continue;
    if (run > most) [best, most] = [sorted[i], run];
    run = 0;
  }
  return best;
}

/** The best terms that add a word not already named, within a few words. */
function pickTerms(ranked: readonly string[]): string[] {
  const chosen: string[] = [];
  const words = new Set<string>();
  for (const term of ranked) {
    const ws = term.split(" ");
    if (ws.every((w) => words.has(w))) continue;
    if (chosen.length > 0 && words.size + ws.length > MAX_WORDS) break;
    chosen.push(term);
    for (const w of ws) words.add(w);
    if (chosen.length === MAX_TERMS) break;
  }
  return chosen;
}

/** A cluster's name: the key terms most of its members share, heaviest first ("ratify · optional protocol · torture"). */
import { STOP_WORDS } from "../stopWords";
import type { SortedVector } from "./sortedVector";

const MAX_TERMS = 3;
const MAX_WORDS = 6;

export function clusterName(members: readonly number[], vectors: readonly SortedVector[]): string {
  const weight = new Map<number, number>();
  const count = new Map<number, number>();
  const names = new Map<number, Map<string, number>>();
  for (const m of members) {
    const v = vectors[m];
    for (let k = 0; k < v.index.length; k++) {
      const f = v.index[k];
      weight.set(f, (weight.get(f) ?? 0) + v.value[k]);
      count.set(f, (count.get(f) ?? 0) + 1);
    }
    for (let k = 0; k < v.named.length; k++) {
      let written = names.get(v.named[k]);
      if (!written) names.set(v.named[k], (written = new Map()));
      written.set(v.names[k], (written.get(v.names[k]) ?? 0) + 1);
    }
  }
  const quorum = Math.ceil(members.length / 2);
  const ranked = [...names.keys()]
    .filter((f) => (count.get(f) ?? 0) >= quorum)
    .sort((a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || a - b)
    .map((f) => commonest(names.get(f) as Map<string, number>))
    // Leading-word features ("ratify the optional") read badly as a name; their single words come from the unigrams.
    .filter((n) => !n.split(" ").some((w) => STOP_WORDS.has(w)));
  return pickTerms(ranked).join(" · ");
}

/** The way the members most often write a feature (their languages differ), ties to the first in code order. */
function commonest(written: ReadonlyMap<string, number>): string {
  let best = "";
  let most = 0;
  for (const [name, n] of written) if (n > most || (n === most && name < best)) [best, most] = [name, n];
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

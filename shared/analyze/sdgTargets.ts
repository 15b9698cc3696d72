/** SDG targets suggested from target-specific phrases, only under a goal that is suggested or already carried. */
import { compileLexicon, lexiconHits, type CompiledLexicon } from "./lexicon";
import type { Prediction } from "./linear";
import { SDG_TARGET_LEXICON } from "./sdgTargetLexicon";
import { terms } from "./tokenize";

let lexicon: CompiledLexicon | null = null;

/** The goal of a target: "16.a" → "16". */
export const targetGoal = (target: string): string => target.slice(0, target.indexOf("."));

/**
 * Targets evidenced in the text whose goal is in `goals` (goal number → its score). The data has no target labels
 * to learn from, so a target inherits its goal's score and gives the phrase that named it as its reason.
 */
export function sdgTargets(text: string, goals: ReadonlyMap<string, number>): Prediction[] {
  if (goals.size === 0) return [];
  lexicon ??= compileLexicon(SDG_TARGET_LEXICON, "");
  const out: Prediction[] = [];
  for (const hit of lexiconHits(terms(text), lexicon)) {
    const score = goals.get(targetGoal(hit.key));
    if (score !== undefined) out.push({ label: hit.key, score, reason: [hit.words] });
  }
  return out.sort((a, b) => b.score - a.score);
}

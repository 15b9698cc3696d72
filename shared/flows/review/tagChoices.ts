/** Ticking tag suggestions one by one or in bulk, and the decisions the ticks make. */
import { decisionKey } from "../../track/decidedSuggestions";
import type { TagChoice, TagDecision, TagKind, TagReview } from "./types";

export const choiceKey = (id: string, choice: Pick<TagChoice, "kind" | "value">): string => decisionKey(id, choice.kind, choice.value);

/** The recommendations that have a suggestion of this kind (every kind when null), with only those suggestions. */
export function tagsOfKind(tags: readonly TagReview[], kind: TagKind | null): TagReview[] {
  if (kind === null) return [...tags];
  return tags.flatMap((t) => {
    const choices = t.choices.filter((c) => c.kind === kind);
    return choices.length === 0 ? [] : [{ ...t, choices }];
  });
}

/** Keys of every suggestion in the list scoring at least `minScore`: "tick all" for the list shown. */
export const keysAtLeast = (tags: readonly TagReview[], minScore: number): string[] =>
  tags.flatMap((t) => t.choices.filter((c) => c.score >= minScore).map((c) => choiceKey(t.id, c)));

/** Accepting or rejecting the ticked suggestions. */
export const tagDecisions = (tags: readonly TagReview[], ticked: ReadonlySet<string>, accept: boolean): TagDecision[] =>
  tags.flatMap((t) => t.choices.filter((c) => ticked.has(choiceKey(t.id, c))).map((c) => ({ id: t.id, kind: c.kind, value: c.value, accept })));

/** What a refresh changed in one section, from the paragraph texts before and after: words, and lines added or removed. */
import { countWords } from "../../../shared/report/wordCount";

export interface SectionChanges {
  readonly wordsBefore: number;
  readonly wordsAfter: number;
  /** Non-empty paragraphs (table cells included) that are new, in their new order. */
  readonly added: readonly string[];
  /** Non-empty paragraphs that are gone, in their old order — edits the drafter made inside the section included. */
  readonly removed: readonly string[];
}

const words = (lines: readonly string[]): number => lines.reduce((n, line) => n + countWords(line), 0);

/** Lines of `from` not matched one for one in `against` (a multiset difference, so repeated lines count). */
function unmatched(from: readonly string[], against: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const line of against) left.set(line, (left.get(line) ?? 0) + 1);
  return from.filter((line) => {
    const n = left.get(line) ?? 0;
    if (n > 0) left.set(line, n - 1);
    return n === 0;
  });
}

export function sectionChanges(before: readonly string[], after: readonly string[]): SectionChanges {
  // A line break may come back from Word as "\v" (a manual break) or as a paragraph of its own: compare by line.
  const [old, now] = [before, after].map((lines) => lines.flatMap((l) => l.split(/[\v\r\n]+/)).map((l) => l.trim()).filter((l) => l !== "")) as [string[], string[]];
  return { wordsBefore: words(old), wordsAfter: words(now), added: unmatched(now, old), removed: unmatched(old, now) };
}

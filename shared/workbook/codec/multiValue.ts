/**
 * Several values in one cell, joined with "; " — items are expected trimmed, non-empty and free of ";" (the
 * importer splits on it). SDGs are written goals first, then targets: "5; 16; 16.2".
 */

export const LIST_SEPARATOR = "; ";

export const joinValues = (items: readonly string[]): string | null => (items.length === 0 ? null : items.join(LIST_SEPARATOR));

export const splitValues = (text: string): string[] =>
  text
    .split(";")
    .map((item) => item.trim())
    .filter((item) => item !== "");

export interface SdgValue {
  readonly goals: number[];
  readonly targets: string[];
}

export function sdgText(goals: readonly number[], targets: readonly string[]): string | null {
  return joinValues([...goals.map(String), ...targets]);
}

const GOAL = /^(?:[1-9]|1[0-7])$/;
const TARGET = /^\d{1,2}\.(?:\d{1,2}|[a-z])$/;

/** Goals and targets in written order, or null when a piece is neither (the cell is then kept as written). */
export function parseSdgText(text: string): SdgValue | null {
  const goals: number[] = [];
  const targets: string[] = [];
  for (const item of splitValues(text)) {
    if (GOAL.test(item)) goals.push(Number(item));
    else if (TARGET.test(item)) targets.push(item);
    else return null;
  }
  return { goals, targets };
}

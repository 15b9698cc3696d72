/** A mutable counter of records by status and overdue, turned into a finished RollupRow once counting is done. */
import type { RollupRow, StatusKey } from "./types";

export const STATUS_KEYS: readonly StatusKey[] = ["not_started", "in_progress", "partially_implemented", "implemented", "unknown"];
const IMPLEMENTED = STATUS_KEYS.indexOf("implemented");

/** Counts by position in STATUS_KEYS: an array slot, not a string-keyed property, in the rollup's hot loop. */
export interface Tally {
  readonly byStatus: number[];
  total: number;
  overdue: number;
}

export const newTally = (): Tally => ({ byStatus: STATUS_KEYS.map(() => 0), total: 0, overdue: 0 });

/** statusIndex is the status's position in STATUS_KEYS. */
export function countInto(tally: Tally, statusIndex: number, overdue: boolean): void {
  tally.byStatus[statusIndex]++;
  tally.total++;
  if (overdue) tally.overdue++;
}

export function toRow(key: string, tally: Tally): RollupRow {
  const counts = Object.fromEntries(STATUS_KEYS.map((status, i) => [status, tally.byStatus[i]]));
  return {
    key,
    counts: counts as Record<StatusKey, number>,
    total: tally.total,
    overdue: tally.overdue,
    implementedShare: tally.total === 0 ? 0 : tally.byStatus[IMPLEMENTED] / tally.total,
  };
}

const DIGITS = /^\d+$/;

/** Biggest first; ties by key, numerically for numbers so SDG "2" precedes "10", never by locale (deterministic). */
export function compareRows(a: RollupRow, b: RollupRow): number {
  if (a.total !== b.total) return b.total - a.total;
  if (DIGITS.test(a.key) && DIGITS.test(b.key)) return Number(a.key) - Number(b.key);
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Counts recommendations by effective status along every rollup dimension, with overdue figures as of a given date, in one pass. */
import type { Recommendation } from "../model/tracker";
import { DIMENSION_KEYS } from "./dimensionKeys";
import { effectiveStatus } from "./deriveStatus";
import { deadlineChecker } from "./overdue";
import { compareRows, countInto, newTally, STATUS_KEYS, toRow, type Tally } from "./tally";
import { ROLLUP_DIMENSIONS, type RollupTable, type Rollups } from "./types";

export interface RollupOptions {
  /** "YYYY-MM-DD" (or an ISO timestamp) supplied by the host: the core never reads the clock. */
  readonly asOf: string;
}

function tallyFor(tallies: Map<string, Tally>, key: string): Tally {
  let tally = tallies.get(key);
  if (tally === undefined) {
    tally = newTally();
    tallies.set(key, tally);
  }
  return tally;
}

function toTable(dimension: RollupTable["dimension"], tallies: Map<string, Tally>): RollupTable {
  const rows = [...tallies].map(([key, tally]) => toRow(key, tally));
  return { dimension, rows: rows.sort(compareRows) };
}

/** The total row's key is "": it stands for all records, not for one value of a dimension. */
export function rollup(recs: readonly Recommendation[], opts: RollupOptions): Rollups {
  const total = newTally();
  const byDimension = ROLLUP_DIMENSIONS.map(() => new Map<string, Tally>());
  const visitors = ROLLUP_DIMENSIONS.map((dimension) => DIMENSION_KEYS[dimension]);
  const deadlinePassed = deadlineChecker(opts.asOf);
  let statusIndex = 0;
  let overdue = false;
  let tallies = byDimension[0];
  // One closure for the whole pass (not one per record and dimension) keeps the hot loop allocation-free.
  const count = (key: string): void => countInto(tallyFor(tallies, key), statusIndex, overdue);
  for (const rec of recs) {
    // Status and overdue are computed once per record, then counted under each of its keys.
    const status = effectiveStatus(rec).status;
    statusIndex = STATUS_KEYS.indexOf(status ?? "unknown");
    overdue = status !== "implemented" && deadlinePassed(rec);
    countInto(total, statusIndex, overdue);
    for (let i = 0; i < visitors.length; i++) {
      tallies = byDimension[i];
      visitors[i](rec, count);
    }
  }
  return {
    asOf: opts.asOf,
    total: toRow("", total),
    tables: ROLLUP_DIMENSIONS.map((dimension, i) => toTable(dimension, byDimension[i])),
  };
}

/** The shape of status rollups: counts by status along one dimension, plus overdue as of a date. */
import type { RecommendationStatus } from "../model/codes";

export const ROLLUP_DIMENSIONS = [
  "mechanism",
  "cluster",
  "theme",
  "institution",
  "sdgGoal",
  "affectedPerson",
  "cycle",
  "position",
] as const;
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];

/** "unknown" counts records whose status is not set (or could not be read). */
export type StatusKey = RecommendationStatus | "unknown";

export interface RollupRow {
  /** The dimension's value: "UPR", "5", "Ministry of Justice"; "" for records with no value. */
  readonly key: string;
  readonly counts: Readonly<Record<StatusKey, number>>;
  readonly total: number;
  /** Records with a deadline (theirs or an open activity's) before asOf and not implemented. */
  readonly overdue: number;
  /** implemented / total, 0–1 (0 when total is 0). */
  readonly implementedShare: number;
}

export interface RollupTable {
  readonly dimension: RollupDimension;
  readonly rows: readonly RollupRow[];
}

export interface Rollups {
  /** ISO date the overdue figures are computed at. */
  readonly asOf: string;
  readonly total: RollupRow;
  readonly tables: readonly RollupTable[];
}

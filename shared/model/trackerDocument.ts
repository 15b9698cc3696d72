/** Everything a tracker workbook holds, as the core hands it to the workbook planner. */
import type { Rollups } from "../rollup/types";
import type { Lang } from "./codes";
import type { LocatedIssue } from "./issue";
import type { LogEntry } from "./log";
import type { Recommendation } from "./tracker";

export interface TrackerDocument {
  readonly recommendations: readonly Recommendation[];
  readonly issues: readonly LocatedIssue[];
  readonly rollups: Rollups;
  readonly log: readonly LogEntry[];
  /** The language of headers, labels and messages in the workbook. */
  readonly lang: Lang;
  /** Headers of source columns the tracker has no field for, kept as extra columns in this order. */
  readonly extraColumns: readonly string[];
  /** ISO timestamp supplied by the host. */
  readonly generatedAt: string;
}

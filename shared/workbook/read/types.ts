/** What reading a tracker workbook back gives: its records, log and columns, and what could not be read. */
import type { Lang } from "../../model/codes";
import type { LogEntry } from "../../model/log";
import type { Activity, Recommendation } from "../../model/tracker";

export type TrackerProblemCode =
  | "tracker.missingSheet"
  | "tracker.unknownLang"
  | "tracker.missingId"
  | "tracker.duplicateId"
  | "tracker.missingActivityId"
  | "tracker.unknownTrackerId"
  | "tracker.unreadableSource";

/** A cell the reader could not turn into a record's value; row and col are 1-based. */
export interface TrackerProblem {
  readonly code: TrackerProblemCode;
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** A1 address of the cell. */
  readonly cell: string;
  readonly field: string;
  readonly value: string;
}

export interface TrackerRead {
  readonly recommendations: Recommendation[];
  readonly log: LogEntry[];
  readonly extraColumns: string[];
  readonly lang: Lang;
  readonly schemaVersion: number;
  readonly problems: TrackerProblem[];
  /** Activities whose Tracker ID matches no recommendation: kept here, never dropped (each also has a problem). */
  readonly orphanActivities: { readonly trackerId: string; readonly activity: Activity }[];
  /** Recommendation ID → the cluster ID suggested when the tracker was written (empty when it was written without analysis). */
  readonly suggestedClusters: ReadonlyMap<string, string>;
}

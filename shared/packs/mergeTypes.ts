/** What a merge reports: each applied change, rejected value and conflict, located in the pack it came from. */
import type { Lang } from "../model/codes";
import type { LogEntry } from "../model/log";
import type { Recommendation } from "../model/tracker";
import type { PackField } from "./packLayout";

export interface Located {
  /** The pack's file, sheet and cell the value came from. */
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
  readonly institution: string;
  readonly recordId: string;
  readonly activityId: string | null;
  readonly field: PackField | "activity";
}

export interface Change extends Located {
  readonly oldValue: string;
  readonly newValue: string;
}

export interface Rejection extends Located {
  readonly value: string;
  /** A key of PACKS_MESSAGES; its parameters are `value` (and `id` for unknown records). */
  readonly messageKey: string;
}

export interface Conflict extends Located {
  readonly trackerValue: string;
  readonly packValue: string;
}

export interface MergeResult {
  readonly records: Recommendation[];
  readonly applied: Change[];
  readonly rejected: Rejection[];
  readonly conflicts: Conflict[];
  readonly log: LogEntry[];
}

export interface MergeOptions {
  /** ISO timestamp supplied by the host, for the log. */
  readonly at: string;
  /** The tracker's language: names the evidence column when a record has none yet. */
  readonly lang?: Lang;
}

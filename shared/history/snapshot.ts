/** A snapshot of the tracker at a reporting date: what the "changed since" tables and reports compare against. */
import { z } from "zod";
import { ActivityStatus, RecommendationStatus } from "../model/codes";
import { DateOrPeriod, type Recommendation } from "../model/tracker";
import { effectiveStatus } from "../rollup/deriveStatus";
import { deadlineChecker } from "../rollup/overdue";

export const SNAPSHOT_SCHEMA_VERSION = 1;

/** An ISO day, "2024-06-30". */
export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const SnapshotActivity = z.object({
  id: z.string().min(1),
  status: ActivityStatus.nullable(),
  deadline: DateOrPeriod.nullable(),
});
export type SnapshotActivity = z.infer<typeof SnapshotActivity>;

export const SnapshotEntry = z.object({
  id: z.string().min(1),
  /** The effective status (override, then activities, then recorded), as the report counts it. */
  status: RecommendationStatus.nullable(),
  progress: z.number().min(0).max(100).nullable(),
  deadline: DateOrPeriod.nullable(),
  overdue: z.boolean(),
  activities: z.array(SnapshotActivity),
});
export type SnapshotEntry = z.infer<typeof SnapshotEntry>;

export const Snapshot = z.object({
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  asOf: IsoDay,
  /** The user's name for it ("UPR mid-term report"); may be empty. */
  label: z.string(),
  recommendations: z.array(SnapshotEntry),
});
export type Snapshot = z.infer<typeof Snapshot>;

export interface SnapshotOptions {
  readonly asOf: string;
  readonly label?: string;
}

export function takeSnapshot(records: readonly Recommendation[], opts: SnapshotOptions): Snapshot {
  const asOf = opts.asOf.slice(0, 10);
  const passed = deadlineChecker(asOf);
  const recommendations = records.map((rec): SnapshotEntry => {
    const status = effectiveStatus(rec).status;
    return {
      id: rec.id,
      status,
      progress: rec.progress,
      deadline: rec.deadline,
      overdue: status !== "implemented" && passed(rec),
      activities: rec.activities.map((a) => ({ id: a.id, status: a.status, deadline: a.deadline })),
    };
  });
  return Snapshot.parse({ schemaVersion: SNAPSHOT_SCHEMA_VERSION, asOf, label: opts.label ?? "", recommendations });
}

/** "Changed since snapshot": what moved between a snapshot and today's records, as tables report templates can use. */
import type { Params } from "../i18n/catalog";
import type { ActivityStatus, Mechanism, RecommendationStatus } from "../model/codes";
import type { Recommendation } from "../model/tracker";
import type { Snapshot, SnapshotEntry } from "./snapshot";
import { takeSnapshot } from "./snapshot";

export interface RecordRef {
  readonly id: string;
  readonly ref: string | null;
  readonly text: string;
}

export interface StatusChange extends RecordRef {
  readonly from: RecommendationStatus | null;
  readonly to: RecommendationStatus | null;
}

export interface ActivityChange extends RecordRef {
  readonly activityId: string;
  readonly activity: string;
  readonly status: ActivityStatus | null;
  readonly deadline: string | null;
  readonly institution: string | null;
}

export interface OverdueItem extends RecordRef {
  readonly deadline: string | null;
  readonly institutions: readonly string[];
}

export interface AddedItem extends RecordRef {
  readonly mechanism: Mechanism | null;
  readonly status: RecommendationStatus | null;
}

export interface Changes {
  /** The snapshot's date and label, and the date the records were compared at. */
  readonly since: string;
  readonly label: string;
  readonly asOf: string;
  readonly statusChanges: readonly StatusChange[];
  readonly newActivities: readonly ActivityChange[];
  /** Activities completed now that were not completed (or did not exist) in the snapshot. */
  readonly completedActivities: readonly ActivityChange[];
  /** Overdue now, not overdue (or absent) in the snapshot. */
  readonly newlyOverdue: readonly OverdueItem[];
  readonly added: readonly AddedItem[];
  /** IDs in the snapshot that no record carries any more: shown so nothing disappears unnoticed. */
  readonly removed: readonly string[];
}

/** How many of each kind, as the one-line summaries (command line, task pane) say them. */
export const changeCounts = (changes: Changes): Params => ({
  since: changes.since,
  statusChanges: changes.statusChanges.length,
  newActivities: changes.newActivities.length,
  completed: changes.completedActivities.length,
  overdue: changes.newlyOverdue.length,
  added: changes.added.length,
  removed: changes.removed.length,
});

const refOf = (rec: Recommendation): RecordRef => ({ id: rec.id, ref: rec.ref, text: rec.text });

export function changesSince(snapshot: Snapshot, records: readonly Recommendation[], opts: { readonly asOf: string }): Changes {
  const before = new Map(snapshot.recommendations.map((e) => [e.id, e]));
  const now = takeSnapshot(records, { asOf: opts.asOf });
  const out = { statusChanges: [] as StatusChange[], newActivities: [] as ActivityChange[], completedActivities: [] as ActivityChange[], newlyOverdue: [] as OverdueItem[], added: [] as AddedItem[] };
  records.forEach((rec, i) => {
    const current = now.recommendations[i]!;
    const old = before.get(rec.id);
    if (old === undefined) out.added.push({ ...refOf(rec), mechanism: rec.mechanism, status: current.status });
    else if (old.status !== current.status) out.statusChanges.push({ ...refOf(rec), from: old.status, to: current.status });
    if (current.overdue && !(old?.overdue ?? false)) out.newlyOverdue.push({ ...refOf(rec), deadline: rec.deadline, institutions: rec.institutions });
    activityChanges(rec, old, out);
  });
  const present = new Set(records.map((r) => r.id as string));
  const removed = snapshot.recommendations.filter((e) => !present.has(e.id)).map((e) => e.id);
  return { since: snapshot.asOf, label: snapshot.label, asOf: now.asOf, ...out, removed };
}

function activityChanges(rec: Recommendation, old: SnapshotEntry | undefined, out: { newActivities: ActivityChange[]; completedActivities: ActivityChange[] }): void {
  const oldActivities = new Map((old?.activities ?? []).map((a) => [a.id, a]));
  for (const a of rec.activities) {
    const change: ActivityChange = { ...refOf(rec), activityId: a.id, activity: a.text, status: a.status, deadline: a.deadline, institution: a.institution };
    const was = oldActivities.get(a.id);
    // A recommendation added since the snapshot is listed once, as added; its activities are not "new" on top.
    if (was === undefined && old !== undefined) out.newActivities.push(change);
    if (a.status === "completed" && was?.status !== "completed") out.completedActivities.push(change);
  }
}

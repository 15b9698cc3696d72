/**
 * The documented rule that turns the progress of a recommendation's activities into its implementation status,
 * and the status a recommendation therefore counts as (a person's override first).
 *
 * 1. Cancelled activities, and activities whose progress is not set, are left out.
 * 2. No activity left: nothing to derive from (null).
 * 3. Every activity left is completed: implemented.
 * 4. Some, but not all, are completed: partially implemented.
 * 5. None is completed and at least one is in progress: in progress.
 * 6. All are planned: not started.
 * A status override (set by a person, with a reason) wins; without activities to derive from, the recorded status stands.
 */
import type { RecommendationStatus } from "../model/codes";
import type { Activity, Recommendation } from "../model/tracker";

/** The rule above as sentences, in order, for the README and the tracker's help sheet to quote verbatim. */
export const STATUS_DERIVATION_RULE: readonly string[] = [
  "Cancelled activities, and activities whose progress is not set, are left out.",
  "If no activity is left, there is nothing to derive from: the recorded status stands.",
  "If every activity left is completed, the recommendation is implemented.",
  "If some, but not all, are completed, it is partially implemented.",
  "If none is completed and at least one is in progress, it is in progress.",
  "If all are planned, it is not started.",
  "A status set by hand, with its reason, always wins over the derived one.",
];

export function deriveStatus(activities: readonly Pick<Activity, "status">[]): RecommendationStatus | null {
  let counted = 0;
  let completed = 0;
  let inProgress = 0;
  for (const { status } of activities) {
    if (status === null || status === "cancelled") continue;
    counted++;
    if (status === "completed") completed++;
    else if (status === "in_progress") inProgress++;
  }
  if (counted === 0) return null;
  if (completed === counted) return "implemented";
  if (completed > 0) return "partially_implemented";
  return inProgress > 0 ? "in_progress" : "not_started";
}

export type StatusBasis = "override" | "activities" | "recorded" | "none";

export interface EffectiveStatus {
  readonly status: RecommendationStatus | null;
  readonly basis: StatusBasis;
}

type StatusFields = Pick<Recommendation, "status" | "statusOverride" | "activities">;

const NONE: EffectiveStatus = { status: null, basis: "none" };

/** Override wins (a person decided, with a reason); then what the activities show; then what was recorded. */
export function effectiveStatus(rec: StatusFields): EffectiveStatus {
  if (rec.statusOverride !== null) return { status: rec.statusOverride.status, basis: "override" };
  const derived = deriveStatus(rec.activities);
  if (derived !== null) return { status: derived, basis: "activities" };
  if (rec.status !== null) return { status: rec.status, basis: "recorded" };
  return NONE;
}

export interface StatusDisagreement {
  readonly recorded: RecommendationStatus;
  readonly derived: RecommendationStatus;
}

/**
 * The recorded status and the one its activities imply, when they differ and no override settles it:
 * the derived one wins, so the validator must tell the user their recorded value was set aside.
 */
export function statusDisagreement(rec: StatusFields): StatusDisagreement | null {
  if (rec.statusOverride !== null || rec.status === null) return null;
  const derived = deriveStatus(rec.activities);
  return derived === null || derived === rec.status ? null : { recorded: rec.status, derived };
}

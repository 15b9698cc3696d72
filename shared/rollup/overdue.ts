/** Whether a recommendation is overdue as of a date: not implemented, and its own or an open activity's deadline has passed. */
import type { Recommendation } from "../model/tracker";
import { effectiveStatus } from "./deriveStatus";
import { periodEnd } from "./periodEnd";

type DeadlineFields = Pick<Recommendation, "deadline" | "activities">;

/** A deadline passes only after the last day of its period: due "2023-Q3" is still on time on 2023-09-30. */
const passed = (deadline: string, asOfDay: string): boolean => {
  const end = periodEnd(deadline);
  return end !== null && end < asOfDay;
};

/**
 * A checker for "the record's deadline, or that of an activity neither completed nor cancelled, ended before
 * asOf", whatever the record's status. asOf is "YYYY-MM-DD"; a full ISO timestamp's date part is used.
 * It remembers each deadline text it has judged: trackers reuse a few dozen, and the rollup asks 300k times.
 */
export function deadlineChecker(asOf: string): (rec: DeadlineFields) => boolean {
  const asOfDay = asOf.slice(0, 10);
  const judged = new Map<string, boolean>();
  const isPast = (deadline: string | null): boolean => {
    if (deadline === null) return false;
    let past = judged.get(deadline);
    if (past === undefined) judged.set(deadline, (past = passed(deadline, asOfDay)));
    return past;
  };
  return (rec) => {
    if (isPast(rec.deadline)) return true;
    for (const a of rec.activities) if (a.status !== "completed" && a.status !== "cancelled" && isPast(a.deadline)) return true;
    return false;
  };
}

export const hasPassedDeadline = (rec: DeadlineFields, asOf: string): boolean => deadlineChecker(asOf)(rec);

export function isOverdue(rec: Recommendation, asOf: string): boolean {
  return effectiveStatus(rec).status !== "implemented" && hasPassedDeadline(rec, asOf);
}

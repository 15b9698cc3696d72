/** The values a recommendation counts under along each rollup dimension, each at most once, "" when it has none. */
import type { Recommendation } from "../model/tracker";
import type { RollupDimension } from "./types";

/**
 * Calls visit once per distinct key. A visitor rather than returned arrays because the rollup calls this
 * eight times per record over 100k records, and the short-lived arrays and Sets showed up as GC time.
 */
export type VisitKeys = (rec: Recommendation, visit: (key: string) => void) => void;

/** Beyond this many values a Set is cheaper than scanning back for duplicates. */
const SCAN_LIMIT = 16;

/** First occurrences only, so a record listing the same theme twice still counts once under it. */
function visitDistinct<T extends string | number>(values: readonly T[], visit: (key: string) => void): void {
  if (values.length === 0) return visit("");
  if (values.length > SCAN_LIMIT) return new Set(values).forEach((value) => visit(String(value)));
  // Lists usually hold a handful of values: scanning back beats allocating a Set at that size.
  for (let i = 0; i < values.length; i++) if (values.indexOf(values[i]) === i) visit(String(values[i]));
}

const leadsOf = (activities: Recommendation["activities"]): string[] =>
  activities.flatMap((a) => (a.institution === null ? [] : [a.institution]));

/** Whether no earlier activity has the same lead institution. */
function isFirstLead(activities: Recommendation["activities"], i: number): boolean {
  for (let j = 0; j < i; j++) if (activities[j].institution === activities[i].institution) return false;
  return true;
}

/** Responsible institutions are the record's own plus every activity's lead (scanned in place: no array per record). */
function visitInstitutions(rec: Recommendation, visit: (key: string) => void): void {
  const { institutions: own, activities } = rec;
  if (own.length + activities.length > SCAN_LIMIT) return visitDistinct(own.concat(leadsOf(activities)), visit);
  let visited = 0;
  const visitOnce = (key: string): void => {
    visit(key);
    visited++;
  };
  for (let i = 0; i < own.length; i++) if (own.indexOf(own[i]) === i) visitOnce(own[i]);
  for (let i = 0; i < activities.length; i++) {
    const lead = activities[i].institution;
    if (lead !== null && !own.includes(lead) && isFirstLead(activities, i)) visitOnce(lead);
  }
  if (visited === 0) visit("");
}

const one = (key: string | number | null, visit: (key: string) => void): void => visit(key === null ? "" : String(key));

export const DIMENSION_KEYS: Readonly<Record<RollupDimension, VisitKeys>> = {
  mechanism: (rec, visit) => one(rec.mechanism, visit),
  cluster: (rec, visit) => one(rec.cluster, visit),
  theme: (rec, visit) => visitDistinct(rec.themes, visit),
  institution: visitInstitutions,
  sdgGoal: (rec, visit) => visitDistinct(rec.sdgGoals, visit),
  affectedPerson: (rec, visit) => visitDistinct(rec.affectedPersons, visit),
  cycle: (rec, visit) => one(rec.cycle, visit),
  // Treaty bodies and special procedures take no position, so their records land under "".
  position: (rec, visit) => one(rec.response, visit),
};

/** The keys as a list, for callers outside the hot loop (and tests). */
export function dimensionKeys(dimension: RollupDimension, rec: Recommendation): string[] {
  const keys: string[] = [];
  DIMENSION_KEYS[dimension](rec, (key) => keys.push(key));
  return keys;
}

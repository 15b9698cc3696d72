/** Keeps the recommendations a report's filters ask for; text filters compare folded, status is the effective one. */
import type { Recommendation } from "../model/tracker";
import { effectiveStatus } from "../rollup/deriveStatus";
import { periodEnd, periodStart } from "../vocab/calendar";
import { fold } from "../vocab/text";
import type { Period, ReportFilters } from "./reportSpec";

const sameText = (wanted: string) => {
  const key = fold(wanted);
  return (value: string | null): boolean => value !== null && fold(value) === key;
};

/**
 * In the period when its year, its deadline or an activity's deadline overlaps it: an annual report covers what was
 * due or adopted that year.
 */
function inPeriod(rec: Recommendation, period: Period): boolean {
  const overlaps = (value: string | null): boolean => value !== null && periodStart(value) <= period.to && periodEnd(value) >= period.from;
  return overlaps(rec.year === null ? null : String(rec.year)) || overlaps(rec.deadline) || rec.activities.some((a) => overlaps(a.deadline));
}

function matcher(filters: ReportFilters): (rec: Recommendation) => boolean {
  const tests: ((rec: Recommendation) => boolean)[] = [];
  const { mechanism, cycle, cluster, theme, institution, status, period } = filters;
  if (mechanism && mechanism.length > 0) tests.push((r) => r.mechanism !== null && mechanism.includes(r.mechanism));
  if (cycle !== undefined) tests.push((r) => r.cycle === cycle);
  if (cluster) tests.push((r) => sameText(cluster)(r.cluster));
  if (theme) tests.push((r) => r.themes.some(sameText(theme)));
  if (institution) {
    const same = sameText(institution);
    tests.push((r) => r.institutions.some(same) || r.activities.some((a) => same(a.institution)));
  }
  if (status) tests.push((r) => effectiveStatus(r).status === status);
  if (period) tests.push((r) => inPeriod(r, period));
  return (rec) => tests.every((t) => t(rec));
}

export const selectRecords = (records: readonly Recommendation[], filters: ReportFilters): Recommendation[] => records.filter(matcher(filters));

/**
 * Splits a selection into the report's groups, in the order the tracker first shows them (the drafters' own order,
 * "1. Justice" before "2. Health"); a record with no value for the grouping goes to a last "Not classified" group.
 * A record counts once, under its first theme or its lead (first) institution, so the word count is not inflated.
 */
import type { Lang } from "../model/codes";
import type { Recommendation } from "../model/tracker";
import { MECHANISM_LABELS } from "../vocab/labels";
import type { GroupBy } from "./reportSpec";
import { sayIn } from "./say";

export interface RecordGroup {
  readonly title: string;
  /** False for the catch-all group of records without a value: hosts show its title as a placeholder. */
  readonly classified: boolean;
  readonly records: readonly Recommendation[];
}

function keyOf(rec: Recommendation, groupBy: GroupBy, lang: Lang): string | null {
  switch (groupBy) {
    case "theme":
      return rec.themes[0] ?? null;
    case "cluster":
      return rec.cluster;
    case "mechanism":
      return rec.mechanism === null ? null : MECHANISM_LABELS[rec.mechanism][lang];
    case "institution":
      return rec.institutions[0] ?? rec.activities.find((a) => a.institution !== null)?.institution ?? null;
    case "none":
      return sayIn(lang)("report.allRecommendations");
  }
}

export function groupRecords(records: readonly Recommendation[], groupBy: GroupBy, lang: Lang): RecordGroup[] {
  const groups = new Map<string, Recommendation[]>();
  const unclassified: Recommendation[] = [];
  for (const rec of records) {
    const key = keyOf(rec, groupBy, lang)?.trim() || null;
    if (key === null) unclassified.push(rec);
    else {
      const group = groups.get(key);
      if (group) group.push(rec);
      else groups.set(key, [rec]);
    }
  }
  const out: RecordGroup[] = [...groups].map(([title, recs]) => ({ title, classified: true, records: recs }));
  if (unclassified.length > 0) out.push({ title: sayIn(lang)("report.missing.group"), classified: false, records: unclassified });
  return out;
}

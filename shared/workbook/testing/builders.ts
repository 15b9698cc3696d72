/** Test builders: complete records and a TrackerDocument from only the parts a test cares about. */
import type { LocatedIssue } from "../../model/issue";
import type { Activity, ActivityId, Recommendation, RecommendationId } from "../../model/tracker";
import type { TrackerDocument } from "../../model/trackerDocument";
import type { RollupRow, Rollups } from "../../rollup/types";

export function activity(fields: Partial<Activity> = {}): Activity {
  return { id: "A1" as ActivityId, text: "", status: null, deadline: null, institution: null, asWritten: {}, source: null, ...fields };
}

export function recommendation(fields: Partial<Recommendation> = {}): Recommendation {
  const source = { file: "source.xlsx", sheet: "UPR", row: 2 };
  return {
    id: "R1" as RecommendationId, ref: null, text: "", mechanism: null, symbol: null, paragraph: null, cycle: null, year: null,
    recommendingStates: [], response: null, status: null, statusOverride: null, themes: [], sdgGoals: [], sdgTargets: [],
    affectedPersons: [], institutions: [], progress: null, deadline: null, cluster: null, comments: null, followUp: null, indicators: null, extra: {},
    asWritten: {}, activities: [], source, sources: [source], ...fields,
  };
}

export function rollupRow(key: string, fields: Partial<RollupRow> = {}): RollupRow {
  return {
    key,
    counts: { not_started: 1, in_progress: 2, partially_implemented: 0, implemented: 1, unknown: 0 },
    total: 4, overdue: 1, implementedShare: 0.25, ...fields,
  };
}

export const emptyRollups = (asOf = "2025-06-30"): Rollups => ({ asOf, total: rollupRow("", { counts: { not_started: 0, in_progress: 0, partially_implemented: 0, implemented: 0, unknown: 0 }, total: 0, overdue: 0, implementedShare: 0 }), tables: [] });

export function issue(fields: Partial<LocatedIssue> = {}): LocatedIssue {
  return {
    severity: "warning", code: "status.unknown", params: {}, file: "source.xlsx", sheet: "UPR", cell: "M2", row: 2,
    recordId: "R1", field: "status", suggestion: null, message: "Status not recognised", ...fields,
  };
}

export function trackerDoc(fields: Partial<TrackerDocument> = {}): TrackerDocument {
  return { recommendations: [], issues: [], rollups: emptyRollups(), log: [], lang: "en", extraColumns: [], generatedAt: "2025-06-30T10:00:00Z", ...fields };
}

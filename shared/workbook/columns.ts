/** Which columns each record sheet has, by stable key, and how wide they are. */
import { ACTIVITY_FIELDS, RECOMMENDATION_FIELDS, type Field } from "../model/fields";
import type { LogEntry } from "../model/log";

/** Session and document date have no field of their own in the tracker: the importer keeps them as extra columns. */
export const RECOMMENDATION_COLUMN_FIELDS: readonly Field[] = RECOMMENDATION_FIELDS.filter((f) => f !== "session" && f !== "date");
/** "id" is the recommendation's Tracker ID, which ties an activity to its recommendation. */
export const ACTIVITY_COLUMN_FIELDS: readonly Field[] = ["id", ...ACTIVITY_FIELDS];

export const SOURCE_KEY = "source";
export const EXTRA_KEY = "extra";

export const recommendationColumnKeys = (extraCount: number): string[] => [
  ...RECOMMENDATION_COLUMN_FIELDS,
  ...Array.from({ length: extraCount }, () => EXTRA_KEY),
  SOURCE_KEY,
];
export const activityColumnKeys = (): string[] => [...ACTIVITY_COLUMN_FIELDS, SOURCE_KEY];

export const LOG_KEYS = ["at", "action", "by", "recordId", "field", "oldValue", "newValue", "note"] as const satisfies readonly (keyof LogEntry)[];
export const LONG_TEXT_KEYS = ["sheet", "id", "activityId", "logRow", "field", "part", "text"] as const;
export const ISSUE_KEYS = ["severity", "code", "message", "file", "sheet", "cell", "suggestion", "goTo"] as const;

const WIDTHS: Readonly<Record<string, number>> = {
  id: 16, ref: 12, text: 60, mechanism: 14, symbol: 20, paragraph: 10, cycle: 8, year: 8, recommendingStates: 24,
  response: 16, status: 20, statusReason: 30, themes: 30, sdg: 14, affectedPersons: 24, institutions: 30, progress: 12,
  deadline: 12, cluster: 20, comments: 40, followUp: 12, indicators: 40, suggestedTags: 40, suggestedCluster: 30, related: 30, clusterId: 14, clusterName: 40, activityId: 12, activity: 50, activityStatus: 16, activityDeadline: 14,
  activityInstitution: 28, source: 36, extra: 20,
  at: 22, action: 12, by: 16, recordId: 16, field: 18, oldValue: 30, newValue: 30, note: 30,
  sheet: 18, logRow: 10, part: 8, severity: 12, code: 22, message: 60, file: 24, cell: 8, suggestion: 24, goTo: 18,
};

export const columnWidth = (key: string): number => WIDTHS[key] ?? 18;

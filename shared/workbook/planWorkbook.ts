/** Plans the whole tracker workbook for a TrackerDocument: the one function every host's writer starts from. */
import { direction } from "../i18n/catalog";
import type { TrackerDocument } from "../model/trackerDocument";
import type { LocatedIssue } from "../model/issue";
import type { Recommendation } from "../model/tracker";
import type { RecordAnalysis } from "../track/analyzeRecords";
import { ANALYSIS_KEYS } from "./analysisCells";
import { activityColumnKeys, LOG_KEYS, LONG_TEXT_KEYS, recommendationColumnKeys } from "./columns";
import { highlights, trackerCell, trackerIndex, type TrackerCell } from "./issueCells";
import { DATE_FORMAT } from "./limits";
import type { LongTextPart } from "./longTexts";
import type { SheetPlan, WorkbookPlan } from "./plan";
import { sheetNames, TABLE_NAMES } from "./sheetNames";
import { dashboardSheet } from "./sheets/dashboard";
import { issuesSheet } from "./sheets/issues";
import { listsSheet } from "./sheets/lists";
import { logSheet } from "./sheets/log";
import { longTextsSheet } from "./sheets/longTexts";
import { clustersSheet } from "./sheets/clusters";
import { activitiesSheet, recommendationsSheet } from "./sheets/records";
import { settingsSheet } from "./sheets/settings";

type Pinned = { issue: LocatedIssue; cell: TrackerCell };

/** The document's extra columns, then any header a record holds that the list missed, so no value is dropped. */
export function extraColumnsOf(doc: Pick<TrackerDocument, "extraColumns">, recs: readonly Recommendation[]): string[] {
  const all = new Set(doc.extraColumns);
  for (const rec of recs) for (const header of Object.keys(rec.extra)) all.add(header);
  return [...all];
}

/** With `analysis`, the Recommendations sheet gets the suggestion columns and a Clusters sheet follows the dashboard. */
export function planWorkbook(doc: TrackerDocument, analysis: RecordAnalysis | null = null): WorkbookPlan {
  const { lang, recommendations: recs } = doc;
  const rtl = direction(lang) === "rtl";
  const names = sheetNames(lang);
  const extraColumns = extraColumnsOf(doc, recs);
  const recKeys = [...recommendationColumnKeys(extraColumns.length), ...(analysis ? ANALYSIS_KEYS : [])];
  const actKeys = activityColumnKeys();
  const index = trackerIndex(recs, recKeys, actKeys);
  const located = doc.issues.map((issue) => ({ issue, cell: trackerCell(issue, index) }));
  const pinned = located.filter((l): l is Pinned => l.cell !== null);
  const lists = listsSheet(names.lists, recs, lang, rtl);
  const parts: LongTextPart[] = [];
  const common = { extraColumns, lang, rtl, lists: lists.sources, analysis };
  const sheets: SheetPlan[] = [
    recommendationsSheet(recs, { ...common, name: names.recommendations, tableName: TABLE_NAMES.recommendations, keys: recKeys, notes: highlights(pinned, "recommendations") }, parts),
    activitiesSheet(recs, { ...common, name: names.activities, tableName: TABLE_NAMES.activities, keys: actKeys, notes: highlights(pinned, "activities") }, parts),
    dashboardSheet(doc.rollups, names.dashboard, lang, rtl),
    ...(analysis ? [clustersSheet(analysis, recs, names.clusters, doc.rollups.asOf, lang, rtl)] : []),
    issuesSheet(located, names, lang, rtl),
    logSheet(doc.log, names.log, lang, rtl, parts),
    lists.sheet,
    longTextsSheet(parts, names, lang, rtl),
    settingsSheet({ lang, generatedAt: doc.generatedAt, names, extraColumns, columns: { recommendations: recKeys, activities: actKeys, log: LOG_KEYS, longTexts: LONG_TEXT_KEYS } }, rtl),
  ];
  return { lang, rightToLeft: rtl, dateFormat: DATE_FORMAT, sheets };
}

/** The tracker workbook a track run yields: the one place that turns an engine result into a WorkbookPlan. */
import type { SourceFile } from "../grid/grid";
import { trackerLang } from "../import/trackerWorkbook";
import type { Lang } from "../model/codes";
import type { TrackResult } from "../track/track";
import type { SheetPlan, SheetRole, WorkbookPlan } from "../workbook/plan";
import { planWorkbook } from "../workbook/planWorkbook";

/**
 * `existing`: the workbook when it holds the tracker being rewritten, which keeps its own language (sheet names,
 * headers, labels) whatever the language of the person updating it — else a host replacing sheets by name would
 * add an English "Dashboard" beside the "Tableau de bord" it meant to refresh.
 */
export function trackerPlan(result: TrackResult, meta: { readonly lang: Lang; readonly now: string }, existing: SourceFile | null = null): WorkbookPlan {
  const lang = (existing && trackerLang(existing)) ?? meta.lang;
  return planWorkbook({
    recommendations: result.recommendations,
    issues: result.issues,
    rollups: result.rollups,
    log: result.log,
    lang,
    extraColumns: result.extraColumns,
    generatedAt: meta.now,
  }, result.analysis);
}

/** The planned sheet of a role; every tracker plan has each role once. */
export function sheetOf(plan: WorkbookPlan, role: SheetRole): SheetPlan {
  const sheet = plan.sheets.find((s) => s.role === role);
  if (!sheet) throw new Error(`tracker plan without a ${role} sheet`);
  return sheet;
}

/** The same workbook restricted to some sheets: a host applying it leaves every other sheet as it is. */
export const onlySheets = (plan: WorkbookPlan, roles: readonly SheetRole[]): WorkbookPlan => ({
  ...plan,
  sheets: plan.sheets.filter((s) => roles.includes(s.role)),
});

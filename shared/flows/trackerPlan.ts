/** The tracker workbook a track run yields: the one place that turns an engine result into a WorkbookPlan. */
import type { Lang } from "../model/codes";
import type { TrackResult } from "../track/track";
import type { SheetPlan, SheetRole, WorkbookPlan } from "../workbook/plan";
import { planWorkbook } from "../workbook/planWorkbook";

export function trackerPlan(result: TrackResult, meta: { readonly lang: Lang; readonly now: string }): WorkbookPlan {
  return planWorkbook({
    recommendations: result.recommendations,
    issues: result.issues,
    rollups: result.rollups,
    log: result.log,
    lang: meta.lang,
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

/// <reference types="google-apps-script" />
/**
 * The menu's flows: Convert reads the active sheet, runs the engine into the tracker already there (so its log and
 * people's changes are kept) and applies the tracker plan, continuing a run paused at the time limit with the same
 * source and timestamp, so the plan is the same; Validate only reports.
 */
import { analyseConvert } from "../../../shared/flows/convert";
import type { SourceFile } from "../../../shared/grid/grid";
import type { Lang } from "../../../shared/model/codes";
import { track, type TrackResult } from "../../../shared/track/track";
import type { WorkbookPlan } from "../../../shared/workbook/plan";
import { activeDocument, type ActiveDocument } from "../adapter/activeDocument";
import { applyPlan, pendingCheckpoint, TrackerChangedError, type ApplyResult } from "../adapter/applyPlan";
import { withDocumentLock } from "../adapter/documentLock";
import { readSpreadsheetGrids } from "../adapter/readSpreadsheetGrids";
import { recordSheetEdits, rememberPlanLayout, withEditSnapshot } from "../changeLog/recordEdits";
import { basedOn, RECORD_ROLES } from "../../../shared/workbook/basedOn";
import { readLayout, readTrackerSheets } from "../tracker/layout";
import { say, userEmail, userLang } from "./user";

const MAX_LISTED_ISSUES = 15;

export interface ConvertOutcome {
  /** "changed": someone edited the tracker meanwhile, so nothing was replaced. */
  readonly applied: ApplyResult | { readonly status: "changed" };
  readonly records: number;
  readonly plan: WorkbookPlan;
}

function runEngine(source: SourceFile, lang: Lang, now: string): TrackResult {
  return track([source], { lang, asOf: now.slice(0, 10), now, by: userEmail(lang) });
}

/**
 * The source sheet with the tracker's own sheets beside it. A fresh run first logs the edits made in the tracker
 * since the last refresh; a continued run must not, or its plan would change under it.
 */
function workbookFor(doc: ActiveDocument, sourceName: string, now: string, fresh: boolean, userLanguage: Lang): { workbook: SourceFile; lang: Lang; tracker: boolean } {
  const layout = readLayout(doc);
  if (!layout) return { workbook: readSpreadsheetGrids({ sheets: [sourceName] }, doc), lang: userLanguage, tracker: false };
  if (fresh) withDocumentLock(() => recordSheetEdits(layout, userLanguage, now, doc));
  return { workbook: readTrackerSheets(layout, RECORD_ROLES, doc, [sourceName]), lang: layout.lang, tracker: true };
}

export function convertActiveSheet(startedAt: number = Date.now()): ConvertOutcome {
  const userLanguage = userLang();
  const doc = activeDocument();
  const pending = pendingCheckpoint(doc);
  const sourceName = pending?.context["source"] ?? doc.ss.getActiveSheet().getName();
  const now = pending?.context["now"] ?? new Date(startedAt).toISOString();
  const { workbook, lang, tracker } = workbookFor(doc, sourceName, now, pending === null, userLanguage);
  const analysis = analyseConvert({ workbook, sheet: sourceName, lang, now, by: userEmail(userLanguage) });
  const plan = withEditSnapshot(analysis.plan);
  // Nothing holds the lock from this read to the write: an edit made in between must stop the write, not be lost.
  const based = tracker ? { basedOn: basedOn(analysis.plan, workbook) } : {};
  let applied: ApplyResult;
  try {
    applied = applyPlan(plan, { keep: [sourceName], startedAt, context: { source: sourceName, now }, ...based }, doc);
  } catch (error) {
    if (!(error instanceof TrackerChangedError)) throw error;
    doc.ss.toast(say(userLanguage, "trackerChanged"));
    return { applied: { status: "changed" }, records: analysis.recommendations, plan };
  }
  if (applied.status === "done") rememberPlanLayout(plan, doc);
  const message = applied.status === "done"
    ? say(userLanguage, "convert.done", { records: analysis.recommendations, sheets: analysis.plan.sheets.length })
    : say(userLanguage, "convert.paused", { done: applied.done, total: applied.total });
  doc.ss.toast(message);
  return { applied, records: analysis.recommendations, plan };
}

export function validateActiveSheet(startedAt: number = Date.now()): string {
  const lang = userLang();
  const ss = SpreadsheetApp.getActive();
  const now = new Date(startedAt).toISOString();
  const result = runEngine(readSpreadsheetGrids({ sheets: [ss.getActiveSheet().getName()] }), lang, now);
  const count = (severity: string) => result.issues.filter((i) => i.severity === severity).length;
  const lines = [say(lang, "validate.summary", { records: result.recommendations.length, errors: count("error"), warnings: count("warning") })];
  for (const issue of result.issues.slice(0, MAX_LISTED_ISSUES)) lines.push(`${issue.cell ?? issue.row ?? ""} ${issue.message}`.trim());
  if (result.issues.length > MAX_LISTED_ISSUES) lines.push(say(lang, "validate.more", { count: result.issues.length - MAX_LISTED_ISSUES }));
  const text = lines.join("\n");
  const ui = SpreadsheetApp.getUi();
  ui.alert(say(lang, "validate.title"), text, ui.ButtonSet.OK);
  return text;
}

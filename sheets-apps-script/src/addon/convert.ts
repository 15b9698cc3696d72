/// <reference types="google-apps-script" />
/**
 * The menu's flows: Convert reads the active sheet, runs the engine and applies the tracker plan (continuing a run
 * paused at the time limit with the same source and timestamp, so the plan is the same); Validate only reports.
 */
import type { SourceFile } from "../../../shared/grid/grid";
import type { Lang } from "../../../shared/model/codes";
import { track, type TrackResult } from "../../../shared/track/track";
import type { WorkbookPlan } from "../../../shared/workbook/plan";
import { trackerPlan } from "../../../shared/flows/trackerPlan";
import { applyPlan, pendingCheckpoint, type ApplyResult } from "../adapter/applyPlan";
import { readSpreadsheetGrids } from "../adapter/readSpreadsheetGrids";
import { say, userEmail, userLang } from "./user";

const MAX_LISTED_ISSUES = 15;

export interface ConvertOutcome {
  readonly applied: ApplyResult;
  readonly records: number;
  readonly plan: WorkbookPlan;
}

function runEngine(source: SourceFile, lang: Lang, now: string): TrackResult {
  return track([source], { lang, asOf: now.slice(0, 10), now, by: userEmail(lang) });
}

export function convertActiveSheet(startedAt: number = Date.now()): ConvertOutcome {
  const lang = userLang();
  const pending = pendingCheckpoint();
  const ss = SpreadsheetApp.getActive();
  const sourceName = pending?.context["source"] ?? ss.getActiveSheet().getName();
  const now = pending?.context["now"] ?? new Date(startedAt).toISOString();
  const result = runEngine(readSpreadsheetGrids({ sheets: [sourceName] }), lang, now);
  const plan = trackerPlan(result, { lang, now });
  const applied = applyPlan(plan, { keep: [sourceName], startedAt, context: { source: sourceName, now } });
  const message = applied.status === "done"
    ? say(lang, "convert.done", { records: result.recommendations.length, sheets: plan.sheets.length })
    : say(lang, "convert.paused", { done: applied.done, total: applied.total });
  ss.toast(message);
  return { applied, records: result.recommendations.length, plan };
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

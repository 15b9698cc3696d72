/** Dashboard refresh: the rollups as of a date, and only the Dashboard sheet to rewrite. */
import type { SourceFile } from "../grid/grid";
import { isTrackerWorkbook } from "../import/trackerWorkbook";
import type { Rollups } from "../rollup/types";
import { track } from "../track/track";
import type { WorkbookPlan } from "../workbook/plan";
import type { RunMeta } from "./convert";
import { onlySheets, trackerPlan } from "./trackerPlan";

export interface DashboardRequest extends RunMeta {
  readonly workbook: SourceFile;
  /** ISO day overdue items are counted at. */
  readonly asOf: string;
}

export interface Dashboard {
  readonly rollups: Rollups;
  readonly plan: WorkbookPlan;
}

export function refreshDashboard(req: DashboardRequest): Dashboard | null {
  if (!isTrackerWorkbook(req.workbook)) return null;
  const result = track([req.workbook], { lang: req.lang, asOf: req.asOf, now: req.now, by: req.by });
  return { rollups: result.rollups, plan: onlySheets(trackerPlan(result, req, req.workbook), ["dashboard"]) };
}

/// <reference types="google-apps-script" />
/**
 * The change log's refresh half: on every Convert, dashboard refresh, visit to the Change log or pane task, the
 * watched cells as they are now are compared with the snapshot taken last time, and each difference becomes a Log
 * row (who made it is not known, the note says so; edits the on-edit trigger already logged are not repeated).
 * A tracker plan the add-on writes carries a new snapshot of what it writes, so its own changes are never logged
 * as edits.
 */
import { cellText } from "../../../shared/grid/cellText";
import type { Lang } from "../../../shared/model/codes";
import { onlySheets } from "../../../shared/flows/trackerPlan";
import { LOG_KEYS } from "../../../shared/workbook/columns";
import type { WorkbookPlan } from "../../../shared/workbook/plan";
import { planToSourceFile } from "../../../shared/workbook/planToSourceFile";
import { readLog } from "../../../shared/workbook/read/readLog";
import { findSettings } from "../../../shared/workbook/read/settings";
import { SETTING } from "../../../shared/workbook/settingsKeys";
import { activeDocument, type ActiveDocument } from "../adapter/activeDocument";
import { MissingSheetError, readSpreadsheetGrids } from "../adapter/readSpreadsheetGrids";
import { say } from "../addon/user";
import { layoutOf, readTrackerSheets, rememberLayout, type TrackerLayout } from "../tracker/layout";
import { appendLog } from "./appendLog";
import { readSnapshot, SNAPSHOT_SHEET, snapshotSheetPlan, touchSnapshot, writeSnapshot, type EditSnapshot } from "./snapshotSheet";
import { editsSince, trackerWatchedCells } from "./watched";

function loadSnapshot(doc: ActiveDocument): EditSnapshot | null {
  try {
    return readSnapshot(readSpreadsheetGrids({ sheets: [SNAPSHOT_SHEET] }, doc).sheets[0]);
  } catch (error) {
    if (error instanceof MissingSheetError) return null;
    throw error;
  }
}

/** Logs the edits made in the sheet since the last snapshot and takes a new one; returns how many were logged. */
export function recordSheetEdits(layout: TrackerLayout, lang: Lang, now: string, doc: ActiveDocument = activeDocument()): number {
  const src = readTrackerSheets(layout, ["recommendations", "activities", "log"], doc);
  const cells = trackerWatchedCells(src.sheets, layout);
  const snapshot = loadSnapshot(doc);
  let logged = 0;
  if (snapshot) {
    const logGrid = src.sheets.find((g) => g.name === layout.names.log);
    const since = readLog(logGrid, layout.columns.log ?? LOG_KEYS, new Map()).filter((e) => e.at >= snapshot.at);
    const edits = editsSince(snapshot.cells, cells, since, { at: now, by: say(lang, "unknownUser"), note: say(lang, "changeLog.refreshNote") });
    if (appendLog(layout, edits)) logged = edits.length;
  }
  // Nothing edited since (most refreshes): the cells stand, only the time the next diff starts from moves on.
  if (snapshot && sameCells(snapshot.cells, cells)) touchSnapshot(now);
  else writeSnapshot({ at: now, cells });
  return logged;
}

const sameCells = (a: EditSnapshot["cells"], b: EditSnapshot["cells"]): boolean =>
  a.length === b.length && a.every((c, i) => c.recordId === b[i]!.recordId && c.activityId === b[i]!.activityId && c.field === b[i]!.field && c.value === b[i]!.value);

/**
 * A tracker plan with the snapshot of what it writes as one more sheet, taken at the plan's own time so the same
 * plan always gives the same sheet (a paused run continues the same plan); a plan without records is unchanged.
 */
export function withEditSnapshot(plan: WorkbookPlan): WorkbookPlan {
  const src = planToSourceFile(onlySheets(plan, ["settings", "recommendations", "activities"]));
  const layout = plan.sheets.some((s) => s.role === "recommendations") ? layoutOf(src) : null;
  if (!layout) return plan;
  const at = cellText(findSettings(src)?.rows.find((r) => cellText(r[0]) === SETTING.generatedAt)?.[1]);
  const sheets = plan.sheets.filter((s) => s.name !== SNAPSHOT_SHEET);
  return { ...plan, sheets: [...sheets, snapshotSheetPlan({ at, cells: trackerWatchedCells(src.sheets, layout) })] };
}

/** After a tracker plan was written: its layout, for the on-edit trigger. */
export function rememberPlanLayout(plan: WorkbookPlan, doc?: ActiveDocument): void {
  const layout = layoutOf(planToSourceFile(onlySheets(plan, ["settings"])));
  if (layout) rememberLayout(layout, doc);
}

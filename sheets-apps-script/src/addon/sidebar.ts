/// <reference types="google-apps-script" />
/**
 * The sidebar: the page the menu opens, and the server functions it calls with `google.script.run`. Each call is
 * its own execution, so each one that writes takes the document lock itself; applying a plan returns after one
 * execution's share of the work, and the page calls again until it is finished.
 */
import type { SheetHighlights } from "../../../shared/flows";
import { cellText } from "../../../shared/grid/cellText";
import { applyPlan, discardPending, TrackerChangedError, type ApplyResult } from "../adapter/applyPlan";
import { readCell, writeCell } from "../adapter/cells";
import { withDocumentLock } from "../adapter/documentLock";
import { readSpreadsheetGrids } from "../adapter/readSpreadsheetGrids";
import { appendLog } from "../changeLog/appendLog";
import { editEntry } from "../changeLog/onEdit";
import { recordSheetEdits, rememberPlanLayout, withEditSnapshot } from "../changeLog/recordEdits";
import { SNAPSHOT_SHEET } from "../changeLog/snapshotSheet";
import { readLayout } from "../tracker/layout";
import { TABS, type TabName } from "../../../ui/shell/tabs";
import type { SidebarServer } from "../sidebarApi";
import { say, userEmail, userLang } from "./user";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The page build.mjs writes beside Code.js. A file of its own rather than a string in Code.js: Apps Script loads
 * the whole of Code.js for every `google.script.run` call, and the page (the core again, with React and Fluent
 * UI) would double it.
 */
export const SIDEBAR_FILE = "sidebar";

/** Where the menu item that opened the sidebar wants it to start, read once by the page (sidebarUser). */
const TAB_KEY = "nmirf.sidebarTab";

export function showSidebar(tab: TabName | null = null): void {
  const props = PropertiesService.getUserProperties();
  if (tab) props.setProperty(TAB_KEY, tab);
  else props.deleteProperty(TAB_KEY);
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(say(userLang(), "sidebar.title"));
  SpreadsheetApp.getUi().showSidebar(page);
}

function sheetNamed(name: string): Sheet {
  const sheet = SpreadsheetApp.getActive().getSheetByName(name);
  if (!sheet) throw new Error(`No sheet named "${name}".`);
  return sheet;
}

/** One `setBackgrounds` per sheet whatever the issue count: the table's data rows cleared, the issue cells filled. */
function paint(sheet: Sheet, highlights: SheetHighlights): void {
  const { cells } = highlights;
  const rows = Math.max(highlights.rows, ...cells.map((c) => c.row));
  const cols = Math.max(highlights.cols, ...cells.map((c) => c.col + 1));
  if (rows === 0 || cols === 0) return;
  const fills = Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
  for (const cell of cells) if (cell.row > 0) (fills[cell.row - 1] as (string | null)[])[cell.col] = cell.fill;
  sheet.getRange(2, 1, rows, cols).setBackgrounds(fills);
}

export const SIDEBAR_SERVER: SidebarServer = {
  sidebarUser: () => {
    const lang = userLang();
    const props = PropertiesService.getUserProperties();
    const asked = props.getProperty(TAB_KEY);
    if (asked !== null) props.deleteProperty(TAB_KEY);
    const tab = TABS.find((t) => t === asked) ?? null;
    return { lang, user: userEmail(lang), tab };
  },
  // Every pane task starts by reading the workbook: the edits made since the last refresh are logged first, so the
  // plan the pane builds carries them. The snapshot sheet is the add-on's, not part of the user's workbook.
  sidebarReadWorkbook: () => {
    const layout = readLayout();
    if (layout) withDocumentLock(() => recordSheetEdits(layout, userLang(), new Date().toISOString()));
    return readSpreadsheetGrids({ skip: [SNAPSHOT_SHEET] });
  },
  sidebarActiveSheet: () => SpreadsheetApp.getActive().getActiveSheet().getName(),
  sidebarApplyPlan: (plan, keep, basedOn) => {
    const withSnapshot = withEditSnapshot(plan);
    let result: ApplyResult;
    try {
      result = applyPlan(withSnapshot, { keep, basedOn });
    } catch (error) {
      throw error instanceof TrackerChangedError ? new Error(say(userLang(), "trackerChanged")) : error;
    }
    if (result.status !== "done") return { finished: false, done: result.done, total: result.total };
    rememberPlanLayout(withSnapshot);
    return { finished: true, done: result.total, total: result.total };
  },
  sidebarDiscardPlan: () => discardPending(),
  sidebarGoTo: (target) => {
    const sheet = sheetNamed(target.sheet);
    SpreadsheetApp.getActive().setActiveSheet(sheet);
    sheet.getRange(target.row + 1, target.col + 1).activate();
  },
  // A one-click fix is the user's own edit: logged with who, like the on-edit trigger logs one (and so not again
  // by the next refresh).
  sidebarWriteCell: (target, value, dateFormat) =>
    withDocumentLock(() => {
      const [written, format] = writeCell(value, dateFormat);
      const range = sheetNamed(target.sheet).getRange(target.row + 1, target.col + 1);
      const shown = () => cellText(readCell(range.getValues()[0]?.[0]));
      const oldValue = shown();
      range.setNumberFormat(format); // before the value, as applyPlan does: "@" keeps "12" and "=…" as text
      range.setValues([[written]]);
      const edit = editEntry({ range, oldValue, value: shown() });
      if (edit) appendLog(edit.layout, [edit.entry]);
    }),
  sidebarPaintHighlights: (sheets) => withDocumentLock(() => sheets.forEach((h) => paint(sheetNamed(h.sheet), h))),
};

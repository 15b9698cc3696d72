/// <reference types="google-apps-script" />
/**
 * The secretariat's row protections: each institution's rows of the Recommendations sheet protected, warning-only
 * or strict (editors from the Focal points sheet), replacing the add-on's previous ones; or all of them removed.
 * Reads the institutions column in one call and writes a few calls per run of rows, never per row.
 */
import { cellText } from "../../../shared/grid/cellText";
import { LANGS } from "../../../shared/model/codes";
import { fold } from "../../../shared/vocab/text";
import { translate } from "../../../shared/i18n/catalog";
import { SHEETS_ADDON_MESSAGES } from "../../../shared/i18n/messages/sheetsAddon";
import { readCell } from "../adapter/cells";
import { withDocumentLock } from "../adapter/documentLock";
import { readSpreadsheetGrids, sheetTitles } from "../adapter/readSpreadsheetGrids";
import { readFocalPoints, type FocalPoints } from "../protect/focalPoints";
import { institutionRuns } from "../protect/institutionRuns";
import { protectRuns, removeRowProtections, type Protected, type ProtectionMode } from "../protect/rowProtections";
import type { TrackerLayout } from "../tracker/layout";
import { say, userLang } from "./user";
import { trackerOrAlert } from "./views";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const FOCAL_POINTS_NAMES = new Set(LANGS.map((l) => translate(SHEETS_ADDON_MESSAGES, "sheetsAddon.protect.focalPointsSheet", l)));

/** The Focal points sheet in whichever language it was named. */
function focalPoints(): FocalPoints {
  const name = sheetTitles().find((n) => FOCAL_POINTS_NAMES.has(n));
  return readFocalPoints(name === undefined ? undefined : readSpreadsheetGrids({ sheets: [name] }).sheets[0]);
}

function recommendationsSheet(layout: TrackerLayout): Sheet | null {
  const name = layout.names.recommendations;
  return name === undefined ? null : SpreadsheetApp.getActive().getSheetByName(name);
}

export function protectInstitutionRows(mode: ProtectionMode): Protected | null {
  const layout = trackerOrAlert();
  const sheet = layout && recommendationsSheet(layout);
  if (!layout || !sheet) return null;
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  const keys = layout.columns.recommendations ?? [];
  const col = keys.indexOf("institutions");
  if (col < 0) {
    ui.alert(say(lang, "protect.noColumn"));
    return null;
  }
  const last = sheet.getLastRow();
  const cells = last < 2 ? [] : sheet.getRange(2, col + 1, last - 1, 1).getValues().map((row) => cellText(readCell(row[0])));
  const runs = institutionRuns(cells);
  const points = mode === "strict" ? focalPoints() : new Map<string, readonly string[]>();
  const result = withDocumentLock(() => {
    removeRowProtections(sheet);
    return protectRuns(sheet, runs, keys.length, mode, points);
  });
  const institutions = new Set(runs.flatMap((r) => r.institutions.map(fold))).size;
  const lines = [say(lang, mode === "strict" ? "protect.strictDone" : "protect.warningDone", { protections: result.protections, institutions })];
  if (result.withoutFocalPoints.length > 0) {
    lines.push(say(lang, "protect.withoutFocalPoints", { sheet: say(lang, "protect.focalPointsSheet"), names: result.withoutFocalPoints.join(", ") }));
  }
  ui.alert(say(lang, "menu.protect"), lines.join("\n\n"), ui.ButtonSet.OK);
  return result;
}

export function unprotectInstitutionRows(): number {
  const layout = trackerOrAlert();
  const sheet = layout && recommendationsSheet(layout);
  if (!sheet) return 0;
  const removed = withDocumentLock(() => removeRowProtections(sheet));
  SpreadsheetApp.getActive().toast(say(userLang(), "protect.removed", { count: removed }));
  return removed;
}

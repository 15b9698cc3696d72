/// <reference types="google-apps-script" />
/**
 * The Change log menu item: logs the edits made since the last refresh, goes to the Log sheet, and offers to turn
 * the on-edit trigger on (or off, when it is on). Asking first matters: turning it on makes Google ask the user for
 * the permission to run on every edit.
 */
import { withDocumentLock } from "../adapter/documentLock";
import { recordSheetEdits } from "../changeLog/recordEdits";
import { editTriggerIsOn, turnOffEditTrigger, turnOnEditTrigger } from "../changeLog/trigger";
import { say, userLang } from "./user";
import { goToSheet, trackerOrAlert } from "./views";

export function showChangeLog(startedAt: number = Date.now()): void {
  const layout = trackerOrAlert();
  if (!layout) return;
  const lang = userLang();
  const logged = withDocumentLock(() => recordSheetEdits(layout, lang, new Date(startedAt).toISOString()));
  goToSheet(layout, "log");
  const ui = SpreadsheetApp.getUi();
  const on = editTriggerIsOn();
  const answer = ui.alert(say(lang, "changeLog.title"), say(lang, on ? "changeLog.askOff" : "changeLog.askOn", { logged }), ui.ButtonSet.YES_NO);
  if (answer !== ui.Button.YES) return;
  if (on) turnOffEditTrigger();
  else turnOnEditTrigger();
  SpreadsheetApp.getActive().toast(say(lang, on ? "changeLog.turnedOff" : "changeLog.turnedOn"));
}

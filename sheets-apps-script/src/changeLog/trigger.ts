/// <reference types="google-apps-script" />
/**
 * The installable on-edit trigger that logs edits as they happen. Installing it needs the script.scriptapp scope
 * (a simple onEdit cannot know who edited, nor write as the add-on's user). Idempotent: one trigger per spreadsheet,
 * however many times the user turns it on.
 */

/** The top-level function the trigger calls (declared in index.ts). */
export const ON_EDIT_HANDLER = "nmirfOnEdit";

type Trigger = GoogleAppsScript.Script.Trigger;

function ourTriggers(): Trigger[] {
  const id = SpreadsheetApp.getActive().getId();
  return ScriptApp.getProjectTriggers().filter(
    (t) => t.getHandlerFunction() === ON_EDIT_HANDLER && t.getEventType() === ScriptApp.EventType.ON_EDIT && t.getTriggerSourceId() === id,
  );
}

export const editTriggerIsOn = (): boolean => ourTriggers().length > 0;

/** Returns false when it was already on. */
export function turnOnEditTrigger(): boolean {
  if (editTriggerIsOn()) return false;
  ScriptApp.newTrigger(ON_EDIT_HANDLER).forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create();
  return true;
}

export function turnOffEditTrigger(): void {
  for (const trigger of ourTriggers()) ScriptApp.deleteTrigger(trigger);
}

/// <reference types="google-apps-script" />
/**
 * The open spreadsheet as one flow sees it: the spreadsheet, its id, its document properties and the Advanced Sheets
 * service, each asked of Apps Script once and shared by the flow's steps (reading, planning, writing) instead of
 * asked again by each. Functions take it as an optional last argument and make their own when called alone.
 */

export interface ActiveDocument {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** The Sheets API, where the deployment enabled the Advanced Sheets service (the global exists only then). */
  readonly api: GoogleAppsScript.Sheets | null;
  id(): string;
  props(): GoogleAppsScript.Properties.Properties;
}

export function activeDocument(): ActiveDocument {
  const ss = SpreadsheetApp.getActive();
  let id: string | undefined;
  let props: GoogleAppsScript.Properties.Properties | undefined;
  return {
    ss,
    api: typeof Sheets !== "undefined" && Sheets ? Sheets : null,
    id: () => (id ??= ss.getId()),
    props: () => (props ??= PropertiesService.getDocumentProperties()),
  };
}

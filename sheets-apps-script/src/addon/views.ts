/// <reference types="google-apps-script" />
/** Dashboard (activates the tracker's dashboard sheet) and Help (a sidebar of plain text; the React one is sidebar.ts). */
import { sheetNames } from "../../../shared/workbook/sheetNames";
import { say, userLang } from "./user";

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] as string);

export function showDashboard(): boolean {
  const lang = userLang();
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getSheetByName(sheetNames(lang).dashboard);
  if (sheet) {
    ss.setActiveSheet(sheet);
    return true;
  }
  SpreadsheetApp.getUi().alert(say(lang, "dashboard.missing"));
  return false;
}

export function showHelp(): void {
  const lang = userLang();
  const dir = lang === "ar" ? "rtl" : "ltr";
  const html = `<div dir="${dir}" style="font-family:sans-serif"><p>${escapeHtml(say(lang, "help.body"))}</p></div>`;
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(html).setTitle(say(lang, "help.title")));
}

/// <reference types="google-apps-script" />
/**
 * Dashboard (refreshes the tracker's dashboard, its counts and charts, as of today, after logging the edits made
 * since the last refresh, then goes there) and Help (a sidebar of plain text; the React one is sidebar.ts).
 */
import { refreshDashboard } from "../../../shared/flows/dashboard";
import { applyPlan } from "../adapter/applyPlan";
import { withDocumentLock } from "../adapter/documentLock";
import { recordSheetEdits } from "../changeLog/recordEdits";
import { RECORD_ROLES } from "../../../shared/workbook/basedOn";
import { readLayout, readTrackerSheets, type TrackerLayout } from "../tracker/layout";
import { say, userEmail, userLang } from "./user";

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] as string);

/** The tracker's layout, or null after telling the user there is none yet. */
export function trackerOrAlert(): TrackerLayout | null {
  const layout = readLayout();
  if (!layout) SpreadsheetApp.getUi().alert(say(userLang(), "tracker.missing"));
  return layout;
}

/** Goes to a tracker sheet by role; false when it is not there. */
export function goToSheet(layout: TrackerLayout, role: "dashboard" | "log"): boolean {
  const name = layout.names[role];
  const ss = SpreadsheetApp.getActive();
  const sheet = name === undefined ? null : ss.getSheetByName(name);
  if (sheet) ss.setActiveSheet(sheet);
  return sheet !== null;
}

export function showDashboard(startedAt: number = Date.now()): boolean {
  const layout = trackerOrAlert();
  if (!layout) return false;
  const lang = userLang();
  const now = new Date(startedAt).toISOString();
  withDocumentLock(() => recordSheetEdits(layout, lang, now));
  const workbook = readTrackerSheets(layout, RECORD_ROLES);
  const dashboard = refreshDashboard({ workbook, lang: layout.lang, now, asOf: now.slice(0, 10), by: userEmail(lang) });
  if (dashboard) applyPlan(dashboard.plan, { startedAt });
  return goToSheet(layout, "dashboard");
}

export function showHelp(): void {
  const lang = userLang();
  const dir = lang === "ar" ? "rtl" : "ltr";
  const paragraphs = [say(lang, "help.body"), say(lang, "help.more")].map((p) => `<p>${escapeHtml(p)}</p>`).join("");
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput(`<div dir="${dir}" style="font-family:sans-serif">${paragraphs}</div>`).setTitle(say(lang, "help.title")));
}

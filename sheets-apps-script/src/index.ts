/// <reference types="google-apps-script" />
/**
 * The Apps Script entry: only the functions menus, triggers and the sidebar call, each delegating. The build
 * bundles this file as an IIFE and re-declares every export as a top-level function, the only thing Apps Script
 * (and `google.script.run`) can call.
 */
import { showChangeLog } from "./addon/changeLog";
import { convertActiveSheet, validateActiveSheet } from "./addon/convert";
import { buildMenu } from "./addon/menu";
import { protectInstitutionRows, unprotectInstitutionRows } from "./addon/protect";
import { SIDEBAR_SERVER, showSidebar } from "./addon/sidebar";
import { showDashboard, showHelp } from "./addon/views";
import { logEdit } from "./changeLog/onEdit";

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function nmirfConvert(): void {
  convertActiveSheet();
}

export function nmirfValidate(): void {
  validateActiveSheet();
}

/** Clusters and Import are tabs of the sidebar: they need its review screens. */
export function nmirfClusters(): void {
  showSidebar("clusters");
}

export function nmirfImport(): void {
  showSidebar("import");
}

export function nmirfDashboard(): void {
  showDashboard();
}

export function nmirfChangeLog(): void {
  showChangeLog();
}

/** The installable on-edit trigger's handler (see changeLog/trigger.ts). */
export function nmirfOnEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  logEdit(e);
}

export function nmirfProtectWarning(): void {
  protectInstitutionRows("warning");
}

export function nmirfProtectStrict(): void {
  protectInstitutionRows("strict");
}

export function nmirfUnprotect(): void {
  unprotectInstitutionRows();
}

export function nmirfSidebar(): void {
  showSidebar();
}

/** What the sidebar calls, typed by sidebarApi.ts. */
export const {
  sidebarUser, sidebarReadWorkbook, sidebarActiveSheet, sidebarApplyPlan, sidebarDiscardPlan, sidebarGoTo, sidebarWriteCell, sidebarPaintHighlights,
} = SIDEBAR_SERVER;

export function nmirfHelp(): void {
  showHelp();
}

/// <reference types="google-apps-script" />
/**
 * The Apps Script entry: only the functions menus, triggers and the sidebar call, each delegating. The build
 * bundles this file as an IIFE and re-declares every export as a top-level function, the only thing Apps Script
 * (and `google.script.run`) can call.
 */
import { convertActiveSheet, validateActiveSheet } from "./addon/convert";
import { buildMenu } from "./addon/menu";
import { SIDEBAR_SERVER, showSidebar } from "./addon/sidebar";
import { showDashboard, showHelp } from "./addon/views";

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

export function nmirfDashboard(): void {
  showDashboard();
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

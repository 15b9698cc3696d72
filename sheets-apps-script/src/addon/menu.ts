/// <reference types="google-apps-script" />
/**
 * The add-on menu. `onOpen` may run in AuthMode.NONE (the add-on not yet used in this file), where no document
 * service is allowed: it only builds the menu, translated from the user's locale.
 */
import { say, userLang } from "./user";

/** Menu items and the top-level functions (declared in index.ts) they call. */
export const MENU_ITEMS = [
  ["menu.convert", "nmirfConvert"],
  ["menu.validate", "nmirfValidate"],
  ["menu.clusters", "nmirfClusters"],
  ["menu.dashboard", "nmirfDashboard"],
  ["menu.import", "nmirfImport"],
  ["menu.changeLog", "nmirfChangeLog"],
] as const;

/** The secretariat's protections, in a submenu of their own after the everyday items. */
export const PROTECT_ITEMS = [
  ["menu.protectWarning", "nmirfProtectWarning"],
  ["menu.protectStrict", "nmirfProtectStrict"],
  ["menu.unprotect", "nmirfUnprotect"],
] as const;

export const LAST_ITEMS = [
  ["menu.sidebar", "nmirfSidebar"],
  ["menu.help", "nmirfHelp"],
] as const;

export function buildMenu(): void {
  const lang = userLang();
  const ui = SpreadsheetApp.getUi();
  const menu = ui.createAddonMenu();
  for (const [key, fn] of MENU_ITEMS) menu.addItem(say(lang, key), fn);
  const protect = ui.createMenu(say(lang, "menu.protect"));
  for (const [key, fn] of PROTECT_ITEMS) protect.addItem(say(lang, key), fn);
  menu.addSubMenu(protect);
  menu.addSeparator();
  for (const [key, fn] of LAST_ITEMS) menu.addItem(say(lang, key), fn);
  menu.addToUi();
}

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
  ["menu.dashboard", "nmirfDashboard"],
  ["menu.sidebar", "nmirfSidebar"],
  ["menu.help", "nmirfHelp"],
] as const;

export function buildMenu(): void {
  const lang = userLang();
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const [key, fn] of MENU_ITEMS) menu.addItem(say(lang, key), fn);
  menu.addToUi();
}

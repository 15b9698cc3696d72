/** Sheet names for history sheets: translated, and cut to Excel's 31 characters without its forbidden characters. */
import { translate, type Params } from "../i18n/catalog";
import { HISTORY_MESSAGES } from "../i18n/messages/history";
import type { Lang } from "../model/codes";

/** Excel refuses a sheet name longer than 31 characters or containing \ / ? * [ ] : */
export const safeSheetName = (name: string): string => [...name.replace(/[\\/?*[\]:]/g, "-")].slice(0, 31).join("").trim();

export const historySheetName = (key: string, lang: Lang, params: Params): string => safeSheetName(translate(HISTORY_MESSAGES, key, lang, params));

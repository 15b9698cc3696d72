/** The pane's language: every string the views show is looked up here, in the host's display language. */
import { createContext, useContext, type ReactNode } from "react";
import { direction, translate, type Catalog, type Params } from "../../shared/i18n/catalog";
import { HISTORY_MESSAGES } from "../../shared/i18n/messages/history";
import { TASK_PANE_MESSAGES } from "../../shared/i18n/messages/taskPane";
import { WORKBOOK_MESSAGES } from "../../shared/i18n/messages/workbook";
import { PACKS_MESSAGES } from "../../shared/i18n/messages/packs";
import { REPORT_MESSAGES } from "../../shared/i18n/messages/report";
import type { Lang } from "../../shared/model/codes";

const CATALOG: Catalog = { ...WORKBOOK_MESSAGES, ...REPORT_MESSAGES, ...PACKS_MESSAGES, ...HISTORY_MESSAGES, ...TASK_PANE_MESSAGES };

export interface Messages {
  readonly lang: Lang;
  readonly dir: "ltr" | "rtl";
  t(key: string, params?: Params): string;
}

export const messagesFor = (lang: Lang): Messages => ({
  lang,
  dir: direction(lang),
  t: (key, params) => translate(CATALOG, key, lang, params),
});

const MessagesContext = createContext<Messages>(messagesFor("en"));

export function MessagesProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <MessagesContext.Provider value={messagesFor(lang)}>{children}</MessagesContext.Provider>;
}

export const useMessages = (): Messages => useContext(MessagesContext);

/// <reference types="google-apps-script" />
/** Who is running the add-on and in which language, from Session (the email only where the domain shares it). */
import type { Lang } from "../../../shared/model/codes";
import { langOfLocale } from "../../../shared/i18n/locale";
import { translate } from "../../../shared/i18n/catalog";
import { SHEETS_ADDON_MESSAGES } from "../../../shared/i18n/messages/sheetsAddon";

export const userLang = (): Lang => langOfLocale(Session.getActiveUserLocale() ?? "");

/** Empty when the user's domain withholds it; the log then names an unknown user. */
export function userEmail(lang: Lang): string {
  const email = Session.getActiveUser().getEmail();
  return email !== "" ? email : translate(SHEETS_ADDON_MESSAGES, "sheetsAddon.unknownUser", lang);
}

export const say = (lang: Lang, key: string, params: Record<string, string | number> = {}): string =>
  translate(SHEETS_ADDON_MESSAGES, `sheetsAddon.${key}`, lang, params);

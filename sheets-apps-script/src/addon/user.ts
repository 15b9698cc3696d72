/// <reference types="google-apps-script" />
/** Who is running the add-on and in which language, from Session (the email only where the domain shares it). */
import { LANGS, type Lang } from "../../../shared/model/codes";
import { translate } from "../../../shared/i18n/catalog";
import { SHEETS_ADDON_MESSAGES } from "../../../shared/i18n/messages/sheetsAddon";

/** "fr", "fr_FR" or "pt-BR" → a UI language; English when the locale is not one of ours. */
export function langOf(locale: string): Lang {
  const code = locale.slice(0, 2).toLowerCase();
  return LANGS.find((l) => l === code) ?? "en";
}

export const userLang = (): Lang => langOf(Session.getActiveUserLocale() ?? "");

/** Empty when the user's domain withholds it; the log then names an unknown user. */
export function userEmail(lang: Lang): string {
  const email = Session.getActiveUser().getEmail();
  return email !== "" ? email : translate(SHEETS_ADDON_MESSAGES, "sheetsAddon.unknownUser", lang);
}

export const say = (lang: Lang, key: string, params: Record<string, string | number> = {}): string =>
  translate(SHEETS_ADDON_MESSAGES, `sheetsAddon.${key}`, lang, params);

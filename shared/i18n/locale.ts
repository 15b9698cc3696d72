/** A host's locale ("ar-SA", "pt_BR", "fr_FR.UTF-8", "zh-CN") as one of our UI languages; English when it is none. */
import { LANGS, type Lang } from "../model/codes";

export function langOfLocale(locale: string): Lang {
  const code = locale.slice(0, 2).toLowerCase();
  return LANGS.find((l) => l === code) ?? "en";
}

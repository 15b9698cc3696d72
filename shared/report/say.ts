/** The report's words in the report's language (never the UI's), and dates written as people read them. */
import { translate, type Params } from "../i18n/catalog";
import { REPORT_MESSAGES } from "../i18n/messages/report";
import type { Lang } from "../model/codes";

export type Say = (key: string, params?: Params) => string;

export const sayIn = (lang: Lang): Say => (key, params = {}) => translate(REPORT_MESSAGES, key, lang, params);

/**
 * "2021-05-03" → "3 May 2021", "3 mai 2021", "2021年5月3日"; a month or year period keeps only what it has
 * ("2023-07" → "July 2023"); any other text is returned as written rather than guessed.
 */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m || (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 12))) return iso;
  const say = sayIn(lang);
  const [year, month, day] = [m[1]!, m[2], m[3]];
  if (month === undefined) return year;
  const monthName = say(`report.month.${Number(month)}`);
  if (day === undefined) return lang === "zh" ? `${year}年${monthName}` : `${monthName} ${year}`;
  return say("report.date", { day: String(Number(day)), month: monthName, year });
}

/** Reads a date or period (deadline, publication date) out of a cell written in any of the seven languages. */
import type { Cell } from "../grid/grid";
import type { Lang } from "../model/codes";
import type { DateOrPeriod } from "../model/tracker";
import { daysInMonth, isoDay, serialToIso } from "./calendar";
import { MONTH_NAMES, ORDINAL_WORDS, PERIOD_WORDS, QUALIFIER_WORDS, FILLER_WORDS, MULTIWORD_MONTHS } from "./dateWords";
import { fold } from "./text";

export { isoToSerial, periodEnd, periodStart, serialToIso } from "./calendar";

export type DateResult =
  | { kind: "ok"; value: DateOrPeriod }
  | { kind: "invalid"; reason: "impossible" | "unparsed"; suggestion: DateOrPeriod | null }
  | { kind: "empty" };

const EMPTY: DateResult = { kind: "empty" };
const UNPARSED: DateResult = { kind: "invalid", reason: "unparsed", suggestion: null };
const ok = (value: DateOrPeriod): DateResult => ({ kind: "ok", value });
const impossible = (suggestion: DateOrPeriod | null): DateResult => ({ kind: "invalid", reason: "impossible", suggestion });

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
// A bare number is a year when it looks like one, an Excel serial (1954–2119) when it looks like one.
const NUMBER_YEARS = [1990, 2100] as const;
const SERIALS = [20000, 80000] as const;

const pad2 = (n: number): string => String(n).padStart(2, "0");
const yearOk = (y: number): boolean => y >= MIN_YEAR && y <= MAX_YEAR;
const fullYear = (y: string): number => (y.length === 2 ? (Number(y) < 70 ? 2000 : 1900) + Number(y) : Number(y));

/** A checked calendar day: an impossible one suggests the month's last day when only the day overshoots. */
function dayResult(y: number, m: number, d: number): DateResult {
  if (!yearOk(y) || m < 1 || m > 12 || d < 1 || d > 31) return impossible(null);
  const last = daysInMonth(y, m);
  return d > last ? impossible(isoDay(y, m, last)) : ok(isoDay(y, m, d));
}

function monthResult(y: number, m: number): DateResult {
  return !yearOk(y) || m < 1 || m > 12 ? impossible(null) : ok(`${y}-${pad2(m)}`);
}

function serialResult(serial: number): DateResult {
  if (!Number.isFinite(serial)) return UNPARSED;
  const iso = serialToIso(serial);
  return yearOk(Number(iso.slice(0, 4))) ? ok(iso) : impossible(null);
}

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/;
const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[-/.](\d{4})$/;
const DMY = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;
const YEAR = /^\d{4}$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;

/** The all-digit layouts: ISO, d/m/y (m/d/y in English when both could be a month), m/y, y-m, serial, year. */
function numericDate(s: string, lang: Lang): DateResult | null {
  let m = ISO.exec(s);
  if (m) return dayResult(Number(m[1]), Number(m[2]), Number(m[3]));
  m = YEAR_MONTH.exec(s);
  if (m) return monthResult(Number(m[1]), Number(m[2]));
  m = MONTH_YEAR.exec(s);
  if (m) return monthResult(Number(m[2]), Number(m[1]));
  m = DMY.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = fullYear(m[4]);
    // The day is whichever part cannot be a month; dots are never the US layout.
    const monthFirst = a <= 12 && (b > 12 || (lang === "en" && m[2] !== "."));
    return monthFirst ? dayResult(y, a, b) : dayResult(y, b, a);
  }
  if (YEAR.test(s)) return yearOk(Number(s)) ? ok(s) : impossible(null);
  if (SERIAL.test(s)) {
    const n = Number(s);
    return n >= SERIALS[0] && n <= SERIALS[1] ? serialResult(n) : null;
  }
  return null;
}

const HAN_DAY = /^(\d{4})\s*年\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*[日号]?)?)?$/u;
const HAN_QUARTER = /^(\d{4})\s*年?\s*(?:第\s*)?([1-4一二三四])\s*季度?$/u;
const HAN_HALF = /^(\d{4})\s*年?\s*(上|下)半年$/u;
const HAN_END = /^(\d{4})\s*年\s*(底|末|中|初)$/u;
const HAN_NUMERALS: Readonly<Record<string, number>> = { "一": 1, "二": 2, "三": 3, "四": 4 };

function chineseDate(s: string): DateResult | null {
  let m = HAN_DAY.exec(s);
  if (m) {
    const y = Number(m[1]);
    if (m[3] !== undefined) return dayResult(y, Number(m[2]), Number(m[3]));
    if (m[2] !== undefined) return monthResult(y, Number(m[2]));
    return yearOk(y) ? ok(m[1]) : impossible(null);
  }
  m = HAN_QUARTER.exec(s);
  if (m) return ok(`${m[1]}-Q${HAN_NUMERALS[m[2]] ?? Number(m[2])}`);
  m = HAN_HALF.exec(s);
  if (m) return ok(`${m[1]}-H${m[2] === "上" ? 1 : 2}`);
  m = HAN_END.exec(s);
  if (m) return ok(m[2] === "初" ? `${m[1]}-H1` : m[1]);
  return null;
}

type Token =
  | { t: "year"; n: number }
  | { t: "num"; n: number }
  | { t: "ordinal"; n: number }
  | { t: "month"; n: number }
  | { t: "roman"; n: number }
  | { t: "quarter"; n: number | null }
  | { t: "half"; n: number | null }
  | { t: "qualifier"; q: "start" | "mid" | "end" }
  | { t: "filler" }
  | { t: "unknown" };

const ORDINAL_DIGIT = /^(\d{1,2})(?:st|nd|rd|th|er|re|e|eme|ieme|o|a|°|и|е|я|го|ого)$/; // "й" is already folded to "и"
const PERIOD_CODE = /^([qths])([1-4])$/;
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };
const YEAR_WITH_MARK = /^(\d{4})(?:г|م)$/u; // "2023г." (Russian), "2023م" (Arabic: of the Common Era)

function classify(word: string): Token {
  if (/^\d{4}$/.test(word)) return { t: "year", n: Number(word) };
  const marked = YEAR_WITH_MARK.exec(word);
  if (marked) return { t: "year", n: Number(marked[1]) };
  if (/^\d{1,2}$/.test(word)) return { t: "num", n: Number(word) };
  const ord = ORDINAL_DIGIT.exec(word);
  if (ord) return { t: "ordinal", n: Number(ord[1]) };
  const code = PERIOD_CODE.exec(word);
  if (code) {
    const n = Number(code[2]);
    return code[1] === "q" || code[1] === "t" ? { t: "quarter", n } : n <= 2 ? { t: "half", n } : { t: "unknown" };
  }
  const month = MONTH_NAMES.get(word);
  if (month !== undefined) return { t: "month", n: month };
  const ordinal = ORDINAL_WORDS.get(word);
  if (ordinal !== undefined) return { t: "ordinal", n: ordinal };
  const period = PERIOD_WORDS.get(word);
  if (period !== undefined) return { t: period, n: null };
  const qualifier = QUALIFIER_WORDS.get(word);
  if (qualifier !== undefined) return { t: "qualifier", q: qualifier };
  if (FILLER_WORDS.has(word)) return { t: "filler" };
  if (ROMAN[word] !== undefined) return { t: "roman", n: ROMAN[word] };
  return { t: "unknown" };
}

const MULTIWORD = new RegExp(`(${[...MULTIWORD_MONTHS.keys()].join("|")})`, "gu");
const ORDINAL_HYPHEN = /(?<!\d)(\d{1,2})-(?=\p{L})/gu; // "2-е полугодие", "1-й квартал"
const WORD_SEPARATORS = /[\s,/.\-()'"]+/u;

function tokenize(s: string): Token[] {
  const joined = s.replace(MULTIWORD, (w) => MULTIWORD_MONTHS.get(w) ?? w).replace(ORDINAL_HYPHEN, "$1");
  return joined.split(WORD_SEPARATORS).filter((w) => w !== "").map(classify);
}

/** Combines the words of a textual date: day month year, month year, quarter or half of a year, a year. */
function wordsDate(tokens: readonly Token[]): DateResult | null {
  const years: number[] = [];
  const months = new Set<number>();
  const numbers: number[] = [];
  const ordinals: number[] = [];
  const romans: number[] = [];
  let period: "quarter" | "half" | null = null;
  let periodN: number | null = null;
  let qualifier: "start" | "mid" | "end" | null = null;
  for (const tok of tokens) {
    switch (tok.t) {
      case "year": years.push(tok.n); break;
      case "num": numbers.push(tok.n); break;
      case "ordinal": ordinals.push(tok.n); break;
      case "roman": romans.push(tok.n); break;
      case "month": months.add(tok.n); break;
      case "quarter":
      case "half":
        if (period !== null && period !== tok.t) return null;
        period = tok.t;
        if (tok.n !== null) periodN = tok.n;
        break;
      case "qualifier": qualifier = tok.q; break;
      case "filler": break;
      case "unknown": return null;
    }
  }
  if (years.length !== 1 || months.size > 1) return null;
  const y = years[0];
  if (!yearOk(y)) return impossible(null);
  const small = [...numbers, ...ordinals];
  if (period !== null) {
    const candidates = periodN !== null ? [periodN, ...small, ...romans] : [...small, ...romans];
    const n = candidates[0];
    if (months.size > 0 || n === undefined || candidates.some((c) => c !== n)) return null;
    const max = period === "quarter" ? 4 : 2;
    return n >= 1 && n <= max ? ok(`${y}-${period === "quarter" ? "Q" : "H"}${n}`) : impossible(null);
  }
  if (romans.length > 0) return null;
  const month = [...months][0];
  if (month !== undefined) {
    if (small.length > 1) return null;
    return small.length === 1 ? dayResult(y, month, small[0]) : monthResult(y, month);
  }
  if (small.length > 0) return null;
  // "Early 2024" is a deadline in the first half; "end of 2023" and "mid-2023" only say the year.
  return ok(qualifier === "start" ? `${y}-H1` : String(y));
}

function parseText(raw: string, lang: Lang): DateResult | null {
  const s = fold(raw);
  if (s === "") return EMPTY;
  return numericDate(s, lang) ?? chineseDate(s) ?? wordsDate(tokenize(s));
}

const EMBEDDED = /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}/;
const BRACKETED = /\([^)]*\)|\[[^\]]*\]/g;

/** For text that is not a date, a date it contains, offered as a suggestion ("30/06/2024 (to be confirmed)"). */
function suggestion(raw: string, lang: Lang): DateOrPeriod | null {
  const unbracketed = raw.replace(BRACKETED, " ");
  if (unbracketed !== raw) {
    const r = parseText(unbracketed, lang);
    if (r !== null && r.kind === "ok") return r.value;
  }
  const embedded = EMBEDDED.exec(fold(raw));
  if (embedded) {
    const r = parseText(embedded[0], lang);
    if (r !== null && r.kind === "ok") return r.value;
  }
  // Without the words we do not know, the rest may still name a month or a period ("Deadline: June 2024").
  const known = tokenize(fold(unbracketed)).filter((t) => t.t !== "unknown");
  if (known.some((t) => t.t === "month" || t.t === "quarter" || t.t === "half")) {
    const r = wordsDate(known);
    if (r !== null && r.kind === "ok") return r.value;
  }
  return null;
}

/**
 * A date or period from a cell: a date cell, an Excel serial or year number, or text in any of the seven
 * languages. `lang` only decides between 7/14/2023 and 14/7/2023 when both read as dates (English: month first).
 */
export function parseDateValue(raw: Cell, lang: Lang): DateResult {
  if (raw === null) return EMPTY;
  if (typeof raw === "boolean") return UNPARSED;
  if (typeof raw === "number") {
    if (Number.isInteger(raw) && raw >= NUMBER_YEARS[0] && raw <= NUMBER_YEARS[1]) return ok(String(raw));
    if (raw >= SERIALS[0] && raw <= SERIALS[1]) return serialResult(raw);
    return UNPARSED;
  }
  if (typeof raw === "object") return raw.kind === "date" ? serialResult(raw.serial) : UNPARSED;
  const key = `${lang}\u0000${raw}`;
  let result = TEXT_RESULTS.get(key);
  if (result === undefined) {
    if (TEXT_RESULTS.size >= 20_000) TEXT_RESULTS.clear();
    TEXT_RESULTS.set(key, (result = parseTextDate(raw, lang)));
  }
  return result;
}

/** Dates typed as text repeat down a sheet ("31/12/2025", "T3 2025"): each is parsed once, up to a bound. */
const TEXT_RESULTS = new Map<string, DateResult>();

function parseTextDate(raw: string, lang: Lang): DateResult {
  const parsed = parseText(raw, lang);
  if (parsed !== null) return parsed;
  return { kind: "invalid", reason: "unparsed", suggestion: suggestion(raw, lang) };
}

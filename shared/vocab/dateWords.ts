/** The words of written dates in the seven languages: months, ordinals, quarters and halves, and fillers. */
import { fold } from "./text";

/** Month names and abbreviations by month number, as people write them (Russian in all its cases). */
export const MONTH_WORDS: Readonly<Record<number, readonly string[]>> = {
  1: ["january", "jan", "janvier", "janv", "enero", "ene", "janeiro", "январь", "января", "январе", "янв", "يناير", "جانفي", "كانون الثاني"],
  2: ["february", "feb", "février", "févr", "fév", "fevr", "febrero", "fevereiro", "fev", "февраль", "февраля", "феврале", "фев", "فبراير", "فيفري", "شباط"],
  3: ["march", "mar", "mars", "marzo", "março", "март", "марта", "марте", "مارس", "آذار"],
  4: ["april", "apr", "avril", "avr", "abril", "abr", "апрель", "апреля", "апреле", "апр", "أبريل", "ابريل", "أفريل", "نيسان"],
  5: ["may", "mai", "mayo", "maio", "май", "мая", "мае", "مايو", "ماي", "أيار"],
  6: ["june", "jun", "juin", "junio", "junho", "июнь", "июня", "июне", "июн", "يونيو", "يونيه", "جوان", "حزيران"],
  7: ["july", "jul", "juillet", "juil", "julio", "julho", "июль", "июля", "июле", "июл", "يوليو", "يوليه", "جويلية", "يوليوز", "تموز"],
  8: ["august", "aug", "août", "agosto", "ago", "август", "августа", "августе", "авг", "أغسطس", "اغسطس", "أوت", "غشت", "آب"],
  9: ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "set", "сентябрь", "сентября", "сентябре", "сен", "сент", "سبتمبر", "شتنبر", "أيلول"],
  10: ["october", "oct", "octobre", "octubre", "outubro", "out", "октябрь", "октября", "октябре", "окт", "أكتوبر", "اكتوبر", "تشرين الأول"],
  11: ["november", "nov", "novembre", "noviembre", "novembro", "ноябрь", "ноября", "ноябре", "ноя", "نوفمبر", "نونبر", "تشرين الثاني"],
  12: ["december", "dec", "décembre", "déc", "diciembre", "dic", "dezembro", "dez", "декабрь", "декабря", "декабре", "дек", "ديسمبر", "دجنبر", "كانون الأول"],
};

/** Ordinal words that number a quarter or half ("third quarter", "2e semestre", "الربع الثالث"). */
export const ORDINAL_WORD_LIST: Readonly<Record<number, readonly string[]>> = {
  1: ["first", "premier", "première", "primer", "primero", "primera", "primeiro", "primeira", "первый", "первое", "первого", "первом", "الأول", "الأولى"],
  2: ["second", "seconde", "deuxième", "segundo", "segunda", "второй", "второе", "второго", "втором", "الثاني", "الثانية"],
  3: ["third", "troisième", "tercer", "tercero", "tercera", "terceiro", "terceira", "третий", "третьего", "третьем", "الثالث"],
  4: ["fourth", "quatrième", "cuarto", "cuarta", "quarto", "quarta", "четвертый", "четвертого", "четвертом", "الرابع"],
};

export const PERIOD_WORD_LIST: Readonly<Record<"quarter" | "half", readonly string[]>> = {
  quarter: ["quarter", "qtr", "trimestre", "trim", "квартал", "квартала", "квартале", "кв", "الربع", "ربع"],
  half: ["half", "semester", "semestre", "sem", "полугодие", "полугодия", "полугодии", "النصف", "نصف"],
};

export const QUALIFIER_WORD_LIST: Readonly<Record<"start" | "mid" | "end", readonly string[]>> = {
  start: ["early", "beginning", "start", "début", "debut", "principios", "inicios", "inicio", "comienzos", "começo", "начало", "начале", "بداية", "أوائل"],
  mid: ["mid", "middle", "mi", "milieu", "mediados", "meados", "середина", "середине", "منتصف"],
  end: ["end", "late", "fin", "fins", "finales", "fines", "final", "fim", "конец", "конца", "конце", "نهاية", "أواخر"],
};

/** Words that carry no date information in a date ("14 de julio de 2023", "2023 г.", "في عام 2023"). */
export const FILLER_WORD_LIST: readonly string[] = [
  "of", "the", "in", "by", "year", "de", "del", "la", "le", "l", "du", "d", "des", "en", "em", "do", "da", "a", "au",
  "année", "annee", "año", "ano", "г", "года", "году", "год", "в", "во", "عام", "سنة", "لعام", "لسنة", "في", "م", "من",
];

const folded = <T>(table: Readonly<Record<string | number, readonly string[]>>, key: (k: string) => T): Map<string, T> => {
  const out = new Map<string, T>();
  for (const k of Object.keys(table)) for (const w of table[k]) out.set(fold(w), key(k));
  return out;
};

// Two-word month names (Levantine Arabic) are joined into one token before splitting on spaces.
export const MULTIWORD_MONTHS: ReadonlyMap<string, string> = new Map(
  Object.values(MONTH_WORDS).flat().filter((w) => w.includes(" ")).map((w) => [fold(w), fold(w).replace(/ /g, "_")]),
);

export const MONTH_NAMES: ReadonlyMap<string, number> = new Map(
  [...folded(MONTH_WORDS, Number)].map(([w, n]) => [w.replace(/ /g, "_"), n]),
);
export const ORDINAL_WORDS: ReadonlyMap<string, number> = folded(ORDINAL_WORD_LIST, Number);
export const PERIOD_WORDS: ReadonlyMap<string, "quarter" | "half"> = folded(PERIOD_WORD_LIST, (k) => k as "quarter" | "half");
export const QUALIFIER_WORDS: ReadonlyMap<string, "start" | "mid" | "end"> = folded(QUALIFIER_WORD_LIST, (k) => k as "start" | "mid" | "end");
export const FILLER_WORDS: ReadonlySet<string> = new Set(FILLER_WORD_LIST.map(fold));

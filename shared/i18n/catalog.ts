/** Message catalogs: every user-facing string exists in all seven UI languages, looked up by key. */
import type { Lang } from "../model/codes";

export type Translations = Readonly<Record<Lang, string>>;
export type Catalog = Readonly<Record<string, Translations>>;
export type Params = Readonly<Record<string, string | number>>;

/** Replaces `{name}` placeholders; an unknown placeholder is left visible rather than dropped. */
export function interpolate(template: string, params: Params): string {
  return interpolateWith(template, (name) => (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : undefined));
}

/** The same, asking for each value only when the template names it. */
export function interpolateWith(template: string, value: (name: string) => string | undefined): string {
  if (!template.includes("{")) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => value(name) ?? whole);
}

export function translate(catalog: Catalog, key: string, lang: Lang, params: Params = {}): string {
  const entry = catalog[key];
  if (!entry) return interpolate(key, params);
  return interpolate(entry[lang] || entry.en, params);
}

const RTL: ReadonlySet<Lang> = new Set<Lang>(["ar"]);
export const direction = (lang: Lang): "rtl" | "ltr" => (RTL.has(lang) ? "rtl" : "ltr");

/**
 * The secretariat's contact list for reminders, one institution a line:
 * `Ministère de la Justice = focal@justice.gov, dir@justice.gov; fr` (addresses, then optionally the language
 * its messages are written in). Blank lines and # comments are skipped. The tracker itself stores no addresses.
 */
import { LANGS, type Lang } from "../model/codes";
import { fold } from "../vocab/text";

export interface Contact {
  readonly institution: string;
  readonly to: readonly string[];
  readonly lang: Lang | null;
}

export interface ContactBook {
  readonly find: (institution: string) => Contact | undefined;
}

export type ContactsParse = { readonly book: ContactBook } | { readonly line: number; readonly key: string; readonly value: string };

const EMAIL = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

export function parseContacts(text: string): ContactsParse {
  const byName = new Map<string, Contact>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const at = line.indexOf("=");
    const institution = line.slice(0, at).trim();
    if (at <= 0 || institution === "") return { line: i + 1, key: "history.contacts.badLine", value: line };
    const [addresses = "", langText] = line.slice(at + 1).split(";").map((s) => s.trim());
    const to = addresses.split(",").map((s) => s.trim()).filter((s) => s !== "");
    const bad = to.find((a) => !EMAIL.test(a));
    if (bad !== undefined) return { line: i + 1, key: "history.contacts.badAddress", value: bad };
    const lang = langText ? (LANGS.find((l) => l === langText.toLowerCase()) ?? null) : null;
    if (langText && lang === null) return { line: i + 1, key: "history.contacts.badLang", value: langText };
    byName.set(fold(institution), { institution, to, lang });
  }
  return { book: { find: (institution) => byName.get(fold(institution)) } };
}

/** `nmirf reminders TRACKER.xlsx --as-of DATE [--within 30] -o DIR`: one .eml per institution and an index of mailto links. */
import fs from "node:fs";
import path from "node:path";
import { parseContacts, type ContactBook } from "../../shared/history/contacts";
import { reminders, toEml, toMailto, withinDays, type Reminder } from "../../shared/history/reminders";
import type { Lang } from "../../shared/model/codes";
import { reminderFileName } from "../../shared/history/reminderFile";
import type { Io } from "../io/console";
import { CliError } from "../io/CliError";
import { parseAsOf } from "../io/options";
import { writeAtomically } from "../io/writeAtomically";
import { loadTracker, sayHistory } from "./historyTracker";

export interface RemindersOptions {
  readonly asOf?: string;
  readonly within?: string;
  readonly output: string;
  readonly contacts?: string;
}

export async function remindersCommand(tracker: string, opts: RemindersOptions, io: Io, lang: Lang, langAsked: boolean): Promise<number> {
  const within = parseWithin(opts.within ?? "30");
  const now = io.now();
  const asOf = parseAsOf(opts.asOf, now);
  const book = opts.contacts ? readContacts(opts.contacts, io) : null;
  const { read } = await loadTracker(tracker, io, lang);
  // The tracker's language is the secretariat's; --lang writes the messages in another, a contact's own language wins.
  const langOf = (institution: string): Lang | undefined => book?.find(institution)?.lang ?? undefined;
  const list = reminders(read.recommendations, { asOf, withinDays: within, lang: langAsked ? lang : read.lang, langOf });
  if (list.length === 0) {
    io.out(sayHistory(lang, "history.cli.noReminders", { days: within, date: asOf }) + "\n");
    return 0;
  }
  const addressed = list.map((r): Addressed => ({ ...r, to: book?.find(r.institution)?.to ?? [] }));
  const indexLang = langAsked ? lang : read.lang;
  const dir = path.resolve(io.cwd, opts.output);
  const files = list.map((r, i) => reminderFileName(i, r.institution));
  const write = (name: string, text: string): Promise<void> => writeAtomically(path.join(dir, name), async (tmp) => fs.writeFileSync(tmp, text));
  for (const [i, r] of addressed.entries()) await write(files[i]!, toEml({ ...r, date: now }));
  const title = sayHistory(indexLang, "history.reminder.indexTitle", { date: asOf });
  await write("index.html", indexHtml(title, addressed, files, indexLang));
  await write("index.txt", indexText(title, addressed, files));
  io.out(sayHistory(lang, "history.cli.remindersWritten", { count: list.length, dir: opts.output }) + "\n");
  return 0;
}

function readContacts(file: string, io: Io): ContactBook {
  const full = path.resolve(io.cwd, file);
  if (!fs.existsSync(full)) throw new CliError("input.missing", { file });
  const parsed = parseContacts(fs.readFileSync(full, "utf8"));
  if ("book" in parsed) return parsed.book;
  throw new CliError(parsed.key, { file, line: parsed.line, value: parsed.value });
}

function parseWithin(value: string): number {
  const n = withinDays(value);
  if (n === null) throw new CliError("history.cli.badWithin", { value });
  return n;
}

const escapeHtml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

type Addressed = Reminder & { readonly to: readonly string[] };

function indexHtml(title: string, list: readonly Addressed[], files: readonly string[], lang: Lang): string {
  const dir = lang === "ar" ? "rtl" : "ltr";
  const items = list.map((r, i) => {
    const mailto = escapeHtml(toMailto(r));
    return `<li><a href="${mailto}">${escapeHtml(r.institution)}</a> — ${escapeHtml(r.subject)} (<a href="${escapeHtml(files[i]!)}">${escapeHtml(files[i]!)}</a>)</li>`;
  });
  return `<!doctype html>\n<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body><h1>${escapeHtml(title)}</h1>\n<ul>\n${items.join("\n")}\n</ul></body></html>\n`;
}

const indexText = (title: string, list: readonly Addressed[], files: readonly string[]): string =>
  [title, "", ...list.flatMap((r, i) => [`${r.institution} (${files[i]})`, toMailto(r), ""])].join("\n");

/**
 * History in the task panes, over the workbook the host read: a snapshot to write, the changes since one, reminders
 * to institutions and CSV exports. What goes into the workbook or to an institution is in the tracker's language,
 * as the command line writes it; only the tables shown in the pane are in the pane's.
 */
import { uhriCsv } from "../export/uhriCsv";
import { uwaziCsv } from "../export/uwaziCsv";
import type { SourceFile } from "../grid/grid";
import { direction, type Params } from "../i18n/catalog";
import { changesSince, type Changes } from "../history/changes";
import { changesTables, planChangesSheet, type ChangesTable } from "../history/changesSheet";
import { parseContacts } from "../history/contacts";
import { reminders, toEml, toMailto } from "../history/reminders";
import { reminderFileName } from "../history/reminderFile";
import { rewrittenTracker, withSheets } from "../history/rewrittenTracker";
import { newSnapshot, readSnapshots } from "../history/trackerSnapshots";
import { readTrackerWorkbook } from "../import/trackerWorkbook";
import type { Lang } from "../model/codes";
import type { WorkbookPlan } from "../workbook/plan";
import { DATE_FORMAT } from "../workbook/limits";
import { onlySheets } from "./trackerPlan";

/** A message key of HISTORY_MESSAGES and its parameters: a snapshot sheet or a contact line that does not read. */
export interface HistoryProblem {
  readonly problem: { readonly key: string; readonly params: Params };
}

export interface SnapshotRequest {
  readonly workbook: SourceFile;
  /** The reporting date, an ISO day. */
  readonly asOf: string;
  readonly label: string;
  readonly now: string;
  readonly by: string;
}

export interface SnapshotTaken {
  readonly asOf: string;
  readonly recommendations: number;
  /** A snapshot of the same date was there and is replaced. */
  readonly replaced: boolean;
  /** Only the Log sheet, with its "snapshot" line, and the hidden snapshot sheet. */
  readonly plan: WorkbookPlan;
}

/** Null when the workbook holds no tracker. */
export function takeSnapshotPlan(req: SnapshotRequest): SnapshotTaken | null {
  const read = readTrackerWorkbook(req.workbook);
  if (!read) return null;
  const taken = newSnapshot(req.workbook, read, req);
  const asOf = taken.snapshot.asOf;
  const log = onlySheets(rewrittenTracker({ src: req.workbook, read }, { now: req.now, asOf, log: [taken.entry] }), ["log"]);
  return { asOf, recommendations: taken.snapshot.recommendations.length, replaced: taken.replaced, plan: withSheets(log, [taken.sheet]) };
}

export interface ChangesRequest {
  readonly workbook: SourceFile;
  /** The snapshot's date; the latest snapshot when absent. */
  readonly since?: string;
  readonly asOf: string;
  /** The pane's language, for the tables it shows. */
  readonly lang: Lang;
}

export interface SnapshotChanges {
  /** The dates of the tracker's snapshots, oldest first. */
  readonly dates: string[];
  /** Null when the tracker holds no snapshot of that date (or none at all). */
  readonly shown: { readonly changes: Changes; readonly tables: ChangesTable[]; readonly plan: WorkbookPlan } | null;
}

export function changesSinceSnapshot(req: ChangesRequest): SnapshotChanges | HistoryProblem | null {
  const read = readTrackerWorkbook(req.workbook);
  if (!read) return null;
  const found = readSnapshots(req.workbook);
  if ("problem" in found) return found;
  const dates = [...found.snapshots.keys()].sort();
  const snapshot = found.snapshots.get(req.since ?? dates[dates.length - 1] ?? "");
  if (!snapshot) return { dates, shown: null };
  const changes = changesSince(snapshot, read.recommendations, { asOf: req.asOf });
  const plan: WorkbookPlan = { lang: read.lang, rightToLeft: direction(read.lang) === "rtl", dateFormat: DATE_FORMAT, sheets: [planChangesSheet(changes, read.lang)] };
  return { dates, shown: { changes, tables: changesTables(changes, req.lang), plan } };
}

export interface RemindersRequest {
  readonly workbook: SourceFile;
  readonly asOf: string;
  /** Items due from `asOf` up to this many days later are "due soon". */
  readonly withinDays: number;
  /** The secretariat's contact list (shared/history/contacts.ts); without it the messages have no recipient. */
  readonly contacts?: string;
  readonly now: string;
}

export interface InstitutionReminder {
  readonly institution: string;
  readonly overdue: number;
  readonly dueSoon: number;
  readonly subject: string;
  readonly mailto: string;
  /** The .eml file's name and text (a draft the person opens, checks and sends). */
  readonly file: string;
  readonly eml: string;
}

export function institutionReminders(req: RemindersRequest): InstitutionReminder[] | HistoryProblem | null {
  const read = readTrackerWorkbook(req.workbook);
  if (!read) return null;
  const parsed = parseContacts(req.contacts ?? "");
  if (!("book" in parsed)) return { problem: { key: parsed.key, params: { line: parsed.line, value: parsed.value } } };
  const { book } = parsed;
  // The tracker's language is the secretariat's; a contact's own language wins.
  const list = reminders(read.recommendations, { asOf: req.asOf, withinDays: req.withinDays, lang: read.lang, langOf: (i) => book.find(i)?.lang ?? undefined });
  return list.map((r, i) => {
    const addressed = { ...r, to: book.find(r.institution)?.to ?? [] };
    const overdue = r.items.filter((item) => item.kind === "overdue").length;
    return { institution: r.institution, overdue, dueSoon: r.items.length - overdue, subject: r.subject, mailto: toMailto(addressed), file: reminderFileName(i, r.institution), eml: toEml({ ...addressed, date: req.now }) };
  });
}

export type ExportFormat = "uhri" | "uwazi";

export interface ExportRequest {
  readonly workbook: SourceFile;
  readonly format: ExportFormat;
}

/** The tracker as CSV text (UTF-8 with its byte-order mark), labels in the tracker's language; null without a tracker. */
export function exportCsv(req: ExportRequest): { readonly csv: string; readonly count: number } | null {
  const read = readTrackerWorkbook(req.workbook);
  if (!read) return null;
  const recs = read.recommendations;
  return { csv: req.format === "uhri" ? uhriCsv(recs, {}) : uwaziCsv(recs, read.lang), count: recs.length };
}

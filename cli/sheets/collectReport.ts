/** The text `nmirf sheets collect` prints: one line per institution, the tracker, conflicts and request counts. */
import { translate, type Params } from "../../shared/i18n/catalog";
import { SHEETS_MESSAGES } from "../../shared/i18n/messages/sheets";
import type { Lang } from "../../shared/model/codes";
import type { CollectReport } from "./collect";
import type { RequestCounts } from "./guardedPort";

const sum = (m: ReadonlyMap<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);

export function collectReportText(report: CollectReport, counts: RequestCounts, trackerId: string, lang: Lang): string {
  const say = (key: string, params: Params = {}): string => translate(SHEETS_MESSAGES, key, lang, params) + "\n";
  const lines = report.institutions.map((i) => say("sheets.report.institution", { name: i.name, read: i.read, added: i.added, changed: i.changed, problems: i.problems }));
  lines.push(say("sheets.report.tracker", { ...report.tracker, cells: report.tracker.cellsWritten }));
  for (const c of report.conflicts) lines.push(say("sheets.report.conflict", { sheet: c.sheet, cell: c.cell, theirs: String(c.theirs), ours: String(c.ours) }));
  if (report.conflicts.length > 0) lines.push(say("sheets.report.conflicts", { count: report.conflicts.length, rows: report.rowsHeldBack }));
  const wroteBack = report.institutions.filter((i) => i.wroteBack).length;
  if (wroteBack > 0) lines.push(say("sheets.report.writtenBack", { count: wroteBack }));
  const perSheet = Math.max(0, ...report.institutions.map((i) => counts.calls.get(i.id) ?? 0));
  lines.push(say("sheets.report.requests", { calls: sum(counts.calls), attempts: sum(counts.attempts), tracker: counts.calls.get(trackerId) ?? 0, perSheet }));
  return lines.join("");
}

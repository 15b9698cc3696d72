/**
 * Merging the packs institutions sent back into the tracker, as both the command line and the Excel pane do it:
 * the merged tracker's plan, and per pack what was applied, rejected (with the cell) and in conflict.
 */
import { translate } from "../i18n/catalog";
import { renderIssue } from "../i18n/issues";
import { PACKS_MESSAGES } from "../i18n/messages/packs";
import type { SourceFile } from "../grid/grid";
import { readTrackerWorkbook, type TrackerRead } from "../import/trackerWorkbook";
import type { Lang } from "../model/codes";
import { FIELD_LABELS, isField } from "../model/fields";
import { mergePacks, readPack, type MergeResult, type PackRead } from "../packs";
import { columnLabel } from "../packs/packSheets";
import { rollup } from "../rollup/rollup";
import { validateRecords } from "../validate/validateRecords";
import type { WorkbookPlan } from "../workbook/plan";
import { planWorkbook } from "../workbook/planWorkbook";

/** A located, translated problem of a pack. */
export interface PackLine {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
}

export interface PackReport {
  readonly institution: string;
  readonly file: string;
  readonly focalPoint: PackRead["focalPoint"];
  readonly issuedAt: string;
  readonly applied: number;
  readonly rejected: PackLine[];
  readonly conflicts: PackLine[];
}

export interface PacksMerged {
  readonly reports: PackReport[];
  readonly result: MergeResult;
  /** The tracker with the applied changes and their log entries. */
  readonly plan: WorkbookPlan;
}

const say = (lang: Lang, key: string, params = {}): string => translate(PACKS_MESSAGES, key, lang, params);
const fieldName = (field: string, lang: Lang): string => (isField(field) ? FIELD_LABELS[field][lang] : columnLabel(field, lang));

function report(pack: PackRead, result: MergeResult, lang: Lang): PackReport {
  const mine = <T extends { file: string }>(xs: readonly T[]) => xs.filter((x) => x.file === pack.file);
  return {
    institution: pack.meta.institution,
    file: pack.file,
    focalPoint: pack.focalPoint,
    issuedAt: pack.meta.issuedAt,
    applied: mine(result.applied).length,
    rejected: [
      ...pack.problems.map((p) => ({ file: p.file, sheet: p.sheet, cell: p.cell, message: say(lang, p.code, p.params) })),
      ...mine(result.rejected).map((r) => ({ file: r.file, sheet: r.sheet, cell: r.cell, message: say(lang, r.messageKey, { value: r.value, id: r.value }) })),
    ],
    conflicts: mine(result.conflicts).map((c) => ({ file: c.file, sheet: c.sheet, cell: c.cell, message: say(lang, "packs.conflict", { field: fieldName(c.field, lang), tracker: c.trackerValue, pack: c.packValue }) })),
  };
}

/** `lang`: the language the lines are told in (the user's); the tracker keeps its own. */
export function mergePackFiles(tracker: TrackerRead, packs: readonly PackRead[], meta: { readonly now: string; readonly lang: Lang }): PacksMerged {
  const result = mergePacks(tracker.recommendations, packs, { at: meta.now, lang: tracker.lang });
  const records = result.records;
  const issues = validateRecords(records, () => null).map((i) => renderIssue(i, tracker.lang));
  const plan = planWorkbook({
    recommendations: records, issues, rollups: rollup(records, { asOf: meta.now.slice(0, 10) }), log: [...tracker.log, ...result.log],
    lang: tracker.lang, extraColumns: tracker.extraColumns, generatedAt: meta.now,
  });
  return { reports: packs.map((pack) => report(pack, result, meta.lang)), result, plan };
}

export interface PacksCheck {
  readonly merged: PacksMerged | null;
  /** Files that are no packs (or unreadable ones), each with its translated reason; they are left out. */
  readonly refused: { readonly file: string; readonly message: string }[];
}

/** The Excel pane's check: the open workbook's tracker and the pack workbooks picked (already read); null without a tracker. */
export function checkPacks(workbook: SourceFile, packs: readonly (SourceFile | { readonly file: string; readonly message: string })[], meta: { readonly now: string; readonly lang: Lang }): PacksCheck | null {
  const tracker = readTrackerWorkbook(workbook);
  if (!tracker) return null;
  const read: PackRead[] = [];
  const refused: { file: string; message: string }[] = [];
  for (const pack of packs) {
    if ("message" in pack) {
      refused.push(pack);
      continue;
    }
    const result = readPack(pack);
    if (result.ok) read.push(result.pack);
    else refused.push({ file: pack.file, message: say(meta.lang, result.problem.code, result.problem.params) });
  }
  return { merged: read.length > 0 ? mergePackFiles(tracker, read, meta) : null, refused };
}

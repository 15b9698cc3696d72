/** Plans one institution's pack: its recommendations and activities, editable where the focal point reports, locked elsewhere. */
import { direction, translate } from "../i18n/catalog";
import { PACKS_MESSAGES } from "../i18n/messages/packs";
import type { Lang } from "../model/codes";
import type { Recommendation } from "../model/tracker";
import { ACTIVITY_STATUS_VOCAB, STATUS_VOCAB, vocabLabels } from "../workbook/codec/codeLabels";
import { DATE_FORMAT } from "../workbook/limits";
import type { PlanCell } from "../workbook/plan";
import { absoluteRange } from "../workbook/sheetNames";
import { sheetPlan } from "../workbook/sheetPlan";
import { infoLines, infoValues, type PackMeta } from "./packInfo";
import { PACK_SCHEMA_VERSION } from "./packLayout";
import { PACK_SHEET_ROLES, type PackPlan, type PackSheetPlan, type PackSheetRole } from "./packPlan";
import { activitiesSheet, instructionsSheet, recommendationsSheet, type PackActivity, type PackContext } from "./packSheets";
import { recordsOf } from "./selectRecords";

export interface PackOptions {
  readonly lang: Lang;
  /** ISO day the pack is due back, if any. */
  readonly deadline: string | null;
  /** ISO timestamp supplied by the host. */
  readonly issuedAt: string;
  readonly trackerId: string;
}

const sheetNamesOf = (lang: Lang): Record<PackSheetRole, string> =>
  Object.fromEntries(PACK_SHEET_ROLES.map((r) => [r, translate(PACKS_MESSAGES, `packs.sheet.${r}`, lang)])) as Record<PackSheetRole, string>;

/** The activities a focal point reports on: those their institution leads, or that name no lead. */
export function packActivities(recs: readonly Recommendation[], institution: string): PackActivity[] {
  return recs.flatMap((r) => r.activities.filter((a) => a.institution === null || a.institution === institution).map((activity) => ({ recordId: r.id, activity })));
}

function listsSheet(name: string, recs: readonly Recommendation[], lang: Lang, rtl: boolean): { sheet: PackSheetPlan; sources: PackContext["lists"] } {
  const columns = [vocabLabels(STATUS_VOCAB, lang), vocabLabels(ACTIVITY_STATUS_VOCAB, lang), recs.map((r) => r.id as string)];
  const height = Math.max(...columns.map((c) => c.length));
  const values: PlanCell[][] = Array.from({ length: height }, (_, i) => columns.map((c) => c[i] ?? null));
  const range = (col: number) => absoluteRange(name, { top: 0, left: col, bottom: Math.max(0, columns[col]!.length - 1), right: col });
  const sheet: PackSheetPlan = { ...sheetPlan("lists", name, values, rtl, { hidden: true }), role: "lists", protection: { editable: [] } };
  return { sheet, sources: { status: range(0), activityStatus: range(1), ids: range(2) } };
}

export function planPack(records: readonly Recommendation[], institution: string, opts: PackOptions): PackPlan {
  const { lang } = opts;
  const rtl = direction(lang) === "rtl";
  const names = sheetNamesOf(lang);
  const recs = recordsOf(records, institution);
  const acts = packActivities(recs, institution);
  const lists = listsSheet(names.lists, recs, lang, rtl);
  const ctx: PackContext = { lang, rtl, institution, names, lists: lists.sources };
  const meta: PackMeta = { schemaVersion: PACK_SCHEMA_VERSION, trackerId: opts.trackerId, institution, issuedAt: opts.issuedAt, deadline: opts.deadline, lang };
  const info: PackSheetPlan = { ...sheetPlan("settings", names.info, infoValues(infoLines(meta, names, recs, acts)), rtl, { hidden: true }), role: "info", protection: { editable: [] } };
  const sheets = [instructionsSheet(ctx, opts), recommendationsSheet(recs, ctx), activitiesSheet(acts, ctx), lists.sheet, info];
  return { lang, rightToLeft: rtl, dateFormat: DATE_FORMAT, sheets };
}

/** Builders of the pack's visible sheets: instructions, recommendations and activities, with their locked and editable areas. */
import { translate } from "../i18n/catalog";
import { PACKS_MESSAGES } from "../i18n/messages/packs";
import type { Lang } from "../model/codes";
import { FIELD_LABELS, type Field } from "../model/fields";
import type { Activity, Recommendation } from "../model/tracker";
import { codeLabel, MECHANISM_VOCAB } from "../workbook/codec/codeLabels";
import { CELL_TEXT_LIMIT } from "../workbook/limits";
import type { Area, AreaStyle, ListValidation, PlanCell } from "../workbook/plan";
import { sheetPlan } from "../workbook/sheetPlan";
import { ACT_COLUMNS, ACT_EDITABLE, FOCAL_POINT_CELL, NEW_ACTIVITY_ROWS, REC_COLUMNS, REC_EDITABLE, type PackField } from "./packLayout";
import type { PackSheetPlan, PackSheetRole } from "./packPlan";
import { actValue, recValue, shownValue } from "./packValues";

/** Cells a focal point fills are yellow, as the instructions say. */
export const EDITABLE_FILL = "FFF2CC";

export interface PackContext {
  readonly lang: Lang;
  readonly rtl: boolean;
  readonly institution: string;
  readonly names: Readonly<Record<PackSheetRole, string>>;
  /** List sources for the dropdowns, as absolute ranges on the lists sheet. */
  readonly lists: { readonly status: string; readonly activityStatus: string; readonly ids: string };
}

const t = (key: string, lang: Lang, params = {}): string => translate(PACKS_MESSAGES, key, lang, params);

export const columnLabel = (key: string, lang: Lang): string =>
  key === "evidence" ? t("packs.column.evidence", lang) : FIELD_LABELS[key as Field][lang];

const clip = (s: string): string => (s.length > CELL_TEXT_LIMIT ? s.slice(0, CELL_TEXT_LIMIT - 1) + "…" : s);
const text = (s: string | null): PlanCell => (s === null || s === "" ? null : clip(s));

/** The tracker's sheet builder fills the common parts; the role is then the pack's own. */
const pack = (role: PackSheetRole, ctx: PackContext, values: PlanCell[][], parts: Parameters<typeof sheetPlan>[4], editable: Area[]): PackSheetPlan => ({
  ...sheetPlan("settings", ctx.names[role], values, ctx.rtl, parts),
  role,
  protection: { editable },
});

export function instructionsSheet(ctx: PackContext, meta: { deadline: string | null; issuedAt: string; trackerId: string }): PackSheetPlan {
  const { lang } = ctx;
  const values: PlanCell[][] = [
    [t("packs.title", lang, { institution: ctx.institution })],
    [],
    [t("packs.info.institution", lang), ctx.institution],
    [t("packs.info.deadline", lang), meta.deadline ?? t("packs.info.noDeadline", lang)],
    [t("packs.info.issuedAt", lang), meta.issuedAt.slice(0, 10)],
    [t("packs.info.tracker", lang), meta.trackerId],
    [t("packs.info.focalPoint", lang), null],
    [],
    ...[1, 2, 3, 4, 5].map((n) => [t(`packs.howto.${n}`, lang)]),
  ];
  const focal: Area = { top: FOCAL_POINT_CELL.row, left: FOCAL_POINT_CELL.col, bottom: FOCAL_POINT_CELL.row, right: FOCAL_POINT_CELL.col };
  const styles: AreaStyle[] = [
    { area: { top: 0, left: 0, bottom: 0, right: 0 }, bold: true },
    { area: { top: 2, left: 0, bottom: 6, right: 0 }, bold: true },
    { area: focal, fill: EDITABLE_FILL },
  ];
  return pack("instructions", ctx, values, { columnWidths: [36, 90], styles }, [focal]);
}

function recCell(rec: Recommendation, key: (typeof REC_COLUMNS)[number], lang: Lang): PlanCell {
  switch (key) {
    case "id":
      return rec.id;
    case "mechanism":
      return rec.mechanism === null ? null : codeLabel(MECHANISM_VOCAB, rec.mechanism, lang);
    case "institutions":
      return text(rec.institutions.join("; "));
    case "ref":
    case "symbol":
    case "paragraph":
    case "text":
    case "deadline":
      return text(rec[key]);
    default:
      return clipped(shownValue(key, recValue(rec, key), lang));
  }
}

const clipped = (v: string | number | null): PlanCell => (typeof v === "string" ? clip(v) : v);

const WIDTHS: Readonly<Record<string, number>> = { id: 18, ref: 10, mechanism: 12, symbol: 16, paragraph: 9, text: 60, institutions: 28, deadline: 12, status: 22, progress: 12, comments: 50, evidence: 30, activityId: 18, activity: 50, activityInstitution: 28, activityStatus: 16, activityDeadline: 14 };

const header = (keys: readonly string[], lang: Lang): PlanCell[] => keys.map((k) => columnLabel(k, lang));
const colOf = (keys: readonly string[], key: string): number => keys.indexOf(key);
const column = (col: number, top: number, bottom: number): Area => ({ top, left: col, bottom: Math.max(top, bottom), right: col });

function dropdown(area: Area, source: string, lang: Lang): ListValidation {
  return { area, source, errorStyle: "stop", errorTitle: t("packs.validation.title", lang), errorMessage: t("packs.validation.message", lang) };
}

/** Editable columns sit side by side at the right end, so one area covers them. */
function editableBlock(keys: readonly string[], fields: readonly PackField[], top: number, bottom: number): Area {
  return { top, left: colOf(keys, fields[0]!), bottom: Math.max(top, bottom), right: colOf(keys, fields[fields.length - 1]!) };
}

const commonParts = (keys: readonly string[]) => ({
  columnWidths: keys.map((k) => WIDTHS[k] ?? 18),
  frozen: { rows: 1, cols: 1 },
});

export function recommendationsSheet(recs: readonly Recommendation[], ctx: PackContext): PackSheetPlan {
  const keys = REC_COLUMNS;
  const values: PlanCell[][] = [header(keys, ctx.lang), ...recs.map((r) => keys.map((k) => recCell(r, k, ctx.lang)))];
  const last = recs.length;
  const editable = editableBlock(keys, REC_EDITABLE, 1, last);
  const styles: AreaStyle[] = [{ area: { top: 0, left: 0, bottom: 0, right: keys.length - 1 }, bold: true }, { area: editable, fill: EDITABLE_FILL }];
  const validations = [dropdown(column(colOf(keys, "status"), 1, last), ctx.lists.status, ctx.lang)];
  return pack("recommendations", ctx, values, { ...commonParts(keys), styles, validations }, recs.length > 0 ? [editable] : []);
}

export interface PackActivity {
  readonly recordId: string;
  readonly activity: Activity;
}

function actCell(row: PackActivity, key: (typeof ACT_COLUMNS)[number], lang: Lang): PlanCell {
  switch (key) {
    case "id":
      return row.recordId;
    case "activityId":
      return row.activity.id;
    case "activity":
      return text(row.activity.text);
    case "activityInstitution":
      return text(row.activity.institution);
    default:
      return clipped(shownValue(key, actValue(row.activity, key), lang));
  }
}

export function activitiesSheet(rows: readonly PackActivity[], ctx: PackContext): PackSheetPlan {
  const keys = ACT_COLUMNS;
  const blank: PlanCell[] = keys.map(() => null);
  const values: PlanCell[][] = [header(keys, ctx.lang), ...rows.map((r) => keys.map((k) => actCell(r, k, ctx.lang))), ...Array.from({ length: NEW_ACTIVITY_ROWS }, () => [...blank])];
  const firstNew = rows.length + 1;
  const lastNew = rows.length + NEW_ACTIVITY_ROWS;
  const existing = editableBlock(keys, ACT_EDITABLE, 1, lastNew);
  const newIds = column(colOf(keys, "id"), firstNew, lastNew);
  const newTexts = column(colOf(keys, "activity"), firstNew, lastNew);
  const editable = [existing, newIds, newTexts];
  const styles: AreaStyle[] = [{ area: { top: 0, left: 0, bottom: 0, right: keys.length - 1 }, bold: true }, ...editable.map((area) => ({ area, fill: EDITABLE_FILL }))];
  const validations = [dropdown(column(colOf(keys, "activityStatus"), 1, lastNew), ctx.lists.activityStatus, ctx.lang), dropdown(newIds, ctx.lists.ids, ctx.lang)];
  return pack("activities", ctx, values, { ...commonParts(keys), styles, validations }, editable);
}

/** The visible "Changes since …" sheet: one titled table per kind of change, in the tracker's language. */
import { direction, translate } from "../i18n/catalog";
import { HISTORY_MESSAGES } from "../i18n/messages/history";
import type { Lang } from "../model/codes";
import { ACTIVITY_STATUS_LABELS, label, MECHANISM_LABELS, RECOMMENDATION_STATUS_LABELS } from "../vocab/labels";
import type { AreaStyle, PlanCell, SheetPlan } from "../workbook/plan";
import { TITLE_FILL } from "../workbook/palette";
import { sheetPlan } from "../workbook/sheetPlan";
import type { Changes } from "./changes";
import { historySheetName } from "./sheetName";

export interface ChangesTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly PlanCell[])[];
}

/** The tables of a Changes value, with labels (not codes) in the asked language. */
export function changesTables(changes: Changes, lang: Lang): ChangesTable[] {
  const t = (key: string): string => translate(HISTORY_MESSAGES, key, lang);
  const status = (s: keyof typeof RECOMMENDATION_STATUS_LABELS | null): PlanCell => (s === null ? null : label(RECOMMENDATION_STATUS_LABELS, s, lang));
  const actStatus = (s: keyof typeof ACTIVITY_STATUS_LABELS | null): PlanCell => (s === null ? null : label(ACTIVITY_STATUS_LABELS, s, lang));
  const cols = (...keys: string[]): string[] => keys.map((k) => t(`history.column.${k}`));
  const activityRows = changes.newActivities.map((a) => [a.id, a.ref, a.activity, actStatus(a.status), a.deadline, a.institution]);
  const completedRows = changes.completedActivities.map((a) => [a.id, a.ref, a.activity, actStatus(a.status), a.deadline, a.institution]);
  return [
    { title: t("history.changes.table.statusChanges"), columns: cols("record", "ref", "text", "from", "to"), rows: changes.statusChanges.map((c) => [c.id, c.ref, c.text, status(c.from), status(c.to)]) },
    { title: t("history.changes.table.newActivities"), columns: cols("record", "ref", "activity", "status", "deadline", "institutions"), rows: activityRows },
    { title: t("history.changes.table.completedActivities"), columns: cols("record", "ref", "activity", "status", "deadline", "institutions"), rows: completedRows },
    { title: t("history.changes.table.newlyOverdue"), columns: cols("record", "ref", "text", "deadline", "institutions"), rows: changes.newlyOverdue.map((o) => [o.id, o.ref, o.text, o.deadline, o.institutions.join("; ")]) },
    { title: t("history.changes.table.added"), columns: cols("record", "ref", "text", "mechanism", "status"), rows: changes.added.map((a) => [a.id, a.ref, a.text, a.mechanism === null ? null : label(MECHANISM_LABELS, a.mechanism, lang), status(a.status)]) },
    { title: t("history.changes.table.removed"), columns: cols("record"), rows: changes.removed.map((id) => [id]) },
  ];
}

export function planChangesSheet(changes: Changes, lang: Lang): SheetPlan {
  const values: PlanCell[][] = [[translate(HISTORY_MESSAGES, "history.changes.title", lang, { since: changes.since, asOf: changes.asOf })], []];
  const styles: AreaStyle[] = [{ area: { top: 0, left: 0, bottom: 0, right: 0 }, bold: true }];
  for (const table of changesTables(changes, lang)) {
    const top = values.length;
    values.push([table.title], [...table.columns]);
    styles.push({ area: { top, left: 0, bottom: top, right: 0 }, bold: true }, { area: { top: top + 1, left: 0, bottom: top + 1, right: table.columns.length - 1 }, bold: true, fill: TITLE_FILL });
    if (table.rows.length === 0) values.push([translate(HISTORY_MESSAGES, "history.changes.none", lang)]);
    else values.push(...table.rows.map((r) => [...r]));
    values.push([]);
  }
  return sheetPlan("dashboard", historySheetName("history.sheet.changes", lang, { date: changes.since }), values, direction(lang) === "rtl", {
    columnWidths: [26, 12, 60, 18, 14, 30],
    styles,
  });
}

/** The Long texts sheet: the parts of texts too long for one cell, and values kept as written that no cell shows. */
import { translate } from "../../i18n/catalog";
import { WORKBOOK_MESSAGES } from "../../i18n/messages/workbook";
import type { Lang } from "../../model/codes";
import { FIELD_LABELS } from "../../model/fields";
import { columnWidth, LONG_TEXT_KEYS } from "../columns";
import { tableHeaders } from "../headers";
import type { LongTextPart } from "../longTexts";
import { TABLE_STYLE } from "../palette";
import type { PlanCell, SheetPlan } from "../plan";
import { sheetPlan, tableArea } from "../sheetPlan";
import { TABLE_NAMES, type SheetNames } from "../sheetNames";

function headerText(key: (typeof LONG_TEXT_KEYS)[number], lang: Lang): string {
  if (key === "id" || key === "activityId") return FIELD_LABELS[key][lang];
  return translate(WORKBOOK_MESSAGES, `column.${key}`, lang);
}

const partRow = (p: LongTextPart, names: SheetNames): PlanCell[] => [
  names[p.sheet],
  p.id === "" ? null : p.id,
  p.activityId === "" ? null : p.activityId,
  p.logRow,
  p.field,
  p.part,
  p.text === "" ? null : p.text,
];

export function longTextsSheet(parts: readonly LongTextPart[], names: SheetNames, lang: Lang, rtl: boolean): SheetPlan {
  const headers = tableHeaders(LONG_TEXT_KEYS.map((k) => headerText(k, lang)), lang);
  return sheetPlan("longTexts", names.longTexts, [headers, ...parts.map((p) => partRow(p, names))], rtl, {
    columnWidths: LONG_TEXT_KEYS.map(columnWidth),
    frozen: { rows: 1, cols: 0 },
    tables: [{ name: TABLE_NAMES.longTexts, area: tableArea(parts.length, headers.length), style: TABLE_STYLE }],
  });
}

/** The Change log sheet: one row per LogEntry, oldest first, as the tracker's institutional memory. */
import { translate } from "../../i18n/catalog";
import { WORKBOOK_MESSAGES } from "../../i18n/messages/workbook";
import type { Lang } from "../../model/codes";
import type { LogEntry } from "../../model/log";
import { columnWidth, LOG_KEYS } from "../columns";
import { tableHeaders } from "../headers";
import { fitCell, type LongTextPart } from "../longTexts";
import { TABLE_STYLE } from "../palette";
import type { PlanCell, SheetPlan } from "../plan";
import { sheetPlan, tableArea } from "../sheetPlan";
import { TABLE_NAMES } from "../sheetNames";

const HEADER_KEYS: Readonly<Record<(typeof LOG_KEYS)[number], string>> = {
  at: "column.at", action: "column.action", by: "column.by", recordId: "column.record",
  field: "column.field", oldValue: "column.oldValue", newValue: "column.newValue", note: "column.note",
};

export const logHeaders = (lang: Lang): string[] => tableHeaders(LOG_KEYS.map((k) => translate(WORKBOOK_MESSAGES, HEADER_KEYS[k], lang)), lang);

function logRow(entry: LogEntry, sheetRow: number, out: LongTextPart[]): PlanCell[] {
  const owner = { sheet: "log", id: "", activityId: "", logRow: sheetRow } as const;
  return LOG_KEYS.map((key) => {
    const value = entry[key];
    return fitCell(value === null || value === "" ? null : value, owner, key, out);
  });
}

export function logSheet(log: readonly LogEntry[], name: string, lang: Lang, rtl: boolean, out: LongTextPart[]): SheetPlan {
  const headers = logHeaders(lang);
  const values: PlanCell[][] = [headers, ...log.map((entry, i) => logRow(entry, i + 2, out))];
  return sheetPlan("log", name, values, rtl, {
    columnWidths: LOG_KEYS.map(columnWidth),
    frozen: { rows: 1, cols: 0 },
    tables: [{ name: TABLE_NAMES.log, area: tableArea(log.length, headers.length), style: TABLE_STYLE }],
  });
}

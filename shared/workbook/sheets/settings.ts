/** The hidden Settings sheet: schema version, language, sheet names and column keys, so any host can read the tracker back. */
import { translate } from "../../i18n/catalog";
import { WORKBOOK_MESSAGES } from "../../i18n/messages/workbook";
import type { Lang } from "../../model/codes";
import { TRACKER_SCHEMA_VERSION } from "../../model/tracker";
import { SHEET_ROLES, type PlanCell, type SheetPlan } from "../plan";
import { sheetPlan } from "../sheetPlan";
import type { SheetNames } from "../sheetNames";
import { KEYED_SHEETS, SETTING, TRACKER_MARKER, type KeyedSheet } from "../settingsKeys";

export interface SettingsInput {
  readonly lang: Lang;
  readonly generatedAt: string;
  readonly names: SheetNames;
  readonly columns: Readonly<Record<KeyedSheet, readonly string[]>>;
  readonly extraColumns: readonly string[];
}

export function settingsSheet(input: SettingsInput, rtl: boolean): SheetPlan {
  const values: PlanCell[][] = [
    [TRACKER_MARKER, TRACKER_SCHEMA_VERSION],
    [translate(WORKBOOK_MESSAGES, "settings.note", input.lang)],
    [SETTING.lang, input.lang],
    [SETTING.generatedAt, input.generatedAt],
    ...SHEET_ROLES.map((role) => [SETTING.sheetPrefix + role, input.names[role]]),
    ...KEYED_SHEETS.map((sheet) => [SETTING.columnsPrefix + sheet, ...input.columns[sheet]]),
    [SETTING.extraColumns, ...input.extraColumns],
  ];
  return sheetPlan("settings", input.names.settings, values, rtl, { columnWidths: [24, 24], hidden: true });
}

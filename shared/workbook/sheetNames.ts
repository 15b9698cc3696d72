/** Translated sheet names, stable table names, and references to cells of those sheets in formulas and links. */
import { translate } from "../i18n/catalog";
import { WORKBOOK_MESSAGES } from "../i18n/messages/workbook";
import type { Lang } from "../model/codes";
import { cellAddress, columnLetter } from "../grid/address";
import { SHEET_ROLES, type Area, type CellPos, type SheetRole } from "./plan";

export type SheetNames = Readonly<Record<SheetRole, string>>;

export function sheetNames(lang: Lang): SheetNames {
  const names = {} as Record<SheetRole, string>;
  for (const role of SHEET_ROLES) names[role] = translate(WORKBOOK_MESSAGES, `sheet.${role}`, lang);
  return names;
}

/** Table names are identifiers that never change with the language, so formulas and hosts can rely on them. */
export const TABLE_NAMES = {
  recommendations: "Recommendations",
  activities: "Activities",
  issues: "Issues",
  log: "ChangeLog",
  longTexts: "LongTexts",
  clusters: "Clusters",
} as const;

/** A sheet name as a formula writes it: bare when it is a plain identifier, else quoted with ' doubled. */
export function sheetRef(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "='Listes'!$A$2:$A$5" */
export function absoluteRange(sheet: string, area: Area): string {
  const corner = (row: number, col: number): string => `$${columnLetter(col)}$${row + 1}`;
  return `=${sheetRef(sheet)}!${corner(area.top, area.left)}:${corner(area.bottom, area.right)}`;
}

/** "#'Recommendations'!K12" — always quoted, which every host accepts. */
export const linkTarget = (sheet: string, at: CellPos): string => `#'${sheet.replace(/'/g, "''")}'!${cellAddress(at.row, at.col)}`;

/** "A1:T100" */
export const areaAddress = (area: Area): string => `${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`;

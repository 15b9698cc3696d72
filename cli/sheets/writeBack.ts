/**
 * `--write-back`: each institution's problems in a "Problems" tab of its own spreadsheet, rewritten whole by one
 * atomic batchUpdate (so a re-run replaces it, never appends), and skipped when it already says the same.
 */
import { translate } from "../../shared/i18n/catalog";
import { SHEETS_MESSAGES } from "../../shared/i18n/messages/sheets";
import { LANGS, type Lang } from "../../shared/model/codes";
import type { LocatedIssue } from "../../shared/model/issue";
import type { InstitutionRead } from "./readSources";
import type { ApiValue, SheetsPort } from "./sheetsPort";
import { cellData } from "./updateCells";
import { trimTrailing } from "../../shared/grid/trimEnd";

const t = (key: string, lang: Lang): string => translate(SHEETS_MESSAGES, key, lang);

/** The Problems tab's name in every language, so a tab written in another language is still recognised as ours. */
export const PROBLEMS_TITLES: ReadonlySet<string> = new Set(LANGS.map((l) => t("sheets.problems.title", l)));

export function problemRows(issues: readonly LocatedIssue[], lang: Lang): string[][] {
  const header = ["sheet", "cell", "severity", "message", "suggestion"].map((k) => t(`sheets.problems.${k}`, lang));
  return [header, ...issues.map((i) => [i.sheet ?? "", i.cell ?? "", t(`sheets.severity.${i.severity}`, lang), i.message, i.suggestion ?? ""])];
}

/** The API drops trailing empty cells of a row, so rows are compared without them. */
const trimmed = (row: readonly (ApiValue | string)[]): string[] => trimTrailing(row.map(String), "");

const same = (a: readonly (readonly ApiValue[])[], b: readonly (readonly string[])[]): boolean =>
  a.length === b.length && a.every((row, r) => JSON.stringify(trimmed(row)) === JSON.stringify(trimmed(b[r]!)));

/** Returns whether a request was made. */
export async function writeBack(port: SheetsPort, inst: InstitutionRead, issues: readonly LocatedIssue[], lang: Lang): Promise<boolean> {
  const rows = problemRows(issues, lang);
  if (inst.problems ? same(inst.problems.rows, rows) : issues.length === 0) return false;
  const sheetId = inst.problems?.sheetId ?? Math.max(0, ...inst.sheetIds) + 1;
  const add = inst.problems ? [] : [{ addSheet: { properties: { sheetId, title: t("sheets.problems.title", lang) } } }];
  // A range without bounds is the whole tab: cells the new rows do not cover are cleared.
  const update = { updateCells: { range: { sheetId }, rows: rows.map((r) => ({ values: r.map(cellData) })), fields: "userEnteredValue" } };
  await port.batchUpdate(inst.id, [...add, update]);
  return true;
}

/** The Issues sheet: one row per issue, with a link to the tracker cell it concerns when there is one. */
import { translate } from "../../i18n/catalog";
import { WORKBOOK_MESSAGES } from "../../i18n/messages/workbook";
import type { Lang } from "../../model/codes";
import type { LocatedIssue } from "../../model/issue";
import { columnWidth, ISSUE_KEYS } from "../columns";
import { tableHeaders } from "../headers";
import type { TrackerCell } from "../issueCells";
import { clipText } from "../longTexts";
import { SEVERITY_FILLS, TABLE_STYLE } from "../palette";
import type { ConditionalFill, PlanCell, SheetPlan } from "../plan";
import { columnArea, sheetPlan, tableArea } from "../sheetPlan";
import { linkTarget, TABLE_NAMES, type SheetNames } from "../sheetNames";

const t = (key: string, lang: Lang): string => translate(WORKBOOK_MESSAGES, key, lang);
const text = (value: string | null): PlanCell => (value === null || value === "" ? null : clipText(value));

function issueRow(issue: LocatedIssue, cell: TrackerCell | null, names: SheetNames, lang: Lang): PlanCell[] {
  const link: PlanCell = cell === null ? null : { kind: "link", text: t("link.goTo", lang), target: linkTarget(names[cell.sheet], cell) };
  return [t(`severity.${issue.severity}`, lang), issue.code, text(issue.message), text(issue.file), text(issue.sheet), issue.cell, text(issue.suggestion), link];
}

export function issuesSheet(located: readonly { issue: LocatedIssue; cell: TrackerCell | null }[], names: SheetNames, lang: Lang, rtl: boolean): SheetPlan {
  const headers = tableHeaders(ISSUE_KEYS.map((k) => t(`column.${k}`, lang)), lang);
  const values: PlanCell[][] = [headers, ...located.map(({ issue, cell }) => issueRow(issue, cell, names, lang))];
  const severityFills: ConditionalFill[] = located.length === 0 ? [] : (["error", "warning", "info"] as const).map((s) => ({
    area: columnArea(0, located.length),
    equals: t(`severity.${s}`, lang),
    fill: SEVERITY_FILLS[s],
  }));
  return sheetPlan("issues", names.issues, values, rtl, {
    columnWidths: ISSUE_KEYS.map(columnWidth),
    frozen: { rows: 1, cols: 0 },
    tables: [{ name: TABLE_NAMES.issues, area: tableArea(located.length, headers.length), style: TABLE_STYLE }],
    conditionalFills: severityFills,
  });
}

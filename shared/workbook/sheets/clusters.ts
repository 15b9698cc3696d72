/** The Clusters sheet: one row per suggested cluster, with its recommendations counted by status, overdue and share implemented. */
import { translate } from "../../i18n/catalog";
import { WORKBOOK_MESSAGES } from "../../i18n/messages/workbook";
import type { Lang } from "../../model/codes";
import type { Recommendation } from "../../model/tracker";
import { rollup } from "../../rollup/rollup";
import type { RecordAnalysis } from "../../track/analyzeRecords";
import { columnWidth } from "../columns";
import { tableHeaders } from "../headers";
import { clipText } from "../longTexts";
import { PERCENT_FORMAT } from "../limits";
import { TABLE_STYLE } from "../palette";
import type { PlanCell, SheetPlan } from "../plan";
import { columnArea, sheetPlan, tableArea } from "../sheetPlan";
import { TABLE_NAMES } from "../sheetNames";
import { countsRow, headerRow } from "./dashboardBlock";

export function clustersSheet(analysis: RecordAnalysis, recs: readonly Recommendation[], name: string, asOf: string, lang: Lang, rtl: boolean): SheetPlan {
  const byId = new Map(recs.map((r) => [r.id as string, r]));
  const t = (key: string): string => translate(WORKBOOK_MESSAGES, key, lang);
  const headers = tableHeaders([t("column.clusterId"), ...headerRow(t("column.clusterName"), lang)], lang);
  const rows: PlanCell[][] = analysis.clustering.clusters.map((c) => {
    const members = c.members.flatMap((id) => byId.get(id) ?? []);
    return [c.id, ...countsRow(clipText(c.name), rollup(members, { asOf }).total)];
  });
  return sheetPlan("clusters", name, [headers, ...rows], rtl, {
    columnWidths: headers.map((_, i) => (i === 0 ? columnWidth("clusterId") : i === 1 ? columnWidth("clusterName") : 14)),
    frozen: { rows: 1, cols: 2 },
    tables: [{ name: TABLE_NAMES.clusters, area: tableArea(rows.length, headers.length), style: TABLE_STYLE }],
    styles: rows.length === 0 ? [] : [{ area: columnArea(headers.length - 1, rows.length), numberFormat: PERCENT_FORMAT }],
  });
}

/** The Dashboard sheet: the overall counts, then one block per rollup dimension, stacked with room for each chart. */
import { translate } from "../../i18n/catalog";
import { WORKBOOK_MESSAGES } from "../../i18n/messages/workbook";
import type { Lang } from "../../model/codes";
import { FIELD_LABELS, type Field } from "../../model/fields";
import type { RollupDimension, Rollups } from "../../rollup/types";
import { dateOrPeriodCell } from "../codec/cellCodecs";
import type { Area, AreaStyle, ChartSpec, PlanCell, SheetPlan } from "../plan";
import { sheetPlan } from "../sheetPlan";
import { block, BLOCK_COLUMNS, CHART_ROWS, type Block } from "./dashboardBlock";

const DIMENSION_FIELD: Readonly<Record<RollupDimension, Field>> = {
  mechanism: "mechanism", cluster: "cluster", theme: "themes", institution: "institutions",
  sdgGoal: "sdg", affectedPerson: "affectedPersons", cycle: "cycle", position: "response",
};

const shift = (a: Area, rows: number): Area => ({ ...a, top: a.top + rows, bottom: a.bottom + rows });

function shiftChart(chart: ChartSpec, rows: number): ChartSpec {
  return {
    ...chart,
    categories: shift(chart.categories, rows),
    series: chart.series.map((s) => ({ ...s, nameCell: { ...s.nameCell, row: s.nameCell.row + rows }, values: shift(s.values, rows) })),
    anchor: { ...chart.anchor, row: chart.anchor.row + rows },
  };
}

function blocksOf(rollups: Rollups, lang: Lang): Block[] {
  const all = translate(WORKBOOK_MESSAGES, "dashboard.all", lang);
  return [
    block(all, all, null, [rollups.total], lang),
    ...rollups.tables.map((table) => {
      const title = translate(WORKBOOK_MESSAGES, `dashboard.by.${table.dimension}`, lang);
      return block(title, FIELD_LABELS[DIMENSION_FIELD[table.dimension]][lang], table.dimension, table.rows, lang);
    }),
  ];
}

export function dashboardSheet(rollups: Rollups, name: string, lang: Lang, rtl: boolean): SheetPlan {
  const values: PlanCell[][] = [
    [translate(WORKBOOK_MESSAGES, "dashboard.title", lang)],
    // asOf may be a timestamp: its day is what the figures mean.
    [translate(WORKBOOK_MESSAGES, "dashboard.asOf", lang), dateOrPeriodCell(rollups.asOf.slice(0, 10))],
    [],
  ];
  const styles: AreaStyle[] = [{ area: { top: 0, left: 0, bottom: 0, right: 0 }, bold: true }];
  const charts: ChartSpec[] = [];
  for (const b of blocksOf(rollups, lang)) {
    const top = values.length;
    values.push(...b.values);
    styles.push(...b.styles.map((s) => ({ ...s, area: shift(s.area, top) })));
    if (b.chart) charts.push(shiftChart(b.chart, top));
    // Leave room for the chart beside a short block, plus one blank row.
    const height = b.chart ? Math.max(b.values.length, CHART_ROWS) : b.values.length;
    while (values.length < top + height + 1) values.push([]);
  }
  return sheetPlan("dashboard", name, values, rtl, {
    columnWidths: [36, ...Array.from({ length: BLOCK_COLUMNS - 1 }, () => 14)],
    styles,
    charts,
  });
}

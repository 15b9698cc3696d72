/// <reference types="google-apps-script" />
/**
 * The plan's charts as Sheets embedded bar charts. Each chart's data is the categories and the series, each with
 * its header cell above it, so the header row names the series; side by side, as the dashboard lays them out,
 * they are one range (one `getRange`). A sheet that may already hold charts (a run continued after a stop) has
 * them removed first, so a plan applied twice leaves one set of charts, not a pile.
 */
import type { Area, ChartSpec, SheetPlan } from "../../../shared/workbook/plan";
import { rangeOf } from "./sheetFeatures";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets' default column width and row height, in pixels: the chart covers the cells the plan gives it. */
const COLUMN_PX = 100;
const ROW_PX = 21;

export const chartPixels = (spec: ChartSpec): { width: number; height: number } => ({ width: spec.cols * COLUMN_PX, height: spec.rows * ROW_PX });

/** The categories, then each series, each with its header row above it. */
export const seriesAreas = (spec: ChartSpec): Area[] => [{ ...spec.categories, top: spec.categories.top - 1 }, ...spec.series.map((s) => ({ ...s.values, top: s.nameCell.row }))];

/** The same areas with neighbours spanning the same rows joined (fewer ranges to get). */
export function chartAreas(spec: ChartSpec): Area[] {
  const joined: Area[] = [];
  for (const area of seriesAreas(spec)) {
    const last = joined[joined.length - 1];
    if (last && last.right + 1 === area.left && last.top === area.top && last.bottom === area.bottom) joined[joined.length - 1] = { ...last, right: area.right };
    else joined.push(area);
  }
  return joined;
}

export function applyCharts(sheet: Sheet, plan: SheetPlan, mayHoldCharts: boolean): void {
  if (plan.charts.length === 0) return;
  if (mayHoldCharts) for (const old of sheet.getCharts()) sheet.removeChart(old);
  for (const spec of plan.charts) {
    let builder = sheet.newChart();
    for (const area of chartAreas(spec)) builder = builder.addRange(rangeOf(sheet, area));
    builder = builder
      .setNumHeaders(1)
      .setPosition(spec.anchor.row + 1, spec.anchor.col + 1, 0, 0)
      .setOption("width", chartPixels(spec).width)
      .setOption("height", chartPixels(spec).height);
    const bar = builder.asBarChart().setTitle(spec.title);
    sheet.insertChart((spec.type === "barStacked" ? bar.setStacked() : bar).build());
  }
}

/// <reference types="office-js" />
/**
 * Queues a planned sheet's features on its (temporary) worksheet: column widths, styles, conditional fills,
 * notes, tables, charts and frozen panes. Queues only; the caller syncs once per batch.
 */
import { cellAddress } from "../../../shared/grid/address";
import type { Area, SheetPlan } from "../../../shared/workbook/plan";

/** Excel column widths are points; a character of the default font is about 7 pixels = 5.25 points, plus padding. */
export const charsToPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;

export const rangeOf = (sheet: Excel.Worksheet, a: Area): Excel.Range =>
  sheet.getRangeByIndexes(a.top, a.left, a.bottom - a.top + 1, a.right - a.left + 1);

const color = (hex: string): string => `#${hex}`;

/** A text literal inside a formula: quotes doubled. */
const textLiteral = (text: string): string => `="${text.replace(/"/g, '""')}"`;

export interface FeatureSupport {
  /** ExcelApi 1.18: worksheet notes. */
  readonly notes: boolean;
}

export function queueLayout(sheet: Excel.Worksheet, plan: SheetPlan): void {
  plan.columnWidths.forEach((width, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = charsToPoints(width);
  });
  if (plan.frozen.rows > 0) sheet.freezePanes.freezeRows(plan.frozen.rows);
  if (plan.frozen.cols > 0) sheet.freezePanes.freezeColumns(plan.frozen.cols);
}

export function queueStyles(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const style of plan.styles) {
    const range = rangeOf(sheet, style.area);
    if (style.bold !== undefined) range.format.font.bold = style.bold;
    if (style.fill !== undefined) range.format.fill.color = color(style.fill);
    if (style.numberFormat !== undefined) {
      const { top, bottom, left, right } = style.area;
      range.numberFormat = Array.from({ length: bottom - top + 1 }, () => new Array<string>(right - left + 1).fill(style.numberFormat as string));
    }
  }
  for (const fill of plan.conditionalFills) {
    const format = rangeOf(sheet, fill.area).conditionalFormats.add("CellValue");
    format.cellValue.format.fill.color = color(fill.fill);
    format.cellValue.rule = { formula1: textLiteral(fill.equals), operator: "EqualTo" };
  }
}

/** Notes are queued apart, in slices, so a sheet with thousands of them can share batches with other writes. */
export function queueNotes(sheet: Excel.Worksheet, notes: SheetPlan["notes"], support: FeatureSupport): void {
  for (const note of notes) {
    sheet.getRangeByIndexes(note.row, note.col, 1, 1).format.fill.color = color(note.fill);
    if (note.text !== null && support.notes) sheet.notes.add(cellAddress(note.row, note.col), note.text);
  }
}

/** Tables get temporary names here; `finishSheet` gives them their planned names once the old tracker is gone. */
export function queueTables(sheet: Excel.Worksheet, plan: SheetPlan, tempName: (i: number) => string): Excel.Table[] {
  return plan.tables.map((table, i) => {
    const added = sheet.tables.add(rangeOf(sheet, table.area), true);
    added.name = tempName(i);
    added.style = table.style;
    return added;
  });
}

const CHART_TYPES = { barStacked: "BarStacked", barClustered: "BarClustered" } as const;

/** The chart's data: categories in the first column, one column per series, series names in the header row. */
function chartSource(plan: SheetPlan["charts"][number]): Area {
  const areas = [plan.categories, ...plan.series.map((s) => s.values)];
  const top = Math.min(...plan.series.map((s) => s.nameCell.row), plan.categories.top - 1);
  return { top: Math.max(0, top), left: Math.min(...areas.map((a) => a.left)), bottom: Math.max(...areas.map((a) => a.bottom)), right: Math.max(...areas.map((a) => a.right)) };
}

export function queueCharts(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const spec of plan.charts) {
    const chart = sheet.charts.add(CHART_TYPES[spec.type], rangeOf(sheet, chartSource(spec)), "Columns");
    chart.title.text = spec.title;
    chart.setPosition(cellAddress(spec.anchor.row, spec.anchor.col), cellAddress(spec.anchor.row + spec.rows - 1, spec.anchor.col + spec.cols - 1));
  }
}

const ALERT_STYLES = { stop: "Stop", warning: "Warning", information: "Information" } as const;

/** Validations are queued after the rename: their list sources name the final sheets ("='Lists'!$A$2:$A$9"). */
export function queueValidations(sheet: Excel.Worksheet, plan: SheetPlan): void {
  for (const v of plan.validations) {
    const range = rangeOf(sheet, v.area);
    range.dataValidation.rule = { list: { inCellDropDown: true, source: v.source } };
    range.dataValidation.errorAlert = { showAlert: true, style: ALERT_STYLES[v.errorStyle], title: v.errorTitle, message: v.errorMessage };
  }
}

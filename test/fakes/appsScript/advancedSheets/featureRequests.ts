/// <reference types="google-apps-script" />
/** The Advanced Sheets fake's conditional format rules and bar charts, in the shapes SpreadsheetApp's builders build. */
import type { FakeChart } from "../charts";
import type { FakeRange } from "../range";
import type { FakeSheet } from "../sheet";
import { box, count, gridRange, hexColor, only, sheetById, type Batch, type GridRange } from "./grid";
import type { FakeSpreadsheet } from "../spreadsheet";

type Reply = GoogleAppsScript.Sheets.Schema.Response;

export function addConditionalFormatRule(batch: Batch, body: GoogleAppsScript.Sheets.Schema.AddConditionalFormatRuleRequest): Reply {
  only(body, ["rule", "index"], "addConditionalFormatRule");
  const rule = body.rule ?? {};
  only(rule, ["ranges", "booleanRule"], "rule");
  only(rule.booleanRule, ["condition", "format"], "rule.booleanRule");
  only(rule.booleanRule?.condition, ["type", "values"], "rule.booleanRule.condition");
  only(rule.booleanRule?.format, ["backgroundColor"], "rule.booleanRule.format");
  const ranges = (rule.ranges ?? []).map((g: GridRange, k) => gridRange(batch.ss, g, `rule.ranges[${k}]`));
  const sheet = ranges[0]?.sheet;
  if (!sheet) throw new Error("A conditional format rule needs at least one range.");
  if (ranges.some((r) => r.sheet !== sheet)) throw new Error("All ranges of a conditional format rule must be on one sheet.");
  const condition = rule.booleanRule?.condition ?? {};
  const values = condition.values ?? [];
  values.forEach((v, k) => only(v, ["userEnteredValue"], `rule.booleanRule.condition.values[${k}]`));
  const equals = values[0]?.userEnteredValue;
  if (condition.type !== "TEXT_EQ" || values.length !== 1 || equals === undefined) throw new Error(`unsupported by the fake: condition ${String(condition.type)} (TEXT_EQ with one value only)`);
  const color = rule.booleanRule?.format?.backgroundColor;
  // The shape SpreadsheetApp's conditional rule builder builds.
  const built = { ranges: ranges.map((r) => r.a1()), equals, ...(color ? { background: hexColor(color, "rule.booleanRule.format.backgroundColor") } : {}) };
  const index = body.index ?? sheet.conditionalRules.length;
  if (!Number.isInteger(index) || index < 0 || index > sheet.conditionalRules.length) throw new Error(`Invalid index: ${index}`);
  sheet.conditionalRules.splice(index, 0, built);
  return {};
}

/** The sources of a chart part, all on the sheet the chart sits on (the SpreadsheetApp fake has the same rule). */
function sources(ss: FakeSpreadsheet, sheet: FakeSheet, part: { sourceRange?: { sources?: GridRange[] | undefined } | undefined } | undefined, where: string): FakeRange[] {
  only(part, ["sourceRange"], where);
  only(part?.sourceRange, ["sources"], `${where}.sourceRange`);
  const ranges = (part?.sourceRange?.sources ?? []).map((g, k) => gridRange(ss, g, `${where}.sourceRange.sources[${k}]`));
  if (ranges.length === 0) throw new Error(`${where} has no source range.`);
  if (ranges.some((r) => r.sheet !== sheet)) throw new Error(`${where}: the chart's ranges are on another sheet than its anchor.`);
  return ranges;
}

export function addChart(batch: Batch, body: GoogleAppsScript.Sheets.Schema.AddChartRequest): Reply {
  only(body, ["chart"], "addChart");
  const chart = body.chart ?? {};
  only(chart, ["chartId", "spec", "position"], "chart");
  only(chart.spec, ["title", "basicChart"], "chart.spec");
  const basic = chart.spec?.basicChart;
  if (!basic) throw new Error("unsupported by the fake: a chart spec other than basicChart");
  only(basic, ["chartType", "stackedType", "headerCount", "legendPosition", "domains", "series"], "chart.spec.basicChart");
  if (basic.chartType !== "BAR") throw new Error(`unsupported by the fake: chartType ${String(basic.chartType)} (the fake models BAR only, SpreadsheetApp's asBarChart)`);
  if (![undefined, "STACKED", "NOT_STACKED"].includes(basic.stackedType)) throw new Error(`unsupported by the fake: stackedType ${String(basic.stackedType)}`);
  only(chart.position, ["overlayPosition"], "chart.position");
  const overlay = chart.position?.overlayPosition;
  if (!overlay) throw new Error("unsupported by the fake: a chart position other than overlayPosition");
  only(overlay, ["anchorCell", "offsetXPixels", "offsetYPixels", "widthPixels", "heightPixels"], "overlayPosition");
  only(overlay.anchorCell, ["sheetId", "rowIndex", "columnIndex"], "overlayPosition.anchorCell");
  const { sheetId, rowIndex = 0, columnIndex = 0 } = overlay.anchorCell ?? {};
  const sheet = sheetById(batch.ss, sheetId);
  const anchor = box(sheet, rowIndex, rowIndex + 1, columnIndex, columnIndex + 1);
  const domains = basic.domains ?? [];
  if (domains.length !== 1) throw new Error("A basic chart needs exactly one domain.");
  domains.forEach((d, k) => only(d, ["domain"], `domains[${k}]`));
  (basic.series ?? []).forEach((s, k) => only(s, ["series", "targetAxis"], `series[${k}]`));
  const ranges = [domains[0]?.domain, ...(basic.series ?? []).map((s) => s.series)].flatMap((part, k) => sources(batch.ss, sheet, part, k === 0 ? "domains[0].domain" : `series[${k - 1}].series`));
  if (chart.chartId !== undefined) count(chart.chartId, 0, "chartId");
  const id = chart.chartId ?? 1 + Math.max(0, ...batch.ss.sheets.flatMap((s) => s.charts.map((c) => Number(c.id) || 0)));
  if (batch.ss.sheets.some((s) => s.charts.some((c) => c.id === String(id)))) throw new Error(`A chart with id ${id} already exists.`);
  const offset = (px: number | undefined, name: string) => count(px ?? 0, 0, name);
  // Key order as the chart builder's, so FakeSheet.state() strings compare equal; unset headerCount is the builder's unset -1 ("guess").
  const stored: FakeChart = {
    id: String(id), type: "bar", stacked: basic.stackedType === "STACKED", title: chart.spec?.title ?? "", ranges: ranges.map((r) => r.a1()),
    numHeaders: basic.headerCount ?? -1, position: { row: anchor.row, col: anchor.col, offsetX: offset(overlay.offsetXPixels, "offsetXPixels"), offsetY: offset(overlay.offsetYPixels, "offsetYPixels") },
    options: { ...(overlay.widthPixels !== undefined ? { width: overlay.widthPixels } : {}), ...(overlay.heightPixels !== undefined ? { height: overlay.heightPixels } : {}) },
    sheetId: sheet.id,
  };
  sheet.charts.push(stored);
  return { addChart: { chart: { ...chart, chartId: id } } };
}

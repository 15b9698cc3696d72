/// <reference types="google-apps-script" />
/**
 * A planned sheet as Sheets API v4 requests, the same tracker the SpreadsheetApp path writes: layout, number formats,
 * styles, issue notes, conditional fills, charts and dropdowns. Pure: sheet ids and titles are given.
 */
import { isDateFormatCode } from "../../../../shared/grid/dateFormat";
import type { Area, ChartSpec, SheetPlan } from "../../../../shared/workbook/plan";
import { GENERAL_FORMAT, TEXT_FORMAT } from "../cells";
import { chartPixels, seriesAreas } from "../charts";
import { charsToPixels, parseListSource } from "../sheetFeatures";
import type { ValueBlock } from "../valueBlocks";
import { gridSize } from "../writePath";

export type Request = GoogleAppsScript.Sheets.Schema.Request;
type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
type Color = GoogleAppsScript.Sheets.Schema.Color;
type NumberFormat = GoogleAppsScript.Sheets.Schema.NumberFormat;
type CellFormat = GoogleAppsScript.Sheets.Schema.CellFormat;

/** What SpreadsheetApp's insertSheet gives a new sheet; the plan only ever grows it. */
const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;
const FORMAT_FIELD = "userEnteredFormat.numberFormat";

export const gridRange = (sheetId: number, a: Area): GridRange => ({
  sheetId, startRowIndex: a.top, endRowIndex: a.bottom + 1, startColumnIndex: a.left, endColumnIndex: a.right + 1,
});

/** "D9EAD3" → the API's 0–1 colour components. */
export const colour = (hex: string): Color => ({
  red: parseInt(hex.slice(0, 2), 16) / 255, green: parseInt(hex.slice(2, 4), 16) / 255, blue: parseInt(hex.slice(4, 6), 16) / 255,
});

/** A number format code as the API types it; "General" is no format at all (Sheets' automatic). */
export function numberFormat(code: string): NumberFormat | undefined {
  if (code === GENERAL_FORMAT) return undefined;
  if (code === TEXT_FORMAT) return { type: "TEXT" };
  return { type: isDateFormatCode(code) ? "DATE" : "NUMBER", pattern: code };
}

const repeatFormat = (range: GridRange, format: CellFormat, fields: readonly string[]): Request => ({
  repeatCell: { range, cell: { userEnteredFormat: format }, fields: fields.join(",") },
});

/** The sheet itself (frozen panes, direction, size) and its column widths. */
export function layoutRequests(plan: SheetPlan, sheetId: number, title: string): Request[] {
  const { rows, cols } = gridSize(plan);
  const gridProperties = {
    rowCount: Math.max(rows, DEFAULT_ROWS), columnCount: Math.max(cols, DEFAULT_COLUMNS),
    frozenRowCount: plan.frozen.rows, frozenColumnCount: plan.frozen.cols,
  };
  const widths = plan.columnWidths.map((chars, c): Request => ({
    updateDimensionProperties: { range: { sheetId, dimension: "COLUMNS", startIndex: c, endIndex: c + 1 }, properties: { pixelSize: charsToPixels(chars) }, fields: "pixelSize" },
  }));
  return [{ addSheet: { properties: { sheetId, title, rightToLeft: plan.rightToLeft, gridProperties } } }, ...widths];
}

/**
 * A value block's number formats, one request per run of equal formats down each column. An empty cell joins the
 * run it sits in (a text column stays text where it is blank), so a sparse column is one run, not one per cell.
 */
export function blockFormatRequests(block: ValueBlock, sheetId: number): Request[] {
  const requests: Request[] = [];
  for (let c = 0; c < block.width; c++) {
    let run: { code: string; from: number; to: number } | null = null;
    const close = (): void => {
      const format = run && numberFormat(run.code);
      if (run && format) requests.push(repeatFormat(gridRange(sheetId, { top: block.top + run.from, bottom: block.top + run.to, left: c, right: c }), { numberFormat: format }, [FORMAT_FIELD]));
    };
    block.values.forEach((row, r) => {
      const code = (block.formats[r] as string[])[c] as string;
      if (run && (row[c] === "" || run.code === code)) run.to = r;
      else if (row[c] !== "") {
        close();
        run = { code, from: r, to: r };
      }
    });
    close();
  }
  return requests;
}

/** Issue cells (fill and note), then the areas' styles, so a style's fill wins as in the SpreadsheetApp path. */
export function styleRequests(plan: SheetPlan, sheetId: number): Request[] {
  const notes = plan.notes.map((note): Request => ({
    updateCells: {
      start: { sheetId, rowIndex: note.row, columnIndex: note.col },
      rows: [{ values: [{ userEnteredFormat: { backgroundColor: colour(note.fill) }, ...(note.text !== null ? { note: note.text } : {}) }] }],
      fields: note.text !== null ? "note,userEnteredFormat.backgroundColor" : "userEnteredFormat.backgroundColor",
    },
  }));
  const styles = plan.styles.flatMap((style): Request[] => {
    const format: CellFormat = {};
    const fields: string[] = [];
    if (style.bold !== undefined) {
      format.textFormat = { bold: style.bold };
      fields.push("userEnteredFormat.textFormat.bold");
    }
    if (style.fill !== undefined) {
      format.backgroundColor = colour(style.fill);
      fields.push("userEnteredFormat.backgroundColor");
    }
    if (style.numberFormat !== undefined) {
      const code = numberFormat(style.numberFormat);
      if (code) format.numberFormat = code;
      fields.push(FORMAT_FIELD);
    }
    return fields.length > 0 ? [repeatFormat(gridRange(sheetId, style.area), format, fields)] : [];
  });
  const fills = plan.conditionalFills.map((fill, index): Request => ({
    addConditionalFormatRule: {
      index,
      rule: { ranges: [gridRange(sheetId, fill.area)], booleanRule: { condition: { type: "TEXT_EQ", values: [{ userEnteredValue: fill.equals }] }, format: { backgroundColor: colour(fill.fill) } } },
    },
  }));
  return [...notes, ...styles, ...fills];
}

/** A horizontal bar chart: the categories as its domain, one series per column, each with its header cell. */
function chartRequest(spec: ChartSpec, sheetId: number): Request {
  const [categories, ...series] = seriesAreas(spec).map((area) => ({ sourceRange: { sources: [gridRange(sheetId, area)] } }));
  const { width, height } = chartPixels(spec);
  return {
    addChart: {
      chart: {
        spec: {
          title: spec.title,
          basicChart: {
            chartType: "BAR", stackedType: spec.type === "barStacked" ? "STACKED" : "NOT_STACKED", headerCount: 1, legendPosition: "RIGHT_LEGEND",
            domains: [{ domain: categories }], series: series.map((s) => ({ series: s, targetAxis: "BOTTOM_AXIS" })),
          },
        },
        position: { overlayPosition: { anchorCell: { sheetId, rowIndex: spec.anchor.row, columnIndex: spec.anchor.col }, widthPixels: width, heightPixels: height } },
      },
    },
  };
}

export const chartRequests = (plan: SheetPlan, sheetId: number): Request[] => plan.charts.map((spec) => chartRequest(spec, sheetId));

/**
 * Dropdowns from the plan's Lists sheet, by its final name (so they follow the sheet, not the temporary name): "stop"
 * rejects other values, "warning"/"information" let them stay, flagged.
 */
export function validationRequests(plan: SheetPlan, sheetId: number, planned: ReadonlySet<string>): Request[] {
  return plan.validations.map((v): Request => {
    const source = parseListSource(v.source);
    if (!source || !planned.has(source.sheet)) throw new Error(`The dropdown source ${v.source} names no sheet of the plan.`);
    return {
      setDataValidation: {
        range: gridRange(sheetId, v.area),
        rule: { condition: { type: "ONE_OF_RANGE", values: [{ userEnteredValue: v.source }] }, strict: v.errorStyle === "stop", showCustomUi: true, inputMessage: v.errorMessage },
      },
    };
  });
}

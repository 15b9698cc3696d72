/// <reference types="google-apps-script" />
/**
 * A planned sheet's features in SpreadsheetApp calls: size, column widths, frozen panes, direction, styles,
 * conditional fills, notes, dropdowns and visibility. Calls are grouped (equal widths in one call, one rule list
 * per sheet) so their number does not grow with the rows.
 */
import type { Area, ListValidation, SheetPlan } from "../../../shared/workbook/plan";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets widths are pixels: about 7 per character of the default font, plus padding. */
export const charsToPixels = (chars: number): number => Math.round(chars * 7 + 5);

export const rangeOf = (sheet: Sheet, a: Area): GoogleAppsScript.Spreadsheet.Range =>
  sheet.getRange(a.top + 1, a.left + 1, a.bottom - a.top + 1, a.right - a.left + 1);

/** Grows a new sheet (1,000 × 26 in Sheets) to hold the planned rows and columns. */
export function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

export function applyLayout(sheet: Sheet, plan: SheetPlan): void {
  const widths = plan.columnWidths.map(charsToPixels);
  for (let start = 0; start < widths.length; ) {
    let end = start;
    while (end + 1 < widths.length && widths[end + 1] === widths[start]) end++;
    sheet.setColumnWidths(start + 1, end - start + 1, widths[start] as number);
    start = end + 1;
  }
  if (plan.frozen.rows > 0) sheet.setFrozenRows(plan.frozen.rows);
  if (plan.frozen.cols > 0) sheet.setFrozenColumns(plan.frozen.cols);
  if (plan.rightToLeft) sheet.setRightToLeft(true);
}

/** Issue cells: their fills and notes in one `setBackgrounds` and one `setNotes` over the area they span. */
export function applyNotes(sheet: Sheet, plan: SheetPlan): void {
  if (plan.notes.length === 0) return;
  const top = Math.min(...plan.notes.map((n) => n.row));
  const left = Math.min(...plan.notes.map((n) => n.col));
  const bottom = Math.max(...plan.notes.map((n) => n.row));
  const right = Math.max(...plan.notes.map((n) => n.col));
  const blank = <T,>(): (T | null)[][] => Array.from({ length: bottom - top + 1 }, () => new Array<T | null>(right - left + 1).fill(null));
  const fills = blank<string>();
  const texts = blank<string>();
  for (const note of plan.notes) {
    (fills[note.row - top] as (string | null)[])[note.col - left] = `#${note.fill}`;
    (texts[note.row - top] as (string | null)[])[note.col - left] = note.text;
  }
  const range = rangeOf(sheet, { top, left, bottom, right });
  range.setBackgrounds(fills);
  if (plan.notes.some((n) => n.text !== null)) range.setNotes(texts);
}

/** Notes first: their area-wide fills must not wipe a style's fill. */
export function applyStyles(sheet: Sheet, plan: SheetPlan): void {
  applyNotes(sheet, plan);
  for (const style of plan.styles) {
    const range = rangeOf(sheet, style.area);
    if (style.bold !== undefined) range.setFontWeight(style.bold ? "bold" : "normal");
    if (style.fill !== undefined) range.setBackground(`#${style.fill}`);
    if (style.numberFormat !== undefined) range.setNumberFormat(style.numberFormat);
  }
  if (plan.conditionalFills.length > 0) {
    const rules = plan.conditionalFills.map((fill) =>
      SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(fill.equals).setBackground(`#${fill.fill}`).setRanges([rangeOf(sheet, fill.area)]).build(),
    );
    sheet.setConditionalFormatRules(rules);
  }
}

/** "='Lists'!$A$2:$A$9" or "=Lists!$A$2:$A$9" → the sheet name and 1-based corners. */
export function parseListSource(source: string): { sheet: string; row: number; col: number; rows: number; cols: number } | null {
  const m = /^=(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(source);
  if (!m) return null;
  const col = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [top, bottom] = [Number(m[4]), Number(m[6])];
  const [left, right] = [col(m[3] as string), col(m[5] as string)];
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string), row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

/**
 * Dropdowns from the plan's Lists sheet (found among the sheets just written, by final name); "stop" rejects other
 * values, "warning"/"information" let them stay, flagged.
 */
export function applyValidations(planned: ReadonlyMap<string, Sheet>, sheet: Sheet, validations: readonly ListValidation[]): void {
  for (const v of validations) {
    const source = parseListSource(v.source);
    const listSheet = source ? planned.get(source.sheet) : undefined;
    if (!source || !listSheet) throw new Error(`The dropdown source ${v.source} names no sheet of the plan.`);
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInRange(listSheet.getRange(source.row, source.col, source.rows, source.cols), true)
      .setAllowInvalid(v.errorStyle !== "stop")
      .setHelpText(v.errorMessage)
      .build();
    rangeOf(sheet, v.area).setDataValidation(rule);
  }
}

/// <reference types="google-apps-script" />
/**
 * Splits a planned sheet's values into row blocks, each written with one `setNumberFormats` and one `setValues`.
 * Apps Script documents no per-call cell limit, but large calls run out of memory and time: blocks stay at
 * 100,000 cells and about 4 MB of JSON, far below what a single execution handles.
 */
import type { SheetPlan } from "../../../shared/workbook/plan";
import { writeCell, type WriteValue } from "./cells";

export interface ValueBlock {
  /** 0-based first row. */
  readonly top: number;
  readonly width: number;
  readonly values: WriteValue[][];
  readonly formats: string[][];
}

export interface BlockLimits {
  readonly cells: number;
  readonly bytes: number;
}

export const DEFAULT_BLOCK_LIMITS: BlockLimits = { cells: 100_000, bytes: 4_000_000 };

export const sheetWidth = (sheet: SheetPlan): number => sheet.values.reduce((w, row) => Math.max(w, row.length), 0);

/** Row blocks within the limits (one row at least, however wide). */
export function valueBlocks(sheet: SheetPlan, dateFormat: string, limits: BlockLimits = DEFAULT_BLOCK_LIMITS): ValueBlock[] {
  const width = sheetWidth(sheet);
  if (width === 0) return [];
  const blocks: ValueBlock[] = [];
  let current: ValueBlock | null = null;
  let bytes = 0;
  sheet.values.forEach((planRow, r) => {
    const values: WriteValue[] = [];
    const formats: string[] = [];
    for (let c = 0; c < width; c++) {
      const [value, format] = writeCell(planRow[c], dateFormat);
      values.push(value);
      formats.push(format);
    }
    const rowBytes = JSON.stringify(values).length + JSON.stringify(formats).length;
    if (current && ((current.values.length + 1) * width > limits.cells || bytes + rowBytes > limits.bytes)) {
      blocks.push(current);
      current = null;
    }
    if (!current) {
      current = { top: r, width, values: [], formats: [] };
      bytes = 0;
    }
    current.values.push(values);
    current.formats.push(formats);
    bytes += rowBytes;
  });
  if (current) blocks.push(current);
  return blocks;
}

/** One block in two calls: the formats first, so "@" keeps "=…" and "12" as the text they are. */
export function writeBlock(sheet: GoogleAppsScript.Spreadsheet.Sheet, block: ValueBlock): void {
  const range = sheet.getRange(block.top + 1, 1, block.values.length, block.width);
  range.setNumberFormats(block.formats);
  range.setValues(block.values);
}

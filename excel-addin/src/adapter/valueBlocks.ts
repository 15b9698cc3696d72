/**
 * Splits a planned sheet's values into row blocks whose request (values + number formats as JSON) stays under a
 * byte budget, so each `context.sync()` stays under Excel on the web's 5 MB request limit. Every string cell gets
 * the text format "@": Office.js treats assigned strings like typed input ("=1+1" becomes a formula, "12" a
 * number, "TRUE" a boolean), and "@" set before the value is what keeps the plan's text as text.
 */
import type { LinkCell, PlanCell, SheetPlan } from "../../../shared/workbook/plan";

export type WriteValue = string | number | boolean;

export interface LinkAt {
  readonly row: number;
  readonly col: number;
  readonly link: LinkCell;
}

export interface ValueBlock {
  readonly top: number;
  readonly width: number;
  readonly values: WriteValue[][];
  readonly formats: string[][];
  readonly links: LinkAt[];
  /** Estimated request bytes. */
  readonly bytes: number;
}

const GENERAL = "General";
const TEXT = "@";

/** A plan cell as Excel takes it: the value, its number format, and the link it carries. */
export function cellOf(cell: PlanCell | undefined, dateFormat: string): [WriteValue, string, LinkCell | null] {
  if (cell === null || cell === undefined || cell === "") return ["", GENERAL, null];
  if (typeof cell === "string") return [cell, TEXT, null];
  if (typeof cell === "number" || typeof cell === "boolean") return [cell, GENERAL, null];
  if (cell.kind === "date") return [cell.serial, dateFormat, null];
  return [cell.text, TEXT, cell];
}

export const sheetWidth = (sheet: SheetPlan): number => sheet.values.reduce((w, row) => Math.max(w, row.length), 0);

/** Row blocks of at most `budget` bytes and `maxRows` rows (one row at least). */
export function valueBlocks(sheet: SheetPlan, dateFormat: string, budget: number, maxRows = 20_000): ValueBlock[] {
  const width = sheetWidth(sheet);
  if (width === 0) return [];
  const blocks: ValueBlock[] = [];
  let current: { top: number; values: WriteValue[][]; formats: string[][]; links: LinkAt[]; bytes: number } | null = null;
  sheet.values.forEach((planRow, r) => {
    const values: WriteValue[] = [];
    const formats: string[] = [];
    const links: LinkAt[] = [];
    for (let c = 0; c < width; c++) {
      const [value, format, link] = cellOf(planRow[c], dateFormat);
      values.push(value);
      formats.push(format);
      if (link) links.push({ row: r, col: c, link });
    }
    const bytes = JSON.stringify(values).length + JSON.stringify(formats).length + links.length * 200;
    if (current && (current.bytes + bytes > budget || current.values.length >= maxRows)) {
      blocks.push({ ...current, width });
      current = null;
    }
    current ??= { top: r, values: [], formats: [], links: [], bytes: 200 };
    current.values.push(values);
    current.formats.push(formats);
    current.links.push(...links);
    current.bytes += bytes;
  });
  if (current) blocks.push({ ...(current as ValueBlock), width });
  return blocks;
}

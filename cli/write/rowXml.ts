/**
 * Renders planned rows as worksheet XML. Strings are always inline strings (t="inlineStr"), so text such as
 * "=SUM(A1)" is stored as text and can never become a formula; dates are numbers with the date format.
 */
import { columnLetter } from "../../shared/grid/address";
import type { LinkCell, PlanCell } from "../../shared/workbook/plan";
import { cellKey } from "./cellFormats";
import type { CellFormat, StyleBook } from "./styleBook";
import { cellXmlText } from "./xmlText";

export interface RowContext {
  readonly formats: ReadonlyMap<number, CellFormat>;
  readonly styles: StyleBook;
  readonly dateFormat: string;
  /** Hyperlinks found while rendering: cell address and target ("#'Sheet'!A1" or a URL). */
  readonly links: { address: string; target: string }[];
}

const letters: string[] = [];
const letter = (col: number): string => letters[col] ?? (letters[col] = columnLetter(col));

const isLink = (v: PlanCell): v is LinkCell => typeof v === "object" && v !== null && v.kind === "link";

function styleOf(value: PlanCell, key: number, ctx: RowContext): number {
  const own = ctx.formats.get(key);
  const isDate = typeof value === "object" && value !== null && value.kind === "date";
  if (!own && !isDate && !isLink(value)) return 0;
  return ctx.styles.id({ ...own, ...(isDate ? { numberFormat: ctx.dateFormat } : {}), ...(isLink(value) ? { link: true } : {}) });
}

const text = (ref: string, s: string, style: string): string => `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${cellXmlText(s)}</t></is></c>`;

function cellXml(value: PlanCell, ref: string, style: number, ctx: RowContext): string {
  const s = style === 0 ? "" : ` s="${style}"`;
  if (typeof value === "string") return text(ref, value, s);
  if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : text(ref, String(value), s);
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value === null) return "";
  if (value.kind === "date") return `<c r="${ref}"${s}><v>${value.serial}</v></c>`;
  ctx.links.push({ address: ref, target: value.target });
  return text(ref, value.text, s);
}

export function rowXml(cells: readonly PlanCell[], r: number, ctx: RowContext): string {
  const n = r + 1;
  let xml = `<row r="${n}">`;
  for (let c = 0; c < cells.length; c++) {
    const value = cells[c]!;
    if (value === null || value === "") continue;
    xml += cellXml(value, letter(c) + n, styleOf(value, cellKey(r, c), ctx), ctx);
  }
  return xml + "</row>";
}

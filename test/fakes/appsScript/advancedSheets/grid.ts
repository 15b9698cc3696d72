/// <reference types="google-apps-script" />
/**
 * What the Advanced Sheets fake's requests share: strict keys, field masks, GridRanges on the FakeSheet model,
 * colours, new sheets, and undoing a failed batch (the API applies a batch all or nothing).
 */
import { quoteSheet } from "../../sheetsApi/a1";
import { FakeRange } from "../range";
import type { FakeSheet } from "../sheet";
import type { FakeSpreadsheet } from "../spreadsheet";

export type GridRange = GoogleAppsScript.Sheets.Schema.GridRange;
export type Color = GoogleAppsScript.Sheets.Schema.Color;

/** One batch in progress: the model, and the cells it touched (what the host charges the clock for). */
export interface Batch {
  readonly ss: FakeSpreadsheet;
  touched: number;
}

/** A whole number of at least min, or an error naming the field. */
export const count = (v: unknown, min: number, name: string): number => {
  if (typeof v !== "number" || !Number.isInteger(v) || v < min) throw new Error(`${name} must be a whole number of at least ${min}.`);
  return v;
};


/** Strictness: a key the fake does not model is an error rather than a silent no-op. */
export function only(value: unknown, keys: readonly string[], where: string): void {
  if (value === undefined) return;
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error(`${where} must be an object.`);
  for (const key of Object.keys(value)) if (!keys.includes(key)) throw new Error(`unsupported by the fake: ${where}.${key}`);
}

/** The leaves a field mask selects ("*" all, a parent everything beneath it); a path selecting none of them is an error. */
export function maskedLeaves(fields: unknown, leaves: readonly string[]): Set<string> {
  if (typeof fields !== "string" || fields.trim() === "") throw new Error("At least one field must be specified.");
  const chosen = new Set<string>();
  for (const path of fields.split(",").map((f) => f.trim())) {
    const hit = leaves.filter((leaf) => path === "*" || leaf === path || leaf.startsWith(`${path}.`));
    if (hit.length === 0) throw new Error(`unsupported by the fake: field "${path}"`);
    hit.forEach((leaf) => chosen.add(leaf));
  }
  return chosen;
}

/** The value at a dotted path, undefined where any step is missing. */
export const at = (obj: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((o, key) => (o !== null && typeof o === "object" ? (o as Record<string, unknown>)[key] : undefined), obj);

export function sheetById(ss: FakeSpreadsheet, id: number | undefined): FakeSheet {
  const sheet = ss.sheets.find((s) => s.id === (id ?? 0));
  if (!sheet) throw new Error(`No grid with id: ${id ?? 0}`);
  return sheet;
}

/** 0-based bounds, ends exclusive, as the fake's 1-based range; refused past the grid with the API's message. */
export function box(sheet: FakeSheet, top: number, bottom: number, left: number, right: number): FakeRange {
  if (![top, bottom, left, right].every((n) => Number.isInteger(n) && n >= 0) || bottom <= top || right <= left) {
    throw new Error(`Invalid range: rows [${top}, ${bottom}), columns [${left}, ${right}) (0-based, end exclusive; the fake wants it non-empty).`);
  }
  const range = new FakeRange(sheet, top + 1, left + 1, bottom - top, right - left);
  if (bottom > sheet.maxRows || right > sheet.maxColumns) {
    throw new Error(`Range (${quoteSheet(sheet.name)}!${range.a1()}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`);
  }
  return range;
}

/** A GridRange; an open end reaches the grid's edge, as in the API. */
export function gridRange(ss: FakeSpreadsheet, g: GridRange | undefined, where = "range"): FakeRange {
  if (g === undefined) throw new Error(`${where} is required.`);
  only(g, ["sheetId", "startRowIndex", "endRowIndex", "startColumnIndex", "endColumnIndex"], where);
  const sheet = sheetById(ss, g.sheetId);
  return box(sheet, g.startRowIndex ?? 0, g.endRowIndex ?? sheet.maxRows, g.startColumnIndex ?? 0, g.endColumnIndex ?? sheet.maxColumns);
}

/** Calls fn with each 1-based cell of the range. */
export function eachCell(range: FakeRange, fn: (row: number, col: number) => void): void {
  for (let r = range.row; r < range.row + range.rows; r++) for (let c = range.col; c < range.col + range.cols; c++) fn(r, c);
}

/** "#RRGGBB", upper case as the add-on hands plan fills to setBackground, so both paths store the same string. */
export function hexColor(color: Color, where: string): string {
  only(color, ["red", "green", "blue", "alpha"], where);
  const hex = [color.red, color.green, color.blue].map((v = 0) => {
    if (typeof v !== "number" || v < 0 || v > 1) throw new Error(`${where}: colour components are numbers from 0 to 1.`);
    return Math.round(v * 255).toString(16).padStart(2, "0");
  });
  return `#${hex.join("").toUpperCase()}`;
}

/** A sheet added as Spreadsheet.insertSheet adds one (same title rules, not made active), with the API's sheetId when one is given. */
export function addSheet(ss: FakeSpreadsheet, title: string, id: number | undefined, index: number): FakeSheet {
  if (id !== undefined && (!Number.isInteger(id) || id < 0 || id > 2_147_483_647)) throw new Error(`Invalid sheetId: ${id}`);
  if (id !== undefined && ss.sheets.some((s) => s.id === id)) throw new Error(`Sheet with id ${id} already exists.`);
  if (!Number.isInteger(index) || index < 0 || index > ss.sheets.length) throw new Error(`Invalid index: ${index}`);
  const sheet = ss.add(title, id);
  moveSheet(ss, sheet, index);
  return sheet;
}

export function moveSheet(ss: FakeSpreadsheet, sheet: FakeSheet, index: number): void {
  ss.sheets.splice(ss.sheets.indexOf(sheet), 1);
  ss.sheets.splice(Math.min(index, ss.sheets.length), 0, sheet);
}

/** Everything a request may change, saved so that a failed batch leaves the spreadsheet exactly as it was. */
export function saveModel(ss: FakeSpreadsheet): () => void {
  const saved = ss.sheets.map((sheet) => ({ sheet, fields: saveSheet(sheet) }));
  const { active } = ss;
  const { nextId } = ss;
  return () => {
    ss.sheets.splice(0, ss.sheets.length, ...saved.map((s) => s.sheet));
    for (const { sheet, fields } of saved) Object.assign(sheet, fields);
    ss.active = active;
    ss.nextId = nextId;
  };
}

function saveSheet(s: FakeSheet) {
  return {
    name: s.name, cells: s.cells.map((line) => line.map((cell) => ({ ...cell }))), maxRows: s.maxRows, maxColumns: s.maxColumns,
    merges: [...s.merges], hiddenRows: new Set(s.hiddenRows), hidden: s.hidden, frozenRows: s.frozenRows, frozenColumns: s.frozenColumns,
    rightToLeft: s.rightToLeft, columnWidths: new Map(s.columnWidths), validations: new Map(s.validations),
    conditionalRules: [...s.conditionalRules], protections: [...s.protections], charts: [...s.charts], activeRange: s.activeRange,
  };
}

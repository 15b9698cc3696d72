/// <reference types="google-apps-script" />
/**
 * The Advanced Sheets fake's cell requests (repeatCell, updateCells, setDataValidation), stored as the SpreadsheetApp
 * fake stores the same values, formats and rules, so either path reads back the same.
 */
import { parseA1 } from "../../sheetsApi/a1";
import { MAX_CELL_CHARS, type FakeCell, type StoredValue } from "../cells";
import type { FakeSheet, FakeValidation } from "../sheet";
import { box, eachCell, gridRange, hexColor, maskedLeaves, only, sheetById, type Batch } from "./grid";
import type { FakeSpreadsheet } from "../spreadsheet";

type Reply = GoogleAppsScript.Sheets.Schema.Response;
type CellData = GoogleAppsScript.Sheets.Schema.CellData;

/** What the API calls "automatic": the add-on writes it as "General" through setNumberFormats, so this path stores that too. */
const GENERAL_FORMAT = "General";
const PATTERN_TYPES = ["NUMBER", "PERCENT", "CURRENCY", "DATE", "TIME", "DATE_TIME", "SCIENTIFIC"];
const CELL_LEAVES = ["userEnteredValue", "userEnteredFormat.numberFormat", "userEnteredFormat.backgroundColor", "userEnteredFormat.textFormat.bold", "note"];

/** A CellData turned into what it does to a FakeCell under the field mask: null clears, undefined leaves alone. */
interface CellWrite {
  value?: StoredValue;
  format?: string;
  background?: string | null;
  bold?: boolean | null;
  note?: string | null;
}

function cellWrite(d: CellData, leaves: Set<string>, where: string): CellWrite {
  only(d, ["userEnteredValue", "userEnteredFormat", "note"], where);
  const f = d.userEnteredFormat;
  only(f, ["numberFormat", "backgroundColor", "textFormat"], `${where}.userEnteredFormat`);
  only(f?.numberFormat, ["type", "pattern"], `${where}.userEnteredFormat.numberFormat`);
  only(f?.textFormat, ["bold"], `${where}.userEnteredFormat.textFormat`);
  const w: CellWrite = {};
  if (leaves.has("userEnteredValue")) w.value = enteredValue(d.userEnteredValue, where);
  if (leaves.has("userEnteredFormat.numberFormat")) w.format = numberFormat(f?.numberFormat);
  if (leaves.has("userEnteredFormat.backgroundColor")) w.background = f?.backgroundColor ? hexColor(f.backgroundColor, `${where}.userEnteredFormat.backgroundColor`) : null;
  if (leaves.has("userEnteredFormat.textFormat.bold")) w.bold = f?.textFormat?.bold ?? null;
  if (leaves.has("note")) w.note = d.note ? d.note : null;
  return w;
}

const VALUE_TYPES = { stringValue: "string", numberValue: "number", boolValue: "boolean" } as const;

/** A string stays text even when it starts with "=": a formula would be formulaValue, which the fake does not model. */
function enteredValue(v: GoogleAppsScript.Sheets.Schema.ExtendedValue | undefined, where: string): StoredValue {
  only(v, ["stringValue", "numberValue", "boolValue"], `${where}.userEnteredValue`);
  if (v === undefined) return "";
  const kinds = Object.keys(v) as (keyof typeof VALUE_TYPES)[];
  const value = v[kinds[0]!];
  if (kinds.length !== 1 || typeof value !== VALUE_TYPES[kinds[0]!] || (typeof value === "number" && !Number.isFinite(value))) {
    throw new Error(`${where}.userEnteredValue needs exactly one of stringValue, numberValue, boolValue, of its type: ${JSON.stringify(v)}`);
  }
  if (typeof value === "string" && value.length > MAX_CELL_CHARS) throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
  return value as StoredValue;
}

/** TEXT is Sheets' "@"; a pattern is kept as given; no number format at all is "General" (see GENERAL_FORMAT). */
function numberFormat(f: GoogleAppsScript.Sheets.Schema.NumberFormat | undefined): string {
  if (f === undefined) return GENERAL_FORMAT;
  if (f.type === "TEXT") return "@";
  if (!PATTERN_TYPES.includes(f.type ?? "")) throw new Error(`Invalid numberFormat.type: ${String(f.type)}`);
  if (!f.pattern) throw new Error(`numberFormat ${f.type} without a pattern takes the locale's default pattern, which the fake does not model.`);
  return f.pattern;
}

/** Clearing a style of a cell that was never made creates nothing, as setBackgrounds and setNotes with null do. */
function applyWrite(sheet: FakeSheet, row: number, col: number, w: CellWrite): void {
  const sets = w.value !== undefined || w.format !== undefined || typeof w.background === "string" || typeof w.bold === "boolean" || typeof w.note === "string";
  const cell = sheet.cellAt(row, col, sets);
  if (!cell) return;
  if (w.value !== undefined) {
    cell.value = w.value;
    delete cell.formula;
  }
  if (w.format !== undefined) cell.format = w.format;
  put(cell, "background", w.background);
  put(cell, "bold", w.bold);
  put(cell, "note", w.note);
}

/** Sets a style, or takes it off the cell when the write clears it (null). */
function put<K extends "background" | "bold" | "note">(cell: FakeCell, key: K, value: Exclude<FakeCell[K], undefined> | null | undefined): void {
  if (value === null) delete cell[key];
  else if (value !== undefined) cell[key] = value;
}

export function repeatCell(batch: Batch, body: GoogleAppsScript.Sheets.Schema.RepeatCellRequest): Reply {
  only(body, ["range", "cell", "fields"], "repeatCell");
  const range = gridRange(batch.ss, body.range);
  const write = cellWrite(body.cell ?? {}, maskedLeaves(body.fields, CELL_LEAVES), "cell");
  eachCell(range, (r, c) => applyWrite(range.sheet, r, c, write));
  batch.touched += range.rows * range.cols;
  return {};
}

/** From `start`, the cells given; over a `range`, every cell of it, those the rows leave out cleared (under the mask). */
export function updateCells(batch: Batch, body: GoogleAppsScript.Sheets.Schema.UpdateCellsRequest): Reply {
  only(body, ["start", "range", "rows", "fields"], "updateCells");
  const leaves = maskedLeaves(body.fields, CELL_LEAVES);
  if ((body.start === undefined) === (body.range === undefined)) throw new Error("Exactly one of start or range must be set.");
  const rows = body.rows ?? [];
  rows.forEach((row, r) => only(row, ["values"], `rows[${r}]`));
  const height = rows.length;
  const width = rows.reduce((w, row) => Math.max(w, row.values?.length ?? 0), 0);
  const write = (sheet: FakeSheet, top: number, left: number, r: number, c: number, data: CellData) => {
    applyWrite(sheet, top + r, left + c, cellWrite(data, leaves, `rows[${r}].values[${c}]`));
    batch.touched++;
  };
  if (body.start !== undefined) {
    const start = body.start;
    only(start, ["sheetId", "rowIndex", "columnIndex"], "start");
    const sheet = sheetById(batch.ss, start.sheetId);
    if (height === 0 || width === 0) return {};
    const area = box(sheet, start.rowIndex ?? 0, (start.rowIndex ?? 0) + height, start.columnIndex ?? 0, (start.columnIndex ?? 0) + width);
    rows.forEach((row, r) => (row.values ?? []).forEach((data, c) => write(sheet, area.row, area.col, r, c, data)));
  } else {
    const area = gridRange(batch.ss, body.range);
    if (height > area.rows || width > area.cols) throw new Error(`The rows (${height} × ${width}) do not fit the range ${area.a1()}.`);
    eachCell(area, (r, c) => write(area.sheet, area.row, area.col, r - area.row, c - area.col, rows[r - area.row]?.values?.[c - area.col] ?? {}));
  }
  return {};
}

export function setDataValidation(batch: Batch, body: GoogleAppsScript.Sheets.Schema.SetDataValidationRequest): Reply {
  only(body, ["range", "rule"], "setDataValidation");
  const range = gridRange(batch.ss, body.range);
  // One rule object for every cell, as Range.setDataValidation stores it.
  const rule = body.rule === undefined ? null : listValidation(batch.ss, range.sheet, body.rule);
  eachCell(range, (r, c) => (rule ? range.sheet.validations.set(`${r},${c}`, rule) : range.sheet.validations.delete(`${r},${c}`)));
  batch.touched += range.rows * range.cols;
  return {};
}

/** A list-from-a-range rule, its formula resolved against the titles as they are at this point of the batch. */
function listValidation(ss: FakeSpreadsheet, own: FakeSheet, rule: GoogleAppsScript.Sheets.Schema.DataValidationRule): FakeValidation {
  only(rule, ["condition", "strict", "showCustomUi", "inputMessage"], "rule");
  only(rule.condition, ["type", "values"], "rule.condition");
  const condition = rule.condition ?? {};
  if (condition.type !== "ONE_OF_RANGE") throw new Error(`unsupported by the fake: rule.condition.type ${String(condition.type)} (ONE_OF_RANGE only)`);
  const values = condition.values ?? [];
  values.forEach((v, k) => only(v, ["userEnteredValue"], `rule.condition.values[${k}]`));
  const formula = values.length === 1 ? (values[0]?.userEnteredValue ?? "") : "";
  const a1 = formula.startsWith("=") ? parseA1(formula.slice(1).replace(/\$/g, "")) : null;
  if (!a1) throw new Error(`Invalid ConditionValue.userEnteredValue: ${formula} (one "=" range formula expected)`);
  const listSheet = a1.sheet === null ? own : ss.sheets.find((s) => s.name.toLowerCase() === a1.sheet?.toLowerCase());
  if (!listSheet) throw new Error(`Invalid ConditionValue.userEnteredValue: ${formula} names no sheet of the spreadsheet.`);
  if (!Number.isFinite(a1.bottom) || !Number.isFinite(a1.right)) throw new Error(`unsupported by the fake: an open-ended list range (${formula})`);
  const list = box(listSheet, a1.top, a1.bottom + 1, a1.left, a1.right + 1);
  return { listSheet, listA1: list.a1(), showDropdown: rule.showCustomUi ?? false, allowInvalid: !(rule.strict ?? false), helpText: rule.inputMessage ?? "" };
}

/** The fake workbook's state: what Excel holds after each sync, and what tests inspect. */
import type { Area } from "../../../shared/workbook/plan";

/** A stored cell value: a formula keeps its text, an error its code. */
export type StoredValue = string | number | boolean | { readonly error: string } | { readonly formula: string };

export interface TableModel {
  name: string;
  sheet: SheetModel;
  area: Area;
  style: string;
}

export interface ValidationModel {
  readonly area: Area;
  rule: unknown;
  errorAlert: unknown;
}

export interface ConditionalFormatModel {
  readonly area: Area;
  readonly type: string;
  rule: unknown;
  fill: string | null;
}

export interface ChartModel {
  readonly type: string;
  readonly source: Area;
  readonly seriesBy: string;
  title: string;
  position: { from: string; to: string } | null;
}

export interface SheetModel {
  readonly id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Row-major; holes are empty cells. */
  readonly values: (StoredValue | undefined)[][];
  readonly formats: (string | undefined)[][];
  readonly fills: Map<string, string>;
  readonly bold: Set<string>;
  readonly hyperlinks: Map<string, { documentReference: string; textToDisplay: string }>;
  readonly notes: Map<string, string>;
  merges: Area[];
  readonly hiddenRows: Set<number>;
  readonly columnWidths: Map<number, number>;
  frozenRows: number;
  frozenColumns: number;
  readonly validations: ValidationModel[];
  readonly conditionalFormats: ConditionalFormatModel[];
  readonly charts: ChartModel[];
}

export interface WorkbookModel {
  sheets: SheetModel[];
  tables: TableModel[];
  nextId: number;
  /** The sheet the user sees (the first one until a sheet is activated) and the selected cells in it. */
  active?: SheetModel;
  selection?: { sheet: SheetModel; area: Area };
}

export function newSheet(wb: WorkbookModel, name: string): SheetModel {
  return {
    id: wb.nextId++, name, visibility: "Visible", values: [], formats: [], fills: new Map(), bold: new Set(), hyperlinks: new Map(),
    notes: new Map(), merges: [], hiddenRows: new Set(), columnWidths: new Map(), frozenRows: 0, frozenColumns: 0,
    validations: [], conditionalFormats: [], charts: [],
  };
}

/** The id Excel gives a worksheet: stable across renames, what change events name a sheet by. */
export const sheetId = (sheet: SheetModel): string => `{fake-${sheet.id}}`;

export const cellKey = (row: number, col: number): string => `${row},${col}`;

/** The smallest area holding every value (and, unless valuesOnly, every format or merge); null for an empty sheet. */
export function usedArea(sheet: SheetModel, valuesOnly: boolean): Area | null {
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  const take = (r: number, c: number): void => {
    top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
  };
  const scan = (grid: readonly (readonly unknown[] | undefined)[]): void => {
    grid.forEach((row, r) => row?.forEach((v, c) => v !== undefined && take(r, c)));
  };
  scan(sheet.values);
  if (!valuesOnly) {
    scan(sheet.formats);
    for (const m of sheet.merges) { take(m.top, m.left); take(m.bottom, m.right); }
  }
  return bottom < 0 ? null : { top, left, bottom, right };
}

export const overlaps = (a: Area, b: Area): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
export const cellCount = (a: Area): number => (a.bottom - a.top + 1) * (a.right - a.left + 1);

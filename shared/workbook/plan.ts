/** The WorkbookPlan: what a tracker workbook should contain, as plain data any host (exceljs, Office.js, Apps Script) can apply. */
import type { DateCell } from "../grid/grid";
import type { Lang } from "../model/codes";

/** An in-workbook hyperlink; `target` is "#'Sheet name'!A1". */
export interface LinkCell {
  readonly kind: "link";
  readonly text: string;
  readonly target: string;
}

/**
 * A planned cell value. Strings are always text, never formulas, whatever they start with: a host must store
 * "=1+1" as the four characters, not as a formula (Excel: a string cell; Apps Script: number format "@").
 */
export type PlanCell = string | number | boolean | null | DateCell | LinkCell;

export const SHEET_ROLES = [
  "recommendations",
  "activities",
  "dashboard",
  "clusters",
  "issues",
  "log",
  "lists",
  "longTexts",
  "settings",
] as const;
/** A stable key for each sheet, whatever its translated name. */
export type SheetRole = (typeof SHEET_ROLES)[number];

/** A rectangle of cells, 0-based and inclusive on both ends (like MergedArea). */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A cell position, 0-based. */
export interface CellPos {
  readonly row: number;
  readonly col: number;
}

/** An Excel table: its header is the first row of `area`; `name` is a valid, workbook-unique identifier. */
export interface TablePlan {
  readonly name: string;
  readonly area: Area;
  readonly style: string;
}

/** An in-cell dropdown fed by a range ("='Lists'!$A$2:$A$5"); "warning" lets a value outside the list stay. */
export interface ListValidation {
  readonly area: Area;
  readonly source: string;
  readonly errorStyle: "stop" | "warning" | "information";
  readonly errorTitle: string;
  readonly errorMessage: string;
}

/** Fills cells of `area` whose text equals `equals`. Colours are 6-digit RGB hex without "#". */
export interface ConditionalFill {
  readonly area: Area;
  readonly equals: string;
  readonly fill: string;
}

/** A cell marked for attention: a fill and a note (comment) with the message. */
export interface CellNote extends CellPos {
  readonly fill: string;
  /** Null when only the fill is planned (the note count is capped, see `highlights.ts`). */
  readonly text: string | null;
}

/** Formatting of a small area (dashboard titles, percentages); data sheets rely on their table style instead. */
export interface AreaStyle {
  readonly area: Area;
  readonly bold?: boolean;
  readonly numberFormat?: string;
  readonly fill?: string;
}

export interface ChartSeries {
  /** Where the series name is written (a header cell) and its text. */
  readonly name: string;
  readonly nameCell: CellPos;
  readonly values: Area;
}

/** A chart as a spec: a host that cannot draw charts (exceljs) leaves it out. */
export interface ChartSpec {
  readonly type: "barStacked" | "barClustered";
  readonly title: string;
  readonly categories: Area;
  readonly series: readonly ChartSeries[];
  /** Top-left cell the chart is placed over, and its size in rows and columns. */
  readonly anchor: CellPos;
  readonly rows: number;
  readonly cols: number;
}

export interface SheetPlan {
  readonly role: SheetRole;
  readonly name: string;
  /** Row-major values; rows may be ragged. Index 0 is the sheet's row 1. */
  readonly values: readonly (readonly PlanCell[])[];
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Rows and columns kept in view when scrolling (0 = none). */
  readonly frozen: { readonly rows: number; readonly cols: number };
  readonly tables: readonly TablePlan[];
  readonly validations: readonly ListValidation[];
  readonly conditionalFills: readonly ConditionalFill[];
  readonly notes: readonly CellNote[];
  readonly styles: readonly AreaStyle[];
  readonly charts: readonly ChartSpec[];
  readonly hidden: boolean;
  readonly rightToLeft: boolean;
}

export interface WorkbookPlan {
  readonly lang: Lang;
  readonly rightToLeft: boolean;
  /** Number format of every DateCell. */
  readonly dateFormat: string;
  readonly sheets: readonly SheetPlan[];
}

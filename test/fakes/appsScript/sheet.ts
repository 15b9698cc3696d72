/** A fake Sheet: a grid of cells with Sheets' dimensions (1,000 × 26 when inserted), merges, hidden rows and layout. */
import { blankCell, type FakeCell } from "./cells";
import { chartBuilder, embeddedChart, type FakeChart, type FakeEmbeddedChart } from "./charts";
import type { FakeHost } from "./host";
import { FakeProtection, type ProtectionKind } from "./protections";
import { FakeRange } from "./range";

export interface Merge {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface FakeValidation {
  readonly listSheet: FakeSheet;
  readonly listA1: string;
  readonly showDropdown: boolean;
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export class FakeSheet {
  cells: FakeCell[][] = [];
  maxRows = 1000;
  maxColumns = 26;
  merges: Merge[] = [];
  hiddenRows = new Set<number>();
  hidden = false;
  frozenRows = 0;
  frozenColumns = 0;
  rightToLeft = false;
  columnWidths = new Map<number, number>();
  /** Validations by 1-based "row,col". */
  validations = new Map<string, FakeValidation>();
  conditionalRules: unknown[] = [];
  protections: FakeProtection[] = [];
  charts: FakeChart[] = [];
  /** The A1 range last activated, null when none was. */
  activeRange: string | null = null;

  constructor(
    readonly host: FakeHost,
    public name: string,
    readonly id: number,
    readonly rename: (sheet: FakeSheet, name: string) => void,
  ) {}

  cellAt(row: number, col: number, create: true): FakeCell;
  cellAt(row: number, col: number, create?: boolean): FakeCell | undefined;
  cellAt(row: number, col: number, create = false): FakeCell | undefined {
    const line = this.cells[row - 1] ?? (create ? (this.cells[row - 1] = []) : undefined);
    if (!line) return undefined;
    return line[col - 1] ?? (create ? (line[col - 1] = blankCell()) : undefined);
  }

  lastRow(): number {
    for (let r = this.cells.length; r > 0; r--) if (this.cells[r - 1]?.some((c) => c !== undefined && c.value !== "")) return r;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const line of this.cells) line?.forEach((c, i) => c !== undefined && c.value !== "" && (last = Math.max(last, i + 1)));
    return last;
  }

  /** Everything a user would see change, to prove a sheet was left alone. */
  state(): string {
    return JSON.stringify({
      name: this.name, cells: this.cells, maxRows: this.maxRows, maxColumns: this.maxColumns, merges: this.merges, hiddenRows: [...this.hiddenRows],
      hidden: this.hidden, frozen: [this.frozenRows, this.frozenColumns], rtl: this.rightToLeft, widths: [...this.columnWidths],
      validations: [...this.validations.keys()], rules: this.conditionalRules.length,
      protections: this.protections.map((p) => [p.a1, p.description, p.warningOnly, p.editors]), charts: this.charts,
    });
  }

  // ---- the Apps Script Sheet interface ----
  getName(): string { this.host.call("Sheet.getName"); return this.name; }
  setName(name: string): FakeSheet { this.host.call("Sheet.setName"); this.rename(this, name); return this; }
  getSheetId(): number { this.host.call("Sheet.getSheetId"); return this.id; }
  getMaxRows(): number { this.host.call("Sheet.getMaxRows"); return this.maxRows; }
  getMaxColumns(): number { this.host.call("Sheet.getMaxColumns"); return this.maxColumns; }
  getLastRow(): number { this.host.call("Sheet.getLastRow"); return this.lastRow(); }
  getLastColumn(): number { this.host.call("Sheet.getLastColumn"); return this.lastColumn(); }
  insertRowsAfter(after: number, count: number): FakeSheet {
    this.host.call("Sheet.insertRowsAfter");
    if (after < 1 || after > this.maxRows || count < 1) throw new Error("Those rows are out of bounds.");
    this.maxRows += count;
    return this;
  }
  insertColumnsAfter(after: number, count: number): FakeSheet {
    this.host.call("Sheet.insertColumnsAfter");
    if (after < 1 || after > this.maxColumns || count < 1) throw new Error("Those columns are out of bounds.");
    this.maxColumns += count;
    return this;
  }
  getDataRange(): FakeRange {
    this.host.call("Sheet.getDataRange");
    return new FakeRange(this, 1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn()));
  }
  getRange(row: number, col: number, numRows = 1, numCols = 1): FakeRange {
    this.host.call("Sheet.getRange");
    if (![row, col, numRows, numCols].every(Number.isInteger)) throw new Error("Exception: The parameters don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    if (numRows < 1 || numCols < 1) throw new Error(`The number of ${numRows < 1 ? "rows" : "columns"} in the range must be at least 1.`);
    if (row < 1 || col < 1 || row + numRows - 1 > this.maxRows || col + numCols - 1 > this.maxColumns) {
      throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return new FakeRange(this, row, col, numRows, numCols);
  }
  clearContents(): FakeSheet {
    this.host.call("Sheet.clearContents");
    for (const line of this.cells) line?.forEach((c) => { if (c) { c.value = ""; delete c.formula; } });
    return this;
  }
  isRowHiddenByUser(row: number): boolean { this.host.call("Sheet.isRowHiddenByUser"); return this.hiddenRows.has(row); }
  hideSheet(): FakeSheet { this.host.call("Sheet.hideSheet"); this.hidden = true; return this; }
  showSheet(): FakeSheet { this.host.call("Sheet.showSheet"); this.hidden = false; return this; }
  isSheetHidden(): boolean { this.host.call("Sheet.isSheetHidden"); return this.hidden; }
  setFrozenRows(n: number): void { this.host.call("Sheet.setFrozenRows"); this.frozenRows = n; }
  setFrozenColumns(n: number): void { this.host.call("Sheet.setFrozenColumns"); this.frozenColumns = n; }
  getFrozenRows(): number { this.host.call("Sheet.getFrozenRows"); return this.frozenRows; }
  setRightToLeft(rtl: boolean): FakeSheet { this.host.call("Sheet.setRightToLeft"); this.rightToLeft = rtl; return this; }
  setColumnWidth(col: number, px: number): FakeSheet { return this.setColumnWidths(col, 1, px, "Sheet.setColumnWidth"); }
  setColumnWidths(start: number, count: number, px: number, name = "Sheet.setColumnWidths"): FakeSheet {
    this.host.call(name);
    if (start < 1 || start + count - 1 > this.maxColumns) throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    for (let c = start; c < start + count; c++) this.columnWidths.set(c, px);
    return this;
  }
  setConditionalFormatRules(rules: unknown[]): void { this.host.call("Sheet.setConditionalFormatRules"); this.conditionalRules = [...rules]; }
  getConditionalFormatRules(): unknown[] { this.host.call("Sheet.getConditionalFormatRules"); return [...this.conditionalRules]; }
  /** A new protection of the whole sheet (`range` for Range.protect). */
  addProtection(kind: ProtectionKind, a1: string): FakeProtection {
    const p = new FakeProtection(this.host, kind, a1, this.host.user, (gone) => this.protections.splice(this.protections.indexOf(gone), 1));
    this.protections.push(p);
    return p;
  }
  protect(): FakeProtection {
    this.host.call("Sheet.protect");
    if (this.protections.some((p) => p.kind === "SHEET")) throw new Error("Exception: This sheet is already protected.");
    return this.addProtection("SHEET", "");
  }
  getProtections(type: ProtectionKind): FakeProtection[] {
    this.host.call("Sheet.getProtections");
    if (type !== "RANGE" && type !== "SHEET") throw new Error("Exception: The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.getProtections.");
    return this.protections.filter((p) => p.kind === type);
  }

  /** A local builder: only insertChart reaches the sheet. */
  newChart() { return chartBuilder(this.host, this.id); }
  insertChart(chart: FakeChart): void {
    this.host.call("Sheet.insertChart");
    if (chart.sheetId !== this.id) throw new Error("Exception: The chart's ranges are on another sheet.");
    if (this.charts.some((c) => c.id === chart.id)) throw new Error("Exception: This chart is already in the sheet.");
    if (chart.position.row > this.maxRows || chart.position.col > this.maxColumns) throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    this.charts.push(chart);
  }
  getCharts(): FakeEmbeddedChart[] { this.host.call("Sheet.getCharts"); return this.charts.map((c) => embeddedChart(this.host, c)); }
  removeChart(embedded: FakeEmbeddedChart): void {
    this.host.call("Sheet.removeChart");
    const i = this.charts.findIndex((c) => c.id === embedded.chart.id);
    if (i < 0) throw new Error("Exception: The chart is not in this sheet.");
    this.charts.splice(i, 1);
  }
}

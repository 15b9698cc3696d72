/** Builds a Grid from a worksheet part's XML events: cell values by type, merged areas and hidden rows. */
import type { Cell, Grid, MergedArea } from "../grid/grid";
import { unescapeExcel } from "./xlsxParts";
import type { XmlSink } from "./xmlScan";
import { attribute, attributePairs } from "./xmlScan";
import { trimRow, trimRows } from "../grid/trimEnd";

export interface SheetContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** Days between the 1900 system's epoch (1899-12-30) and the 1904 system's (1904-01-01). */
const DAYS_1904 = 1462;
const MS_PER_DAY = 86_400_000;
/** 1899-12-30 as a Unix time in milliseconds. */
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);

/** "AB12" → column 27, row 11 (0-based); NaN parts when the reference is malformed. */
export function parseReference(ref: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  if (ref.charCodeAt(i) === 36) i++; // "$" in absolute references such as A$1
  const row = i < ref.length ? Number(ref.slice(i)) : NaN;
  return { row: row - 1, col: i === 0 ? NaN : col - 1 };
}

export function parseRange(ref: string): MergedArea | undefined {
  const [from, to = from] = ref.replace(/\$/g, "").split(":");
  if (from === undefined) return undefined;
  const a = parseReference(from);
  const b = parseReference(to);
  if ([a.row, a.col, b.row, b.col].some((n) => !Number.isInteger(n) || n < 0)) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

const asString = (text: string): string | null => {
  const value = unescapeExcel(text);
  return value === "" ? null : value;
};

/** ISO 8601 text (cells of type "d") to a serial; a date without a zone is wall-clock time, like every other cell. */
function isoToSerial(text: string): number | undefined {
  const zoned = /([zZ]|[+-]\d\d:?\d\d)$/.test(text) ? text : `${text.includes("T") ? text : `${text}T00:00:00`}Z`;
  const ms = Date.parse(zoned);
  return Number.isNaN(ms) ? undefined : (ms - EPOCH_1900_MS) / MS_PER_DAY;
}

export class SheetGridBuilder implements XmlSink {
  private readonly rows: Cell[][] = [];
  private readonly merges: MergedArea[] = [];
  private readonly hiddenRows: number[] = [];
  private row: Cell[] | null = null;
  private rowIndex = -1;
  private colIndex = -1;
  private cellType: string | undefined;
  private cellStyle = 0;
  private inCell = false;
  private capturing = false;
  private inInline = false;
  private phonetic = 0;
  private hasValue = false;
  private pieces: string[] = [];

  constructor(
    private readonly name: string,
    private readonly context: SheetContext,
  ) {}

  open(name: string, attributes: string, selfClosing: boolean): void {
    switch (name) {
      case "row": {
        const r = attribute(attributes, "r");
        this.rowIndex = r === undefined ? this.rowIndex + 1 : Number(r) - 1;
        if (!Number.isInteger(this.rowIndex) || this.rowIndex < 0) throw new Error(`bad row number "${r}"`);
        this.colIndex = -1;
        const hidden = attribute(attributes, "hidden");
        if (hidden === "1" || hidden === "true") this.hiddenRows.push(this.rowIndex);
        this.row = [];
        if (selfClosing) this.endRow();
        return;
      }
      case "c": {
        let ref: string | undefined;
        let type: string | undefined;
        let style = 0;
        const pairs = attributePairs(attributes);
        for (let i = 0; i < pairs.length; i += 2) {
          const key = pairs[i];
          if (key === "r") ref = pairs[i + 1];
          else if (key === "t") type = pairs[i + 1];
          else if (key === "s") style = Number(pairs[i + 1]);
        }
        this.colIndex = ref === undefined ? this.colIndex + 1 : parseReference(ref).col;
        if (!Number.isInteger(this.colIndex) || this.colIndex < 0) throw new Error(`bad cell reference "${ref}"`);
        this.cellType = type;
        this.cellStyle = style;
        this.inCell = !selfClosing;
        this.hasValue = false;
        this.pieces = [];
        return;
      }
      case "v":
        if (this.inCell && !selfClosing) this.startCapture();
        return;
      case "is":
        if (this.inCell && !selfClosing) this.inInline = true;
        return;
      case "rPh":
        if (!selfClosing) this.phonetic++;
        return;
      case "t":
        if (this.inInline && this.phonetic === 0 && !selfClosing) this.startCapture();
        return;
      case "mergeCell": {
        const area = parseRange(attribute(attributes, "ref") ?? "");
        if (area && (area.bottom > area.top || area.right > area.left)) this.merges.push(area);
        return;
      }
      default:
        return;
    }
  }

  private startCapture(): void {
    this.capturing = true;
    this.hasValue = true;
  }

  close(name: string): void {
    switch (name) {
      case "v":
      case "t":
        this.capturing = false;
        return;
      case "rPh":
        this.phonetic--;
        return;
      case "is":
        this.inInline = false;
        return;
      case "c":
        if (this.inCell) this.endCell();
        this.inCell = false;
        return;
      case "row":
        if (this.row !== null) this.endRow();
        return;
      default:
        return;
    }
  }

  text(value: string): void {
    if (this.capturing) this.pieces.push(value);
  }

  private endCell(): void {
    if (!this.hasValue || this.row === null) return;
    const value = this.cellValue(this.pieces.length === 1 ? (this.pieces[0] as string) : this.pieces.join(""));
    if (value === null) return;
    const row = this.row;
    while (row.length < this.colIndex) row.push(null);
    row[this.colIndex] = value;
  }

  /** The cached value of a cell; for formulas that is the result Excel last computed, and no result reads as empty. */
  private cellValue(text: string): Cell {
    switch (this.cellType) {
      case "s": {
        const value = this.context.sharedStrings[Number(text)];
        return value === undefined || value === "" ? null : value;
      }
      case "str":
      case "inlineStr":
        return asString(text);
      case "b":
        return text === "1" || text === "true";
      case "e":
        return { kind: "error", code: text.trim() };
      case "d": {
        const serial = isoToSerial(text.trim());
        return serial === undefined ? asString(text) : { kind: "date", serial };
      }
      default: {
        if (text.trim() === "") return null;
        const number = Number(text);
        if (Number.isNaN(number)) return asString(text);
        if (this.context.dateStyles[this.cellStyle] === true) {
          return { kind: "date", serial: this.context.date1904 ? number + DAYS_1904 : number };
        }
        return number;
      }
    }
  }

  /** Rows without values are only materialised as gaps before a later row, so formatted-but-empty rows to 1,048,576 cost nothing. */
  private endRow(): void {
    const row = this.row as Cell[];
    this.row = null;
    if (row.length === 0) return;
    while (this.rows.length < this.rowIndex) this.rows.push([]);
    this.rows[this.rowIndex] = row;
  }

  /** Merged areas keep their value in the top-left cell only, whatever the writer left in the others. */
  private clearMergedFollowers(): void {
    for (const area of this.merges) {
      const last = Math.min(area.bottom, this.rows.length - 1);
      for (let r = area.top; r <= last; r++) {
        const row = this.rows[r] as Cell[];
        const right = Math.min(area.right, row.length - 1);
        for (let c = area.left; c <= right; c++) if (r !== area.top || c !== area.left) row[c] = null;
        trimRow(row);
      }
    }
  }

  grid(): Grid {
    this.clearMergedFollowers();
    // Trailing empty rows are formatting residue; dropping them keeps row indexes of the data unchanged.
    trimRows(this.rows);
    const hidden = this.hiddenRows.filter((r) => r < this.rows.length);
    const grid: Grid = { name: this.name, rows: this.rows, merges: this.merges };
    return hidden.length > 0 ? { ...grid, hiddenRows: [...new Set(hidden)].sort((a, b) => a - b) } : grid;
  }
}

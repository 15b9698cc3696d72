/** A fake Range: 1-based, checked like Apps Script, reading and writing the sheet's cells. */
import { readValue, stored } from "./cells";
import type { FakeSheet, FakeValidation } from "./sheet";

const a1Column = (col: number): string => {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
  ) {}

  private get host() {
    return this.sheet.host;
  }

  private each(fn: (r: number, c: number) => void): void {
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.cols; c++) fn(r, c);
  }

  private checkShape(data: unknown, what: string): unknown[][] {
    if (!Array.isArray(data) || !data.every(Array.isArray)) throw new Error(`Exception: The parameters (${what}) don't match the method signature.`);
    if (data.length !== this.rows) throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.rows}.`);
    for (const line of data) {
      if (line.length !== this.cols) throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.cols}.`);
    }
    return data as unknown[][];
  }

  a1(): string {
    const end = `${a1Column(this.col + this.cols - 1)}${this.row + this.rows - 1}`;
    const start = `${a1Column(this.col)}${this.row}`;
    return start === end ? start : `${start}:${end}`;
  }

  getRow(): number { this.host.call("Range.getRow"); return this.row; }
  getColumn(): number { this.host.call("Range.getColumn"); return this.col; }
  getNumRows(): number { this.host.call("Range.getNumRows"); return this.rows; }
  getNumColumns(): number { this.host.call("Range.getNumColumns"); return this.cols; }
  getLastRow(): number { this.host.call("Range.getLastRow"); return this.row + this.rows - 1; }
  getLastColumn(): number { this.host.call("Range.getLastColumn"); return this.col + this.cols - 1; }
  getA1Notation(): string { this.host.call("Range.getA1Notation"); return this.a1(); }
  getSheet(): FakeSheet { this.host.call("Range.getSheet"); return this.sheet; }

  getValues(): (string | number | boolean | Date)[][] {
    this.host.call("Range.getValues", this.rows * this.cols);
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.cols }, (_, c) => readValue(this.sheet.cellAt(this.row + r, this.col + c))));
  }

  setValues(values: unknown[][]): FakeRange {
    this.host.call("Range.setValues", this.rows * this.cols);
    const data = this.checkShape(values, "Object[][]");
    this.each((r, c) => stored(data[r]![c], this.sheet.cellAt(this.row + r, this.col + c, true)));
    return this;
  }

  getNumberFormats(): string[][] {
    this.host.call("Range.getNumberFormats", this.rows * this.cols);
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.cols }, (_, c) => this.sheet.cellAt(this.row + r, this.col + c)?.format ?? ""));
  }

  setNumberFormat(format: string): FakeRange {
    this.host.call("Range.setNumberFormat", this.rows * this.cols);
    this.each((r, c) => (this.sheet.cellAt(this.row + r, this.col + c, true).format = format));
    return this;
  }

  setNumberFormats(formats: string[][]): FakeRange {
    this.host.call("Range.setNumberFormats", this.rows * this.cols);
    const data = this.checkShape(formats, "String[][]");
    this.each((r, c) => (this.sheet.cellAt(this.row + r, this.col + c, true).format = String(data[r]![c])));
    return this;
  }

  setFontWeight(weight: string): FakeRange {
    this.host.call("Range.setFontWeight");
    this.each((r, c) => (this.sheet.cellAt(this.row + r, this.col + c, true).bold = weight === "bold"));
    return this;
  }

  /** Selects the range (the sheet keeps it as its active range). */
  activate(): FakeRange {
    this.host.call("Range.activate");
    this.sheet.activeRange = this.a1();
    return this;
  }

  setBackground(color: string | null): FakeRange {
    this.host.call("Range.setBackground");
    this.each((r, c) => {
      const cell = this.sheet.cellAt(this.row + r, this.col + c, true);
      if (color === null) delete cell.background;
      else cell.background = color;
    });
    return this;
  }

  setBackgrounds(colors: (string | null)[][]): FakeRange {
    this.host.call("Range.setBackgrounds", this.rows * this.cols);
    const data = this.checkShape(colors, "String[][]");
    this.each((r, c) => {
      const color = data[r]![c] as string | null;
      const cell = this.sheet.cellAt(this.row + r, this.col + c, color !== null);
      if (!cell) return;
      if (color === null) delete cell.background;
      else cell.background = color;
    });
    return this;
  }

  setNotes(notes: (string | null)[][]): FakeRange {
    this.host.call("Range.setNotes", this.rows * this.cols);
    const data = this.checkShape(notes, "String[][]");
    this.each((r, c) => {
      const note = data[r]![c] as string | null;
      const cell = this.sheet.cellAt(this.row + r, this.col + c, note !== null && note !== "");
      if (!cell) return;
      if (note === null || note === "") delete cell.note;
      else cell.note = note;
    });
    return this;
  }

  setNote(note: string): FakeRange {
    this.host.call("Range.setNote");
    this.each((r, c) => (this.sheet.cellAt(this.row + r, this.col + c, true).note = note));
    return this;
  }

  setDataValidation(rule: FakeValidation | null): FakeRange {
    this.host.call("Range.setDataValidation", this.rows * this.cols);
    this.each((r, c) => {
      const key = `${this.row + r},${this.col + c}`;
      if (rule === null) this.sheet.validations.delete(key);
      else this.sheet.validations.set(key, rule);
    });
    return this;
  }

  getDataValidation(): FakeValidation | null {
    this.host.call("Range.getDataValidation");
    return this.sheet.validations.get(`${this.row},${this.col}`) ?? null;
  }

  getMergedRanges(): FakeRange[] {
    this.host.call("Range.getMergedRanges");
    const inside = (m: { row: number; col: number; rows: number; cols: number }) =>
      m.row <= this.row + this.rows - 1 && m.row + m.rows - 1 >= this.row && m.col <= this.col + this.cols - 1 && m.col + m.cols - 1 >= this.col;
    return this.sheet.merges.filter(inside).map((m) => new FakeRange(this.sheet, m.row, m.col, m.rows, m.cols));
  }

  protect() {
    this.host.call("Range.protect");
    return this.sheet.addProtection("RANGE", this.a1());
  }

  merge(): FakeRange {
    this.host.call("Range.merge");
    this.sheet.merges.push({ row: this.row, col: this.col, rows: this.rows, cols: this.cols });
    return this;
  }
}

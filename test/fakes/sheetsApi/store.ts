/** The fake's spreadsheets in memory: sheets of raw values that tests seed, read and mutate directly. */

export type FakeValue = string | number | boolean;
/** A row of cells; undefined or "" is an empty cell. */
export type FakeRow = (FakeValue | undefined)[];

export interface FakeSheet {
  sheetId: number;
  title: string;
  rows: FakeRow[];
}

export interface FakeSpreadsheet {
  readonly spreadsheetId: string;
  title: string;
  sheets: FakeSheet[];
}

export interface SeedSheet {
  readonly title: string;
  readonly rows?: readonly (readonly (FakeValue | null | undefined)[])[];
}

export class FakeStore {
  private readonly books = new Map<string, FakeSpreadsheet>();
  private nextSheetId = 1000;

  seed(spreadsheetId: string, title: string, sheets: readonly SeedSheet[]): FakeSpreadsheet {
    const book: FakeSpreadsheet = {
      spreadsheetId,
      title,
      sheets: sheets.map((s) => ({ sheetId: this.nextSheetId++, title: s.title, rows: (s.rows ?? []).map((r) => r.map((c) => (c === null ? undefined : c))) })),
    };
    this.books.set(spreadsheetId, book);
    return book;
  }

  get(spreadsheetId: string): FakeSpreadsheet | undefined {
    return this.books.get(spreadsheetId);
  }

  sheet(spreadsheetId: string, title: string): FakeSheet | undefined {
    return this.books.get(spreadsheetId)?.sheets.find((s) => s.title === title);
  }

  /** A sheet's values as plain data, empty cells as "", trailing empties trimmed (what a test compares). */
  values(spreadsheetId: string, title: string): string[][] {
    const rows = this.sheet(spreadsheetId, title)?.rows ?? [];
    return trimRows(rows.map((r) => r.map((c) => (c === undefined ? "" : String(c)))));
  }

  setCell(spreadsheetId: string, title: string, row: number, col: number, value: FakeValue | undefined): void {
    const sheet = this.sheet(spreadsheetId, title);
    if (!sheet) throw new Error(`fake: no sheet ${title} in ${spreadsheetId}`);
    while (sheet.rows.length <= row) sheet.rows.push([]);
    const cells = sheet.rows[row]!;
    while (cells.length <= col) cells.push(undefined);
    cells[col] = value === "" ? undefined : value;
  }

  newSheetId(): number {
    return this.nextSheetId++;
  }

  /** A deep copy, so an atomic batch can work on a draft and be dropped whole on error. */
  snapshot(spreadsheetId: string): FakeSheet[] {
    return structuredClone(this.books.get(spreadsheetId)?.sheets ?? []);
  }

  restore(spreadsheetId: string, sheets: FakeSheet[]): void {
    const book = this.books.get(spreadsheetId);
    if (book) book.sheets = sheets;
  }
}

export function trimRows<T>(rows: T[][], isEmpty: (c: T) => boolean = (c) => c === "" || c === undefined): T[][] {
  const out = rows.map((r) => {
    const copy = [...r];
    while (copy.length > 0 && isEmpty(copy[copy.length - 1]!)) copy.pop();
    return copy;
  });
  while (out.length > 0 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

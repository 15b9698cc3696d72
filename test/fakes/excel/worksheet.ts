/** Fake Excel.Worksheet, WorksheetCollection and Workbook, with each sheet's charts and notes. */
import type { Area } from "../../../shared/workbook/plan";
import { FakeClientObject } from "./clientObject";
import type { ChangeHandler, FakeContext } from "./context";
import { invalidArgument, itemAlreadyExists, itemNotFound, propertyNotLoaded } from "./errors";
import { cellKey, newSheet, sheetId, usedArea, type ChartModel, type SheetModel } from "./model";
import { areaOnSheet, FakeRange } from "./range";
import { FakeTableCollection } from "./tables";

const BAD_SHEET_NAME = /[\\/?*[\]:]/;

function assertSheetName(sheets: readonly SheetModel[], name: string, self: SheetModel | null): void {
  if (name.length === 0 || name.length > 31 || BAD_SHEET_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw invalidArgument(`"${name}" is not a valid sheet name.`);
  }
  if (sheets.some((s) => s !== self && s.name.toLowerCase() === name.toLowerCase())) throw itemAlreadyExists(`Sheet "${name}".`);
}

class FakeChart {
  constructor(
    private readonly context: FakeContext,
    private readonly model: () => ChartModel,
  ) {}

  get title() {
    const chart = { context: this.context, model: this.model };
    return {
      set text(text: string) {
        chart.context.enqueue({ bytes: 60 + text.length, run: () => ((chart.model().title = text), 0) });
      },
    };
  }

  setPosition(startCell: string, endCell: string): void {
    this.context.enqueue({ bytes: 80, run: () => ((this.model().position = { from: startCell, to: endCell }), 0) });
  }
}

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  protected readonly scalarNames = ["name", "visibility", "position", "id"];

  protected fetch(sheet: SheetModel, property: string): unknown {
    switch (property) {
      case "name": return sheet.name;
      case "visibility": return sheet.visibility;
      case "id": return sheetId(sheet);
      case "position": return this.context.model.sheets.indexOf(sheet);
      default: throw invalidArgument(`Worksheet has no property "${property}" in the fake.`);
    }
  }

  get id(): string { return this.read("id"); }
  get name(): string { return this.read("name"); }
  set name(name: string) {
    this.queue(name, (sheet) => {
      assertSheetName(this.context.model.sheets, name, sheet);
      sheet.name = name;
    });
  }

  get visibility(): string { return this.read("visibility"); }
  set visibility(visibility: "Visible" | "Hidden" | "VeryHidden") {
    this.queue(visibility, (sheet) => {
      if (visibility !== "Visible" && this.context.model.sheets.filter((s) => s !== sheet && s.visibility === "Visible").length === 0) {
        throw invalidArgument("A workbook must keep one visible sheet.");
      }
      sheet.visibility = visibility;
    });
  }

  get position(): number { return this.read("position"); }
  set position(position: number) {
    this.queue(position, (sheet) => {
      const sheets = this.context.model.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(position, sheets.length), 0, sheet);
    });
  }

  delete(): void {
    this.queue("delete", (sheet) => {
      const wb = this.context.model;
      if (wb.sheets.filter((s) => s !== sheet && s.visibility === "Visible").length === 0) throw invalidArgument("A workbook must keep one visible sheet.");
      wb.sheets = wb.sheets.filter((s) => s !== sheet);
      wb.tables = wb.tables.filter((t) => t.sheet !== sheet);
    });
  }

  activate(): void {
    this.queue("activate", (sheet) => {
      if (sheet.visibility !== "Visible") throw invalidArgument("A hidden sheet cannot be activated.");
      this.context.model.active = sheet;
    });
  }

  private range(area: () => Area | null): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolve();
      const a = sheet && area();
      return sheet && a ? { sheet, area: a } : null;
    });
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.target();
      return { sheet, area: areaOnSheet(sheet, address) };
    });
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): FakeRange {
    if (rowCount < 1 || colCount < 1) throw invalidArgument("A range has at least one row and one column.");
    return this.range(() => ({ top: row, left: col, bottom: row + rowCount - 1, right: col + colCount - 1 }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range(() => {
      const sheet = this.resolve();
      return sheet && usedArea(sheet, valuesOnly);
    });
  }

  get freezePanes() {
    const ws = { queue: this.queue.bind(this), context: this.context, target: () => this.target() };
    return {
      freezeRows(count: number): void {
        ws.queue(count, (sheet) => (sheet.frozenRows = count));
      },
      freezeColumns(count: number): void {
        ws.queue(count, (sheet) => (sheet.frozenColumns = count));
      },
    };
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.context, () => this.target());
  }

  get charts() {
    const ws = { queue: this.queue.bind(this), context: this.context, target: () => this.target() };
    return {
      add(type: string, source: FakeRange, seriesBy: string): FakeChart {
        const ref: { model: ChartModel | null } = { model: null };
        ws.context.enqueue({
          bytes: 100,
          run: () => {
            const { sheet, area } = source.resolveTarget();
            if (sheet !== ws.target()) throw invalidArgument("The fake models charts over their own sheet's data.");
            ref.model = { type, source: area, seriesBy, title: "", position: null };
            sheet.charts.push(ref.model);
            return 0;
          },
        });
        return new FakeChart(ws.context, () => ref.model as ChartModel);
      },
    };
  }

  /** Notes (ExcelApi 1.18): one per cell. */
  get notes() {
    const ws = { queue: this.queue.bind(this), context: this.context, target: () => this.target() };
    return {
      add(cellAddress: string, content: string): void {
        ws.queue({ cellAddress, content }, (sheet) => {
          const area = areaOnSheet(sheet, cellAddress);
          const key = cellKey(area.top, area.left);
          if (sheet.notes.has(key)) throw invalidArgument(`The cell ${cellAddress} already has a note.`);
          sheet.notes.set(key, content);
        });
      },
    };
  }
}

export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;

  constructor(private readonly context: FakeContext) {}

  private bySheet(find: () => SheetModel | undefined): FakeWorksheet {
    return new FakeWorksheet(this.context, () => find() ?? null);
  }

  /** Like Excel, `getItem` takes a sheet's name (any case) or its id. */
  private named(key: string): () => SheetModel | undefined {
    return () => this.context.model.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase() || sheetId(s) === key);
  }

  /** `worksheets.onCalculated` (ExcelApi 1.8): registered like onChanged; the fake never calculates, so never fires it. */
  get onCalculated() {
    const context = this.context;
    return {
      add(handler: (event: unknown) => Promise<unknown>) {
        context.enqueue({ bytes: 60, run: () => (context.calculatedHandlers.add(handler), 0) });
        return {
          context,
          remove(): void {
            context.enqueue({ bytes: 60, run: () => (context.calculatedHandlers.delete(handler), 0) });
          },
        };
      },
    };
  }

  /** `worksheets.onChanged` (ExcelApi 1.9): the handler is registered with the next sync, and removed the same way. */
  get onChanged() {
    const context = this.context;
    return {
      add(handler: ChangeHandler) {
        context.enqueue({ bytes: 60, run: () => (context.changeHandlers.add(handler), 0) });
        return {
          context,
          remove(): void {
            context.enqueue({ bytes: 60, run: () => (context.changeHandlers.delete(handler), 0) });
          },
        };
      },
    };
  }

  getItem(name: string): FakeWorksheet {
    const find = this.named(name);
    return this.bySheet(() => {
      const sheet = find();
      if (!sheet) throw itemNotFound(`Sheet "${name}".`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return this.bySheet(this.named(name));
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.bySheet(() => (this.context.model.active && this.context.model.sheets.includes(this.context.model.active) ? this.context.model.active : this.context.model.sheets[0]));
  }

  add(name: string): FakeWorksheet {
    const ref: { sheet: SheetModel | null } = { sheet: null };
    this.context.enqueue({
      bytes: 60 + name.length,
      run: () => {
        const wb = this.context.model;
        assertSheetName(wb.sheets, name, null);
        ref.sheet = newSheet(wb, name);
        wb.sheets.push(ref.sheet);
        return 0;
      },
    });
    return new FakeWorksheet(this.context, () => ref.sheet);
  }

  get items(): FakeWorksheet[] {
    if (this.loadedItems === null) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  /** load("items/name,items/visibility") or load("name,visibility"): loads those properties of every sheet. */
  load(spec?: string): this {
    const names = (spec ?? "name").split(",").map((p) => p.trim().replace(/^items\//, "")).filter((p) => p !== "");
    this.context.enqueue({
      bytes: 60,
      run: () => {
        this.loadedItems = this.context.model.sheets.map((sheet) => new FakeWorksheet(this.context, () => sheet));
        let bytes = 0;
        for (const item of this.loadedItems) bytes += item.fill(names);
        return bytes;
      },
    });
    return this;
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;

  constructor(context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, null);
  }
}

/** Fake Excel.TableCollection and Excel.Table: a table is a named area with a header row, unique in the workbook. */
import { FakeClientObject } from "./clientObject";
import type { FakeContext } from "./context";
import { itemAlreadyExists, invalidArgument } from "./errors";
import { fullAddress, parseAddress } from "./address";
import { overlaps, type SheetModel, type TableModel, type WorkbookModel } from "./model";

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/;

function assertFreeName(wb: WorkbookModel, name: string, self: TableModel | null): void {
  if (!TABLE_NAME.test(name)) throw invalidArgument(`"${name}" is not a valid table name.`);
  if (wb.tables.some((t) => t !== self && t.name.toLowerCase() === name.toLowerCase())) throw itemAlreadyExists(`Table "${name}".`);
}

export class FakeTable extends FakeClientObject<TableModel> {
  protected readonly scalarNames = ["name", "style"];

  protected fetch(t: TableModel, property: string): unknown {
    if (property === "name") return t.name;
    if (property === "style") return t.style;
    throw invalidArgument(`Table has no property "${property}" in the fake.`);
  }

  get name(): string { return this.read("name"); }
  set name(name: string) {
    this.queue(name, (t) => {
      assertFreeName(this.context.model, name, t);
      t.name = name;
    });
  }

  get style(): string { return this.read("style"); }
  set style(style: string) {
    this.queue(style, (t) => (t.style = style));
  }
}

export class FakeTableCollection {
  constructor(
    private readonly context: FakeContext,
    /** The sheet for a worksheet's collection; null for the workbook's, where addresses name their sheet. */
    private readonly sheet: (() => SheetModel) | null,
  ) {}

  /** `address` is an A1 string or a Range proxy (its address resolved at sync). */
  add(address: string | { readonly resolveTarget: () => { sheet: SheetModel; area: import("../../../shared/workbook/plan").Area } }, hasHeaders: boolean): FakeTable {
    const ref: { model: TableModel | null } = { model: null };
    this.context.enqueue({
      bytes: 80 + (typeof address === "string" ? address.length : 40),
      run: () => {
        if (!hasHeaders) throw invalidArgument("The fake models tables with headers only.");
        const { sheet, area } = this.locate(address);
        const wb = this.context.model;
        if (wb.tables.some((t) => t.sheet === sheet && overlaps(t.area, area))) throw invalidArgument(`A table can't overlap another table (${fullAddress(sheet.name, area)}).`);
        let n = wb.tables.length + 1;
        while (wb.tables.some((t) => t.name === `Table${n}`)) n++;
        ref.model = { name: `Table${n}`, sheet, area, style: "TableStyleMedium2" };
        wb.tables.push(ref.model);
        return 0;
      },
    });
    return new FakeTable(this.context, () => ref.model);
  }

  getItemOrNullObject(name: string): FakeTable {
    return new FakeTable(this.context, () => this.context.model.tables.find((t) => t.name.toLowerCase() === name.toLowerCase() && (this.sheet === null || t.sheet === this.sheet())) ?? null);
  }

  private locate(address: Parameters<FakeTableCollection["add"]>[0]) {
    if (typeof address !== "string") return address.resolveTarget();
    const parsed = parseAddress(address);
    const sheet = parsed.sheet === null ? this.sheet?.() : this.context.model.sheets.find((s) => s.name.toLowerCase() === parsed.sheet?.toLowerCase());
    if (!sheet) throw invalidArgument(`No sheet for table address "${address}".`);
    return { sheet, area: parsed.area };
  }
}

/**
 * The strict fake of the Excel JavaScript API: `run(batch)` like `Excel.run`, a seeding API to build a user's
 * workbook, and an inspection API for tests (sheets, cells, tables, validations, formats, syncs, payloads).
 */
import type { Area } from "../../../shared/workbook/plan";
import { FakeContext, type SyncRecord } from "./context";
import { areaRef, parseAddress } from "./address";
import { newSheet, sheetId, type SheetModel, type StoredValue, type WorkbookModel } from "./model";
import { FakeWorkbook } from "./worksheet";

/** The context handed to a batch; tests pass it where code expects an Excel.RequestContext. */
export interface FakeRequestContext {
  readonly workbook: FakeWorkbook;
  sync(): Promise<void>;
}

export interface SeedSheet {
  readonly name: string;
  /** Values as Excel stores them; `{ error: "#N/A" }` for an error, null or undefined for an empty cell. */
  readonly rows: readonly (readonly (StoredValue | null | undefined)[])[];
  /** Number formats by cell, same shape as `rows` (or shorter); e.g. "dd/mm/yyyy" makes a number a date. */
  readonly formats?: readonly (readonly (string | null | undefined)[])[];
  readonly merges?: readonly Area[];
  readonly hiddenRows?: readonly number[];
  readonly visibility?: SheetModel["visibility"];
}

export class FakeExcel {
  readonly model: WorkbookModel = { sheets: [], tables: [], nextId: 1 };
  readonly context = new FakeContext(this.model);
  private readonly workbook = new FakeWorkbook(this.context);
  /** The context as code under test sees it. */
  readonly requestContext: FakeRequestContext = { workbook: this.workbook, sync: () => this.context.sync() };

  /** Like Excel.run: runs the batch, then syncs what it left queued. */
  async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await batch(this.requestContext);
    } catch (e) {
      this.context.discard();
      throw e;
    }
    await this.context.sync();
    return result;
  }

  seed(sheet: SeedSheet): this {
    const model = newSheet(this.model, sheet.name);
    sheet.rows.forEach((row, r) => {
      model.values[r] = row.map((v) => (v === null || v === "" ? undefined : v));
    });
    sheet.formats?.forEach((row, r) => {
      model.formats[r] = row.map((f) => f ?? undefined);
    });
    model.merges = [...(sheet.merges ?? [])];
    for (const r of sheet.hiddenRows ?? []) model.hiddenRows.add(r);
    model.visibility = sheet.visibility ?? "Visible";
    this.model.sheets.push(model);
    return this;
  }

  /**
   * A person typing or pasting values from `topLeft` ("D5"), stored as given (null empties a cell): Excel applies it
   * outside any batch and tells `worksheets.onChanged` handlers, with triggerSource "Unknown".
   */
  userEdit(sheet: string, topLeft: string, rows: readonly (readonly (StoredValue | null)[])[]): void {
    const model = this.sheet(sheet);
    const { top, left } = parseAddress(topLeft).area;
    rows.forEach((row, i) => {
      const stored = (model.values[top + i] ??= []);
      row.forEach((v, j) => (stored[left + j] = v === null || v === "" ? undefined : v));
    });
    const area = { top, left, bottom: top + rows.length - 1, right: left + Math.max(1, ...rows.map((r) => r.length)) - 1 };
    this.context.changed({ type: "WorksheetChanged", worksheetId: sheetId(model), address: areaRef(area), changeType: "RangeEdited", source: "Local", triggerSource: "Unknown" });
    this.context.fireChanges();
  }

  sheet(name: string): SheetModel {
    const found = this.model.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet "${name}" in the fake workbook (has ${this.sheetNames().join(", ")})`);
    return found;
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  get syncs(): readonly SyncRecord[] {
    return this.context.syncs;
  }

  get syncCount(): number {
    return this.context.syncs.length;
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.context.syncs.map((s) => s.requestBytes));
  }

  get maxResponseBytes(): number {
    return Math.max(0, ...this.context.syncs.map((s) => s.responseBytes));
  }

  /** A deep copy of the whole workbook's state, to compare before and after. */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify(this.model, (key, value: unknown) => {
        if (key === "sheet" && typeof value === "object" && value !== null) return (value as SheetModel).name;
        if (key === "nextId" || key === "id") return undefined;
        if (value instanceof Map) return [...value.entries()];
        if (value instanceof Set) return [...value.values()];
        return value;
      }),
    );
  }
}

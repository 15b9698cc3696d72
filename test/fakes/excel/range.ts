/** Fake Excel.Range and Excel.RangeAreas over a sheet's modelled cells. */
import type { Area } from "../../../shared/workbook/plan";
import { FakeClientObject } from "./clientObject";
import { type FakeContext, jsonBytes } from "./context";
import { areaRef, fullAddress, parseAddress } from "./address";
import { readFormula, readValue, storedValue, valueType } from "./cellInput";
import { invalidArgument } from "./errors";
import { cellCount, cellKey, sheetId, type ConditionalFormatModel, type SheetModel } from "./model";

export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly area: Area;
}

/** Excel returns null values for a read of more than five million cells. */
export const MAX_READ_CELLS = 5_000_000;

function grid<T>(area: Area, at: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row: T[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(at(r, c));
    out.push(row);
  }
  return out;
}

function assertShape(area: Area, input: unknown, property: string): unknown[][] {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (!Array.isArray(input) || input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw invalidArgument(`The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}).`);
  }
  return input as unknown[][];
}

function cellsOf(area: Area): string[] {
  const keys: string[] = [];
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) keys.push(cellKey(r, c));
  return keys;
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly scalarNames = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "numberFormat", "valueTypes", "formulas"];

  constructor(context: FakeContext, resolve: () => RangeTarget | null) {
    super(context, resolve);
  }

  protected fetch({ sheet, area }: RangeTarget, property: string): unknown {
    const big = cellCount(area) > MAX_READ_CELLS;
    switch (property) {
      case "address": return fullAddress(sheet.name, area);
      case "rowIndex": return area.top;
      case "columnIndex": return area.left;
      case "rowCount": return area.bottom - area.top + 1;
      case "columnCount": return area.right - area.left + 1;
      case "values": return big ? null : grid(area, (r, c) => readValue(sheet.values[r]?.[c]));
      case "formulas": return big ? null : grid(area, (r, c) => readFormula(sheet.values[r]?.[c]));
      case "valueTypes": return big ? null : grid(area, (r, c) => valueType(sheet.values[r]?.[c]));
      case "numberFormat": return big ? null : grid(area, (r, c) => sheet.formats[r]?.[c] ?? "General");
      case "rowHidden": {
        const hidden = new Set(Array.from({ length: area.bottom - area.top + 1 }, (_, i) => sheet.hiddenRows.has(area.top + i)));
        return hidden.size === 1 ? [...hidden][0] : null;
      }
      default: throw invalidArgument(`Range has no property "${property}" in the fake.`);
    }
  }

  get address(): string { return this.read("address"); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }
  get valueTypes(): string[][] { return this.read("valueTypes"); }
  get formulas(): unknown[][] { return this.read("formulas"); }

  get values(): unknown[][] { return this.read("values"); }
  set values(input: unknown[][]) {
    this.queue(input, ({ sheet, area }) => {
      const rows = assertShape(area, input, "values");
      rows.forEach((row, i) => {
        const r = area.top + i;
        const stored = (sheet.values[r] ??= []);
        row.forEach((v, j) => {
          if (v === null) return; // Office.js leaves a cell unchanged for null
          stored[area.left + j] = storedValue(v, sheet.formats[r]?.[area.left + j]);
        });
      });
      this.context.changed({ type: "WorksheetChanged", worksheetId: sheetId(sheet), address: areaRef(area), changeType: "RangeEdited", source: "Local", triggerSource: "ThisLocalAddin" });
    });
  }

  get numberFormat(): string[][] { return this.read("numberFormat"); }
  set numberFormat(input: string[][]) {
    this.queue(input, ({ sheet, area }) => {
      assertShape(area, input, "numberFormat").forEach((row, i) => {
        const formats = (sheet.formats[area.top + i] ??= []);
        row.forEach((f, j) => {
          if (f !== null) formats[area.left + j] = String(f);
        });
      });
    });
  }

  get rowHidden(): boolean | null { return this.read("rowHidden"); }
  set rowHidden(hidden: boolean) {
    this.queue(hidden, ({ sheet, area }) => {
      for (let r = area.top; r <= area.bottom; r++) {
        if (hidden) sheet.hiddenRows.add(r);
        else sheet.hiddenRows.delete(r);
      }
    });
  }

  set hyperlink(link: { documentReference?: string; textToDisplay?: string }) {
    this.queue(link, ({ sheet, area }) => {
      for (const key of cellsOf(area)) sheet.hyperlinks.set(key, { documentReference: link.documentReference ?? "", textToDisplay: link.textToDisplay ?? "" });
    });
  }

  /** `format.columnWidth` (points), `format.fill.color`, `format.font.bold`. */
  get format() {
    const range = { queue: this.queue.bind(this), context: this.context };
    return {
      set columnWidth(points: number) {
        range.queue(points, ({ sheet, area }) => {
          for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, points);
        });
      },
      fill: {
        set color(color: string) {
          range.queue(color, ({ sheet, area }) => cellsOf(area).forEach((k) => sheet.fills.set(k, color)));
        },
        clear(): void {
          range.queue("clear", ({ sheet, area }) => cellsOf(area).forEach((k) => sheet.fills.delete(k)));
        },
      },
      font: {
        set bold(bold: boolean) {
          range.queue(bold, ({ sheet, area }) => cellsOf(area).forEach((k) => (bold ? sheet.bold.add(k) : sheet.bold.delete(k))));
        },
      },
    };
  }

  get dataValidation() {
    const range = { queue: this.queue.bind(this), context: this.context };
    return {
      set rule(rule: unknown) {
        range.queue(rule, ({ sheet, area }) => {
          if (typeof rule !== "object" || rule === null) throw invalidArgument("A data validation rule is an object.");
          const existing = sheet.validations.find((v) => JSON.stringify(v.area) === JSON.stringify(area));
          if (existing) existing.rule = rule;
          else sheet.validations.push({ area, rule, errorAlert: null });
        });
      },
      set errorAlert(alert: unknown) {
        range.queue(alert, ({ sheet, area }) => {
          const existing = sheet.validations.find((v) => JSON.stringify(v.area) === JSON.stringify(area));
          if (!existing) throw invalidArgument("Set the rule before the error alert (fake).");
          existing.errorAlert = alert;
        });
      },
    };
  }

  get conditionalFormats() {
    const range = { queue: this.queue.bind(this), context: this.context };
    return {
      add(type: string) {
        const ref: { model: ConditionalFormatModel | null } = { model: null };
        range.queue(type, ({ sheet, area }) => {
          ref.model = { area, type, rule: null, fill: null };
          sheet.conditionalFormats.push(ref.model);
        });
        const later = (payload: unknown, apply: (m: ConditionalFormatModel) => void): void =>
          range.context.enqueue({ bytes: 60 + jsonBytes(payload), run: () => (apply(ref.model as ConditionalFormatModel), 0) });
        return {
          cellValue: {
            set rule(rule: unknown) {
              later(rule, (m) => (m.rule = rule));
            },
            format: {
              fill: {
                set color(color: string) {
                  later(color, (m) => (m.fill = color));
                },
              },
            },
          },
        };
      },
    };
  }

  /** Selects the range; like Excel, only in the active sheet (activate its sheet in the same batch first). */
  select(): void {
    this.queue("select", ({ sheet, area }) => {
      if ((this.context.model.active ?? this.context.model.sheets[0]) !== sheet) throw invalidArgument("The range is not in the active sheet.");
      this.context.model.selection = { sheet, area };
    });
  }

  /** The sheet and area at sync time, for other fake objects that take a Range argument. */
  resolveTarget(): RangeTarget {
    return this.target();
  }

  /** One row of this range, relative to its top. */
  getRow(index: number): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this.resolve();
      return t && { sheet: t.sheet, area: { ...t.area, top: t.area.top + index, bottom: t.area.top + index } };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const t = this.resolve();
      if (!t) return null;
      const within = t.sheet.merges.filter((m) => m.top >= t.area.top && m.bottom <= t.area.bottom && m.left >= t.area.left && m.right <= t.area.right);
      return within.length === 0 ? null : { sheet: t.sheet, areas: within };
    });
  }
}

/** Resolves an address relative to a sheet; an address naming another sheet is refused, as Worksheet.getRange does. */
export function areaOnSheet(sheet: SheetModel, address: string): Area {
  const parsed = parseAddress(address);
  if (parsed.sheet !== null && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) throw invalidArgument(`"${address}" is not on sheet "${sheet.name}".`);
  return parsed.area;
}

export class FakeRangeAreas extends FakeClientObject<{ sheet: SheetModel; areas: Area[] }> {
  protected readonly scalarNames = ["address", "areaCount"];

  protected fetch(t: { sheet: SheetModel; areas: Area[] }, property: string): unknown {
    if (property === "address") return t.areas.map((a) => fullAddress(t.sheet.name, a)).join(",");
    if (property === "areaCount") return t.areas.length;
    throw invalidArgument(`RangeAreas has no property "${property}" in the fake.`);
  }

  get address(): string { return this.read("address"); }
  get areaCount(): number { return this.read("areaCount"); }
}

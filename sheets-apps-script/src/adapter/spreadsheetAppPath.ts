/// <reference types="google-apps-script" />
/**
 * The plan in SpreadsheetApp calls: per sheet, an insert with its layout, one `setNumberFormats` + `setValues` per
 * value block, its styles, its charts; then the swap. Calls are grouped so their number does not grow with the rows.
 */
import type { SheetPlan, WorkbookPlan } from "../../../shared/workbook/plan";
import { applyCharts } from "./charts";
import { appSheetTitles } from "./readSpreadsheetGrids";
import { applyLayout, applyStyles, applyValidations, ensureSize } from "./sheetFeatures";
import { DEFAULT_BLOCK_LIMITS, valueBlocks, writeBlock, type BlockLimits, type ValueBlock } from "./valueBlocks";
import { gridSize, step, type Step, type WritePath } from "./writePath";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function spreadsheetAppPath(ss: Spreadsheet): WritePath {
  return {
    titles: () => appSheetTitles(ss),
    remove(names) {
      for (const name of names) {
        const sheet = ss.getSheetByName(name);
        if (sheet) ss.deleteSheet(sheet);
      }
    },
    steps: (plan, temp, resumed, limits = DEFAULT_BLOCK_LIMITS) => new Steps(ss, temp, resumed).all(plan, limits),
  };
}

class Steps {
  private readonly sheets = new Map<number, Sheet>();

  constructor(private readonly ss: Spreadsheet, private readonly temp: readonly string[], private readonly resumed: boolean) {}

  all(plan: WorkbookPlan, limits: BlockLimits): Step[] {
    const perSheet = plan.sheets.flatMap((sheetPlan, i) => [
      this.create(sheetPlan, i),
      ...valueBlocks(sheetPlan, plan.dateFormat, limits).map((b) => this.block(b, i)),
      this.features(sheetPlan, i),
      ...(sheetPlan.charts.length > 0 ? [this.charts(sheetPlan, i)] : []),
    ]);
    return [...perSheet, this.swap(plan)];
  }

  private sheetAt(i: number): Sheet {
    const cached = this.sheets.get(i);
    if (cached) return cached;
    const found = this.ss.getSheetByName(this.temp[i] as string);
    if (!found) throw new Error(`The temporary sheet ${this.temp[i]} is missing; run Convert again to start over.`);
    this.sheets.set(i, found);
    return found;
  }

  /** Creating is idempotent: a run continuing after a stop that came mid-step replaces the half-made sheet. */
  private create(plan: SheetPlan, i: number): Step {
    return step(6 + plan.columnWidths.length, () => {
      const name = this.temp[i] as string;
      const stale = this.resumed ? this.ss.getSheetByName(name) : null;
      if (stale) this.ss.deleteSheet(stale);
      const sheet = this.ss.insertSheet(name);
      this.sheets.set(i, sheet);
      const { rows, cols } = gridSize(plan);
      ensureSize(sheet, rows, cols);
      applyLayout(sheet, plan);
    });
  }

  private block(block: ValueBlock, i: number): Step {
    return step(3 + (block.values.length * block.width) / 1000, () => writeBlock(this.sheetAt(i), block));
  }

  private features(plan: SheetPlan, i: number): Step {
    return step(4 + 3 * plan.styles.length, () => applyStyles(this.sheetAt(i), plan));
  }

  /** A step of its own: a dashboard's charts cost two calls each, too many to add to its styles' step. */
  private charts(plan: SheetPlan, i: number): Step {
    return step(1 + 2 * plan.charts.length, () => applyCharts(this.sheetAt(i), plan, this.resumed));
  }

  /** The last step: old tracker sheets out, new ones renamed in, then what refers to them by name. */
  private swap(plan: WorkbookPlan): Step {
    return step(2 + plan.sheets.reduce((n, p) => n + 5 + 3 * p.validations.length, 0), () => {
      const written = plan.sheets.map((_, i) => this.sheetAt(i));
      for (const sheetPlan of plan.sheets) {
        const old = this.ss.getSheetByName(sheetPlan.name);
        if (old) this.ss.deleteSheet(old);
      }
      plan.sheets.forEach((sheetPlan, i) => (written[i] as Sheet).setName(sheetPlan.name));
      const byName = new Map(plan.sheets.map((p, i) => [p.name, written[i] as Sheet]));
      plan.sheets.forEach((sheetPlan, i) => {
        applyValidations(byName, written[i] as Sheet, sheetPlan.validations);
        if (sheetPlan.hidden) (written[i] as Sheet).hideSheet();
      });
      const first = plan.sheets.findIndex((s) => !s.hidden);
      if (first >= 0) this.ss.setActiveSheet(written[first] as Sheet);
    });
  }
}

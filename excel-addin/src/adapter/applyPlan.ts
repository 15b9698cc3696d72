/// <reference types="office-js" />
/**
 * Applies a WorkbookPlan to the open workbook. Every planned sheet is written under a temporary name, in
 * batches of one `context.sync()` each sized under the 5 MB request limit; only the last batch, after the writes,
 * deletes the previous tracker's sheets of the same names and renames the new ones into place. A cancel or a
 * failure before that deletes the temporary sheets, so the workbook is left as it was; sheets not in the plan are
 * never touched. A small plan (the Issues or Dashboard sheet) is one batch, so one round trip.
 */
import type { SheetPlan, WorkbookPlan } from "../../../shared/workbook/plan";
import { queueCharts, queueLayout, queueNotes, queueStyles, queueTables, queueValidations, type FeatureSupport } from "./sheetFeatures";
import { refsOf, type SheetRef } from "./sheetRefs";
import { valueBlocks, type ValueBlock } from "./valueBlocks";

export interface ApplyOptions {
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
  /** Estimated request bytes per sync; 4.3 MB leaves room under the 5 MB limit for what the estimate misses. */
  readonly bytesPerSync?: number;
  /** Sheets that must never be replaced (the user's source sheet): a plan naming one is refused before any write. */
  readonly keep?: readonly string[];
  /** Office.context.requirements.isSetSupported, passed in so the adapter runs where Office is not global. */
  readonly isSetSupported?: (set: string, version: string) => boolean;
  /**
   * The workbook's sheet names as the caller last read them, which saves the sync that lists them. A stale list
   * makes a batch fail with ItemNotFound or ItemAlreadyExists before it changes anything: the temporary sheets
   * are removed and the plan is applied again from a fresh list.
   */
  readonly sheets?: readonly string[];
}

export interface ApplyReport {
  readonly syncs: number;
  /** Note texts left out because the host lacks ExcelApi 1.18 (the cells are still filled). */
  readonly notesSkipped: boolean;
  /** The workbook's sheets once the plan is in, loaded with the last batch. */
  readonly sheets: SheetRef[];
}

interface Step {
  readonly bytes: number;
  readonly queue: () => void;
}

const TEMP_PREFIX = "~nmirf";
const NOTES_PER_STEP = 500;

function tempNames(count: number, taken: readonly string[]): string[] {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  let run = 0;
  while (Array.from({ length: count }, (_, i) => `${TEMP_PREFIX}${run}-${i}`).some((n) => lower.has(n.toLowerCase()))) run++;
  return Array.from({ length: count }, (_, i) => `${TEMP_PREFIX}${run}-${i}`);
}

function writeBlock(sheet: () => Excel.Worksheet, block: ValueBlock): Step {
  return {
    bytes: block.bytes,
    queue: () => {
      const ws = sheet();
      const range = ws.getRangeByIndexes(block.top, 0, block.values.length, block.width);
      range.numberFormat = block.formats; // before the values: "@" is what keeps "=…" and "12" as text
      range.values = block.values;
      for (const { row, col, link } of block.links) {
        ws.getRangeByIndexes(row, col, 1, 1).hyperlink = { documentReference: link.target.replace(/^#/, ""), textToDisplay: link.text };
      }
    },
  };
}

/** Packs steps into batches of at most `budget` estimated bytes, keeping their order. */
function batches(steps: readonly Step[], budget: number): Step[][] {
  const out: Step[][] = [];
  let current: Step[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length > 0 && bytes + step.bytes > budget) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function abortError(signal: AbortSignal): Error {
  if (signal.reason instanceof Error) return signal.reason;
  const error = new Error("The operation was cancelled.");
  error.name = "AbortError";
  return error;
}

/** Deletes whichever temporary sheets exist (a failed batch may have created some of them). */
async function removeTemporary(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  const sheets = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n).load("isNullObject"));
  await context.sync();
  for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
  await context.sync();
}

interface Written {
  readonly plan: SheetPlan;
  sheet: Excel.Worksheet | null;
  tables: Excel.Table[];
}

function planSteps(context: Excel.RequestContext, plan: WorkbookPlan, temp: readonly string[], written: Written[], budget: number, support: FeatureSupport): Step[] {
  return plan.sheets.flatMap((sheetPlan, i) => {
    const entry = written[i] as Written;
    const sheet = (): Excel.Worksheet => entry.sheet as Excel.Worksheet;
    const create: Step = {
      bytes: 200 + sheetPlan.columnWidths.length * 80,
      queue: () => {
        entry.sheet = context.workbook.worksheets.add(temp[i]);
        queueLayout(entry.sheet, sheetPlan);
      },
    };
    // blocks of a quarter budget let a batch be filled close to the budget with the next sheet's first rows
    const blocks = valueBlocks(sheetPlan, plan.dateFormat, budget / 4).map((b) => writeBlock(sheet, b));
    const features: Step = {
      bytes: 200 + JSON.stringify([sheetPlan.styles, sheetPlan.conditionalFills, sheetPlan.tables, sheetPlan.charts]).length * 2,
      queue: () => {
        queueStyles(sheet(), sheetPlan);
        entry.tables = queueTables(sheet(), sheetPlan, (j) => `nmirfTmp${i}x${j}`);
        queueCharts(sheet(), sheetPlan);
      },
    };
    const notes = Array.from({ length: Math.ceil(sheetPlan.notes.length / NOTES_PER_STEP) }, (_, k): Step => {
      const slice = sheetPlan.notes.slice(k * NOTES_PER_STEP, (k + 1) * NOTES_PER_STEP);
      return { bytes: 200 + JSON.stringify(slice).length * 2, queue: () => queueNotes(sheet(), slice, support) };
    });
    return [create, ...blocks, features, ...notes];
  });
}

/** Old tracker sheets out, new ones renamed in, then what refers to them by name. */
function queueSwap(context: Excel.RequestContext, existing: readonly string[], written: readonly Written[]): void {
  const lower = new Set(existing.map((n) => n.toLowerCase()));
  for (const { plan } of written) if (lower.has(plan.name.toLowerCase())) context.workbook.worksheets.getItem(plan.name).delete();
  for (const entry of written) {
    const sheet = entry.sheet as Excel.Worksheet;
    sheet.name = entry.plan.name;
    entry.tables.forEach((table, j) => (table.name = entry.plan.tables[j]?.name ?? table.name));
  }
  for (const { plan, sheet } of written) {
    queueValidations(sheet as Excel.Worksheet, plan);
    if (plan.hidden) (sheet as Excel.Worksheet).visibility = "Hidden";
  }
}

async function syncOrClean(context: Excel.RequestContext, temp: readonly string[]): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    await removeTemporary(context, temp);
    throw error;
  }
}

/** What a stale list of sheet names makes a batch fail with (a sheet deleted, or one added under a planned name). */
const staleNames = (error: unknown): boolean => {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === "ItemNotFound" || code === "ItemAlreadyExists";
};

async function write(context: Excel.RequestContext, plan: WorkbookPlan, options: ApplyOptions): Promise<ApplyReport> {
  const { signal, onProgress } = options;
  const cached = options.sheets;
  let listed: Excel.WorksheetCollection | null = null;
  let syncs = 0;
  if (cached === undefined) {
    listed = context.workbook.worksheets.load("items/name");
    await context.sync();
    syncs++;
  }
  const names = (): string[] => (listed ? listed.items.map((s) => s.name) : [...(cached ?? [])]);
  const support: FeatureSupport = { notes: options.isSetSupported?.("ExcelApi", "1.18") ?? true };
  const temp = tempNames(plan.sheets.length, names());
  const written: Written[] = plan.sheets.map((p) => ({ plan: p, sheet: null, tables: [] }));
  const budget = options.bytesPerSync ?? 4_300_000;
  // Replacing one sheet from a stale list fails at its delete or rename, before anything else changes; replacing
  // several could delete some before failing, so their swap waits for a list loaded in the first batch.
  const trustCache = cached !== undefined && plan.sheets.length === 1;
  const list: Step = { bytes: 60, queue: () => (listed = context.workbook.worksheets.load("items/name")) };
  const after: { sheets: Excel.WorksheetCollection | null } = { sheets: null };
  const swap: Step = {
    bytes: 200 + JSON.stringify(plan.sheets.map((s) => s.validations)).length * 2,
    queue: () => {
      queueSwap(context, names(), written);
      after.sheets = context.workbook.worksheets.load("items/name,items/id");
    },
  };
  const steps = [...(cached !== undefined && !trustCache ? [list] : []), ...planSteps(context, plan, temp, written, budget, support), swap];
  const work = batches(steps, budget);
  if (cached !== undefined && !trustCache && work.length === 1) work.splice(0, 1, (work[0] as Step[]).slice(0, -1), [swap]);
  for (let b = 0; b < work.length; b++) {
    if (signal?.aborted) {
      if (b > 0) await removeTemporary(context, temp);
      throw abortError(signal);
    }
    for (const step of work[b] as Step[]) step.queue();
    await syncOrClean(context, temp);
    syncs++;
    onProgress?.(b + 1, work.length);
  }
  return {
    syncs,
    notesSkipped: !support.notes && plan.sheets.some((s) => s.notes.some((n) => n.text !== null)),
    sheets: refsOf(after.sheets as Excel.WorksheetCollection),
  };
}

export async function applyPlan(context: Excel.RequestContext, plan: WorkbookPlan, options: ApplyOptions = {}): Promise<ApplyReport> {
  const kept = plan.sheets.find((s) => options.keep?.some((k) => k.toLowerCase() === s.name.toLowerCase()));
  if (kept) throw new Error(`The plan would replace the sheet "${kept.name}", which must be kept.`);
  if (options.sheets === undefined) return write(context, plan, options);
  try {
    return await write(context, plan, options);
  } catch (error) {
    if (!staleNames(error)) throw error;
    const { sheets: _stale, ...fresh } = options;
    return write(context, plan, fresh);
  }
}

/// <reference types="google-apps-script" />
/**
 * Applies a WorkbookPlan to the open spreadsheet under the document lock. Every planned sheet is written under a
 * temporary name, one `setNumberFormats` + `setValues` per value block, then its features and charts; only the
 * last step deletes the previous tracker's sheets of the same names and renames the new ones into place. Before
 * Apps Script's 6-minute limit the run stops and checkpoints its progress in the document properties; the next
 * call with the same plan continues there. A failure removes the temporary sheets, leaving the previous tracker as
 * it was. Sheets not in the plan are never touched.
 */
import type { SheetPlan, WorkbookPlan } from "../../../shared/workbook/plan";
import { applyCharts } from "./charts";
import { clearCheckpoint, fingerprint, loadCheckpoint, saveCheckpoint, type Checkpoint } from "./checkpoint";
import { withDocumentLock } from "./documentLock";
import { applyLayout, applyStyles, applyValidations, ensureSize } from "./sheetFeatures";
import { DEFAULT_BLOCK_LIMITS, sheetWidth, valueBlocks, writeBlock, type BlockLimits, type ValueBlock } from "./valueBlocks";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Stop starting new steps after 4.5 minutes… */
export const DEFAULT_BUDGET_MS = 270_000;
/**
 * …or sooner, when the next step, with half again as margin, would not end before 5.5 minutes: it is predicted as
 * long as the longest step so far, or longer when it makes more calls (its estimated calls at the slowest rate per
 * call seen so far), since one sheet's styles or charts can take many times a value block's two calls.
 */
const HARD_LIMIT_MS = 330_000;
const TEMP_PREFIX = "~nmirf";
const TEMP_NAME = /^~nmirf\d+-\d+$/;

export interface ApplyOptions {
  /** Sheets that must never be replaced (the user's source sheet): a plan naming one is refused before any write. */
  readonly keep?: readonly string[];
  /** Milliseconds clock (Date.now by default). */
  readonly now?: () => number;
  /** When the execution started; the budget counts from it (default: when applyPlan is called). */
  readonly startedAt?: number;
  readonly budgetMs?: number;
  readonly blockLimits?: BlockLimits;
  /** Kept in the checkpoint for the caller to rebuild the same plan when continuing. */
  readonly context?: Readonly<Record<string, string>>;
}

export type ApplyResult =
  | { readonly status: "done"; readonly steps: number; readonly total: number }
  | { readonly status: "paused"; readonly done: number; readonly total: number };

interface Env {
  readonly ss: Spreadsheet;
  readonly temp: readonly string[];
  readonly sheets: Map<number, Sheet>;
  /** Continuing a checkpoint: a temporary sheet may already exist. */
  readonly resumed: boolean;
}

interface Step {
  readonly run: (env: Env) => void;
  /** About how many service calls it makes (a thousand cells moved counting as one). */
  readonly calls: number;
}

const step = (calls: number, run: (env: Env) => void): Step => ({ calls, run });

function sheetAt(env: Env, i: number): Sheet {
  const cached = env.sheets.get(i);
  if (cached) return cached;
  const found = env.ss.getSheetByName(env.temp[i] as string);
  if (!found) throw new Error(`The temporary sheet ${env.temp[i]} is missing; run Convert again to start over.`);
  env.sheets.set(i, found);
  return found;
}

function tempNames(count: number, taken: readonly string[]): string[] {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  let run = 0;
  while (Array.from({ length: count }, (_, i) => `${TEMP_PREFIX}${run}-${i}`).some((n) => lower.has(n.toLowerCase()))) run++;
  return Array.from({ length: count }, (_, i) => `${TEMP_PREFIX}${run}-${i}`);
}

/** Creating is idempotent: a run continuing after a stop that came mid-step replaces the half-made sheet. */
const createStep = (plan: SheetPlan, i: number): Step => step(6 + plan.columnWidths.length, (env) => {
  const name = env.temp[i] as string;
  const stale = env.resumed ? env.ss.getSheetByName(name) : null;
  if (stale) env.ss.deleteSheet(stale);
  const sheet = env.ss.insertSheet(name);
  env.sheets.set(i, sheet);
  const areas = [...plan.validations, ...plan.conditionalFills, ...plan.styles].map((f) => f.area);
  const anchors = plan.charts.map((c) => c.anchor);
  const rows = Math.max(1, plan.values.length, ...areas.map((a) => a.bottom + 1), ...[...plan.notes, ...anchors].map((n) => n.row + 1));
  const cols = Math.max(1, sheetWidth(plan), plan.columnWidths.length, ...areas.map((a) => a.right + 1), ...[...plan.notes, ...anchors].map((n) => n.col + 1));
  ensureSize(sheet, rows, cols);
  applyLayout(sheet, plan);
});

const blockStep = (block: ValueBlock, i: number): Step =>
  step(3 + (block.values.length * block.width) / 1000, (env) => writeBlock(sheetAt(env, i), block));

const featureStep = (plan: SheetPlan, i: number): Step => step(4 + 3 * plan.styles.length, (env) => applyStyles(sheetAt(env, i), plan));

/** A step of its own: a dashboard's charts cost two calls each, too many to add to its styles' step. */
const chartStep = (plan: SheetPlan, i: number): Step => step(1 + 2 * plan.charts.length, (env) => applyCharts(sheetAt(env, i), plan, env.resumed));

/** The last step: old tracker sheets out, new ones renamed in, then what refers to them by name. */
const swapStep = (plan: WorkbookPlan): Step => step(2 + plan.sheets.reduce((n, p) => n + 5 + 3 * p.validations.length, 0), (env) => {
  const written = plan.sheets.map((_, i) => sheetAt(env, i));
  for (const sheetPlan of plan.sheets) {
    const old = env.ss.getSheetByName(sheetPlan.name);
    if (old) env.ss.deleteSheet(old);
  }
  plan.sheets.forEach((sheetPlan, i) => (written[i] as Sheet).setName(sheetPlan.name));
  const byName = new Map(plan.sheets.map((p, i) => [p.name, written[i] as Sheet]));
  plan.sheets.forEach((sheetPlan, i) => {
    applyValidations(byName, written[i] as Sheet, sheetPlan.validations);
    if (sheetPlan.hidden) (written[i] as Sheet).hideSheet();
  });
  const first = plan.sheets.findIndex((s) => !s.hidden);
  if (first >= 0) env.ss.setActiveSheet(written[first] as Sheet);
});

function planSteps(plan: WorkbookPlan, limits: BlockLimits): Step[] {
  const perSheet = plan.sheets.flatMap((sheetPlan, i) => [
    createStep(sheetPlan, i),
    ...valueBlocks(sheetPlan, plan.dateFormat, limits).map((b) => blockStep(b, i)),
    featureStep(sheetPlan, i),
    ...(sheetPlan.charts.length > 0 ? [chartStep(sheetPlan, i)] : []),
  ]);
  return [...perSheet, swapStep(plan)];
}

function removeTemporary(ss: Spreadsheet, names: readonly string[]): void {
  for (const name of names) {
    const sheet = ss.getSheetByName(name);
    if (sheet) ss.deleteSheet(sheet);
  }
}

/** The checkpoint to go on from, or a new one (removing what a different or lost run left behind). */
function startingPoint(ss: Spreadsheet, props: GoogleAppsScript.Properties.Properties, print: string, sheetCount: number, context: Readonly<Record<string, string>>): Checkpoint {
  const saved = loadCheckpoint(props);
  if (saved && saved.fingerprint === print && saved.temp.length === sheetCount) return saved;
  const names = ss.getSheets().map((s) => s.getName());
  const leftovers = [...(saved?.temp ?? []), ...names.filter((n) => TEMP_NAME.test(n))];
  removeTemporary(ss, [...new Set(leftovers)].filter((n) => names.includes(n)));
  const checkpoint: Checkpoint = { fingerprint: print, temp: tempNames(sheetCount, names), done: 0, context };
  saveCheckpoint(props, checkpoint);
  return checkpoint;
}

function refuseKept(plan: WorkbookPlan, keep: readonly string[] = []): void {
  const kept = plan.sheets.find((s) => keep.some((k) => k.toLowerCase() === s.name.toLowerCase()));
  if (kept) throw new Error(`The plan would replace the sheet "${kept.name}", which must be kept.`);
}

/** The checkpoint a paused run left, if any (for the caller to rebuild the same plan). */
export function pendingCheckpoint(): Checkpoint | null {
  return loadCheckpoint(PropertiesService.getDocumentProperties());
}

/** Abandons a paused run: its temporary sheets are removed and its checkpoint cleared; the tracker is as before. */
export function discardPending(): void {
  withDocumentLock(() => {
    const props = PropertiesService.getDocumentProperties();
    const saved = loadCheckpoint(props);
    if (!saved) return;
    removeTemporary(SpreadsheetApp.getActive(), saved.temp);
    clearCheckpoint(props);
  });
}

export function applyPlan(plan: WorkbookPlan, options: ApplyOptions = {}): ApplyResult {
  const now = options.now ?? (() => Date.now());
  const startedAt = options.startedAt ?? now();
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  refuseKept(plan, options.keep);
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActive();
    const props = PropertiesService.getDocumentProperties();
    const steps = planSteps(plan, options.blockLimits ?? DEFAULT_BLOCK_LIMITS);
    const checkpoint = startingPoint(ss, props, fingerprint(JSON.stringify(plan)), plan.sheets.length, options.context ?? {});
    const env: Env = { ss, temp: checkpoint.temp, sheets: new Map(), resumed: checkpoint.done > 0 };
    try {
      let [longest, perCall] = [0, 0];
      for (let s = checkpoint.done; s < steps.length; s++) {
        const elapsed = now() - startedAt;
        const next = steps[s] as Step;
        if (s > checkpoint.done && (elapsed > budget || elapsed + Math.max(longest, perCall * next.calls) * 1.5 > HARD_LIMIT_MS)) {
          saveCheckpoint(props, { ...checkpoint, done: s });
          return { status: "paused", done: s, total: steps.length };
        }
        next.run(env);
        const took = now() - startedAt - elapsed;
        [longest, perCall] = [Math.max(longest, took), Math.max(perCall, took / next.calls)];
      }
    } catch (error) {
      removeTemporary(ss, checkpoint.temp);
      clearCheckpoint(props);
      throw error;
    }
    clearCheckpoint(props);
    return { status: "done", steps: steps.length - checkpoint.done, total: steps.length };
  });
}

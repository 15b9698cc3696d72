/// <reference types="google-apps-script" />
/**
 * Applies a WorkbookPlan to the open spreadsheet under the document lock, through SpreadsheetApp or the Sheets API
 * (writePath.ts). Every planned sheet is written under a temporary name, its values, features and charts; only the
 * last step deletes the previous tracker's sheets of the same names and renames the new ones into place. Before
 * Apps Script's 6-minute limit the run stops and checkpoints its progress in the document properties; the next
 * call with the same plan continues there. A failure removes the temporary sheets, leaving the previous tracker as
 * it was. Sheets not in the plan are never touched.
 */
import type { WorkbookPlan } from "../../../shared/workbook/plan";
import { activeDocument, type ActiveDocument } from "./activeDocument";
import { sheetsPrint, type BasedOn } from "../../../shared/workbook/basedOn";
import { hash53 } from "../../../shared/import/hash";
import { clearCheckpoint, loadCheckpoint, saveCheckpoint, type Checkpoint } from "./checkpoint";
import { withDocumentLock } from "./documentLock";
import { readSpreadsheetGrids } from "./readSpreadsheetGrids";
import { sheetsApiPath } from "./sheetsApi/sheetsApiPath";
import { spreadsheetAppPath } from "./spreadsheetAppPath";
import type { BlockLimits } from "./valueBlocks";
import type { Step, WritePath } from "./writePath";

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
  /** How the values are cut into steps (each path has its own default). */
  readonly blockLimits?: BlockLimits;
  /** Kept in the checkpoint for the caller to rebuild the same plan when continuing. */
  readonly context?: Readonly<Record<string, string>>;
  /**
   * The tracker sheets the plan was made from, as read: compared again under the lock just before the swap. If
   * someone changed them since, the run ends with nothing replaced (TrackerChangedError) instead of overwriting
   * their edit with a plan that did not see it; reading and planning again takes it in.
   */
  readonly basedOn?: BasedOn;
}

export class TrackerChangedError extends Error {
  constructor() {
    super("The tracker was changed while the new one was being written; nothing was replaced. Run it again to include the change.");
    this.name = "TrackerChangedError";
  }
}

export type ApplyResult =
  | { readonly status: "done"; readonly steps: number; readonly total: number }
  | { readonly status: "paused"; readonly done: number; readonly total: number };

function tempNames(count: number, taken: readonly string[]): string[] {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  let run = 0;
  while (Array.from({ length: count }, (_, i) => `${TEMP_PREFIX}${run}-${i}`).some((n) => lower.has(n.toLowerCase()))) run++;
  return Array.from({ length: count }, (_, i) => `${TEMP_PREFIX}${run}-${i}`);
}

/** The Sheets API when the deployment enabled the Advanced Sheets service. */
const writePath = (doc: ActiveDocument): WritePath => (doc.api ? sheetsApiPath(doc.ss, doc.api, doc.id()) : spreadsheetAppPath(doc.ss));

/**
 * The checkpoint to go on from, or a new one (removing what a different or lost run left behind) and whether the
 * document properties hold one. A new one is saved only if the run pauses: a run that ends in one execution costs
 * no property writes, and one cut short without a checkpoint starts over, its temporary sheets found by their names.
 */
function startingPoint(path: WritePath, props: GoogleAppsScript.Properties.Properties, print: string, sheetCount: number, context: Readonly<Record<string, string>>): { checkpoint: Checkpoint; stored: boolean } {
  const saved = loadCheckpoint(props);
  if (saved && saved.fingerprint === print && saved.temp.length === sheetCount) return { checkpoint: saved, stored: true };
  const names = path.titles();
  const leftovers = [...(saved?.temp ?? []), ...names.filter((n) => TEMP_NAME.test(n))];
  path.remove([...new Set(leftovers)].filter((n) => names.includes(n)));
  return { checkpoint: { fingerprint: print, temp: tempNames(sheetCount, names), done: 0, context }, stored: saved !== null };
}

/** Under the lock: the plan's record sheets as they are now against the print they were planned from. */
function assertUnchanged(path: WritePath, doc: ActiveDocument, based: BasedOn): void {
  const present = new Set(path.titles());
  const names = based.sheets.filter((n) => present.has(n));
  const grids = names.length > 0 ? readSpreadsheetGrids({ sheets: names }, doc).sheets : [];
  if (sheetsPrint(based.sheets, grids) !== based.print) throw new TrackerChangedError();
}

function refuseKept(plan: WorkbookPlan, keep: readonly string[] = []): void {
  const kept = plan.sheets.find((s) => keep.some((k) => k.toLowerCase() === s.name.toLowerCase()));
  if (kept) throw new Error(`The plan would replace the sheet "${kept.name}", which must be kept.`);
}

/** The checkpoint a paused run left, if any (for the caller to rebuild the same plan). */
export function pendingCheckpoint(doc: ActiveDocument = activeDocument()): Checkpoint | null {
  return loadCheckpoint(doc.props());
}

/** Abandons a paused run: its temporary sheets are removed and its checkpoint cleared; the tracker is as before. */
export function discardPending(): void {
  withDocumentLock(() => {
    const doc = activeDocument();
    const saved = loadCheckpoint(doc.props());
    if (!saved) return;
    writePath(doc).remove(saved.temp);
    clearCheckpoint(doc.props());
  });
}

export function applyPlan(plan: WorkbookPlan, options: ApplyOptions = {}, doc?: ActiveDocument): ApplyResult {
  const now = options.now ?? (() => Date.now());
  const startedAt = options.startedAt ?? now();
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  refuseKept(plan, options.keep);
  return withDocumentLock(() => {
    const active = doc ?? activeDocument();
    const props = active.props();
    const path = writePath(active);
    const { checkpoint, stored } = startingPoint(path, props, hash53(JSON.stringify(plan)), plan.sheets.length, options.context ?? {});
    const steps = path.steps(plan, checkpoint.temp, checkpoint.done > 0, options.blockLimits);
    try {
      let [longest, perCall] = [0, 0];
      for (let s = checkpoint.done; s < steps.length; s++) {
        const elapsed = now() - startedAt;
        const next = steps[s] as Step;
        if (s > checkpoint.done && (elapsed > budget || elapsed + Math.max(longest, perCall * next.calls) * 1.5 > HARD_LIMIT_MS)) {
          saveCheckpoint(props, { ...checkpoint, done: s });
          return { status: "paused", done: s, total: steps.length };
        }
        if (s === steps.length - 1 && options.basedOn) assertUnchanged(path, active, options.basedOn);
        next.run();
        const took = now() - startedAt - elapsed;
        [longest, perCall] = [Math.max(longest, took), Math.max(perCall, took / next.calls)];
      }
    } catch (error) {
      path.remove(checkpoint.temp);
      if (stored) clearCheckpoint(props);
      throw error;
    }
    if (stored) clearCheckpoint(props);
    return { status: "done", steps: steps.length - checkpoint.done, total: steps.length };
  });
}

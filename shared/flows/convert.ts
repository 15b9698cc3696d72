/**
 * Convert, as a task pane or sidebar runs it: the chosen sheet of the user's workbook (never modified) into the
 * tracker sheets of the same workbook, updating the tracker already there instead of adding a second one.
 */
import type { SourceFile } from "../grid/grid";
import type { MappingOverride } from "../import/columnMapping";
import type { SheetMapping } from "../import/readTable";
import type { ImportDiff } from "../import/upsert";
import { isTrackerWorkbook } from "../import/trackerWorkbook";
import type { Lang } from "../model/codes";
import { track } from "../track/track";
import type { WorkbookPlan } from "../workbook/plan";
import { previewRows } from "./previewRows";
import { issueCounts, type IssueCounts } from "./issueCounts";
import { sheetOf, trackerPlan } from "./trackerPlan";

export interface RunMeta {
  readonly lang: Lang;
  /** ISO timestamp for the log (hosts read the clock, the core does not). */
  readonly now: string;
  readonly by: string;
}

export interface ConvertRequest extends RunMeta {
  /** Every sheet of the open workbook, as the host read it. */
  readonly workbook: SourceFile;
  readonly sheet: string;
  readonly overrides?: readonly MappingOverride[];
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ConvertAnalysis {
  /** The sheet converted, or the file imported. */
  readonly sheet: string;
  /** How the sheet's columns were read (null when no recommendations table was found in it). */
  readonly mapping: SheetMapping | null;
  /** The Recommendations sheet's header and first rows, as they will be stored. */
  readonly preview: string[][];
  readonly recommendations: number;
  readonly activities: number;
  readonly issues: IssueCounts;
  /** Against the tracker already in the workbook; null when there is none yet. */
  readonly diff: ImportDiff | null;
  readonly plan: WorkbookPlan;
}

const PREVIEW_ROWS = 5;

export function analyseConvert(req: ConvertRequest): ConvertAnalysis {
  const grid = req.workbook.sheets.find((s) => s.name === req.sheet);
  if (!grid) throw new Error(`no sheet "${req.sheet}" in ${req.workbook.file}`);
  const existing = isTrackerWorkbook(req.workbook) ? req.workbook : null;
  return analyse({ file: req.workbook.file, sheets: [grid] }, existing, req, req.sheet);
}

export interface ImportRequest extends RunMeta {
  /** The open workbook, which holds the tracker. */
  readonly workbook: SourceFile;
  /** The export picked (a UHRI or UPR Info .xlsx, or any tracker-like workbook), every sheet of it. */
  readonly imported: SourceFile;
  readonly overrides?: readonly MappingOverride[];
  readonly onProgress?: (done: number, total: number) => void;
}

/** An export into the tracker already in the workbook (upsert, diff first); null when there is no tracker yet. */
export function analyseImport(req: ImportRequest): ConvertAnalysis | null {
  if (!isTrackerWorkbook(req.workbook)) return null;
  return analyse(req.imported, req.workbook, req, req.imported.file);
}

function analyse(source: SourceFile, into: SourceFile | null, req: RunMeta & Pick<ConvertRequest, "overrides" | "onProgress">, label: string): ConvertAnalysis {
  const result = track([source], {
    lang: req.lang,
    asOf: req.now.slice(0, 10),
    now: req.now,
    by: req.by,
    overrides: req.overrides ?? [],
    into,
    ...(req.onProgress ? { onProgress: req.onProgress } : {}),
  });
  const plan = trackerPlan(result, req, into);
  return {
    sheet: label,
    mapping: result.mapping.find((m) => m.file === source.file && m.kind !== "tracker") ?? null,
    preview: previewRows(sheetOf(plan, "recommendations"), PREVIEW_ROWS),
    recommendations: result.recommendations.length,
    activities: result.recommendations.reduce((n, r) => n + r.activities.length, 0),
    issues: issueCounts(result.issues),
    diff: result.diff,
    plan,
  };
}

/**
 * What a task pane needs from its host (Excel, Sheets) and from the engine, as interfaces: the views call these
 * and never Office.js or Apps Script themselves, so the same views serve every host.
 */
import type { SourceFile } from "../shared/grid/grid";
import type { Lang } from "../shared/model/codes";
import type { CellTarget, ConvertAnalysis, ConvertRequest, Dashboard, Decisions, Fix, PacksCheck, SheetHighlights, SuggestionReview, TrackerIssue, Validation } from "../shared/flows";
import type { ChangesRequest, ExportRequest, HistoryProblem, InstitutionReminder, RemindersRequest, SnapshotChanges, SnapshotRequest, SnapshotTaken } from "../shared/flows";
import type { PlanCell, WorkbookPlan } from "../shared/workbook/plan";

export type Progress = (done: number, total: number) => void;

export interface PaneHost {
  /** The UI language (from the host's display language). */
  readonly lang: Lang;
  /** Who the tracker's log names for changes made here. */
  readonly user: string;
  /** Where the host cannot tell who the user is (Office.js), the name they give for the log; absent where it can (Sheets). */
  setUser?(name: string): void;
  /** ISO timestamp; the core never reads the clock. */
  now(): string;
  readWorkbook(onProgress: Progress): Promise<SourceFile>;
  activeSheet(): Promise<string | null>;
  /** Writes the plan's sheets; a cancel or a failure leaves the workbook as it was. */
  applyPlan(plan: WorkbookPlan, options: { keep: readonly string[]; onProgress: Progress; signal: AbortSignal }): Promise<void>;
  goTo(target: CellTarget): Promise<void>;
  writeCell(target: CellTarget, value: PlanCell, dateFormat: string): Promise<void>;
  /** Clears old issue fills in the tracker tables and paints the current ones. */
  paintHighlights(sheets: readonly SheetHighlights[]): Promise<void>;
  /** Opens an .xlsx as a new workbook the user saves; absent where the host cannot (then the pane offers downloads only). */
  openWorkbook?(file: string, bytes: Uint8Array): Promise<void>;
}

/** A file the user picked, as bytes (read in the pane, never uploaded). */
export interface PackFile {
  readonly file: string;
  readonly bytes: ArrayBuffer;
}

/** One institution's pack, written: what the pane lists, downloads or opens. */
export interface SplitPack {
  readonly file: string;
  readonly institution: string;
  readonly recommendations: number;
  readonly activities: number;
  readonly bytes: Uint8Array<ArrayBuffer>;
}

type Meta = { readonly lang: Lang; readonly now: string; readonly by: string };

/** The engine, off the UI thread: every call can be cancelled, which rejects it with CancelledError. */
export interface Engine {
  /** The sheets the user may convert (not the tracker's own). */
  sources(workbook: SourceFile): Promise<string[]>;
  convert(req: Omit<ConvertRequest, "onProgress">, onProgress: Progress): Promise<ConvertAnalysis>;
  validate(req: Meta & { readonly workbook: SourceFile }): Promise<Validation | null>;
  fix(req: Meta & { readonly workbook: SourceFile }, issue: TrackerIssue): Promise<Fix | null>;
  dashboard(req: Meta & { readonly workbook: SourceFile; readonly asOf: string }): Promise<Dashboard | null>;
  /** The tracker's clusters, the clusters and tags suggested for its recommendations; null when the workbook has no tracker. */
  reviewSuggestions(req: Meta & { readonly workbook: SourceFile }): Promise<SuggestionReview | null>;
  /** The tracker with the user's decisions on suggestions written in and logged. */
  acceptSuggestions(req: Meta & { readonly workbook: SourceFile; readonly decisions: Decisions }): Promise<WorkbookPlan | null>;
  /** Reads the export picked and analyses it into the tracker in the workbook; null when there is none. */
  importFile(req: Meta & { readonly workbook: SourceFile; readonly file: PackFile; readonly overrides: ConvertRequest["overrides"] }, onProgress: Progress): Promise<ConvertAnalysis | null>;
  /** Reads the pack files picked and checks them against the tracker; null when the workbook has no tracker. */
  checkPacks(req: Meta & { readonly workbook: SourceFile; readonly packs: readonly PackFile[] }): Promise<PacksCheck | null>;
  /**
   * One pack per institution the tracker names (none when it names none), in `packLang` (else the tracker's language),
   * due back by `deadline` (an ISO day); null when the workbook has no tracker.
   */
  splitPacks(req: Meta & { readonly workbook: SourceFile; readonly packLang?: Lang; readonly deadline?: string }, onProgress: Progress): Promise<SplitPack[] | null>;
  /** The Log sheet's "snapshot" line and the hidden snapshot sheet, to write; null when the workbook has no tracker. */
  takeSnapshot(req: SnapshotRequest): Promise<SnapshotTaken | null>;
  /** The tracker's snapshot dates and what changed since one (the latest when `since` is absent). */
  changesSince(req: ChangesRequest): Promise<SnapshotChanges | HistoryProblem | null>;
  /** Per institution with overdue or soon-due items, a mailto link and an .eml draft. */
  reminders(req: RemindersRequest): Promise<InstitutionReminder[] | HistoryProblem | null>;
  exportCsv(req: ExportRequest): Promise<{ readonly csv: string; readonly count: number } | null>;
  cancel(): void;
}

export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

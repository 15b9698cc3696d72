/**
 * What the test (Node) and the browser-side Office.js fake share: the seed the test puts on the page before it
 * loads, and the inspection handle the fake leaves on the page. Both cross page.evaluate, so they stay JSON-shaped.
 */
import type { FakeExcel, SeedSheet, StoredValue, SyncRecord } from "../excel";
import type { FakeWord, OutlineItem } from "../word";

export interface OfficeSeed {
  /** Which Office application the page runs in; Excel when absent. */
  readonly host?: "Excel" | "Word";
  /** Word only: the drafter's document as plain paragraphs, the cursor in paragraph `cursorAt` (the last by default). */
  readonly document?: { readonly paragraphs: readonly string[]; readonly cursorAt?: number };
  /** Word only: the document's settings (Office.context.document.settings) as saved in the file. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** The user's workbook as the task pane finds it. */
  readonly sheets?: readonly SeedSheet[];
  /** Excel only: Office.context.document.url, where the workbook is saved; "" (never saved) when absent. */
  readonly documentUrl?: string;
  /** Office.context.displayLanguage (the UI language), e.g. "ar-SA"; "en-US" when absent. */
  readonly displayLanguage?: string;
  /** Office.context.contentLanguage (the document's language); the display language when absent. */
  readonly contentLanguage?: string;
  /** The highest supported version of each requirement set, e.g. { ExcelApi: "1.8" }; DEFAULT_REQUIREMENT_SETS when absent. */
  readonly requirementSets?: Readonly<Record<string, string>>;
}

/** window.__nmirfFake: the fake workbook behind Excel.run, for tests to inspect after the pane has worked. */
export interface FakeHandle {
  /** The strict fake itself, for what the helpers below do not cover (e.g. `excel.context.beforeSync` to cancel). */
  readonly excel: FakeExcel;
  sheetNames(): string[];
  /** A sheet's stored values, empty cells as null (holes do not survive page.evaluate reliably). */
  values(sheet: string): (StoredValue | null)[][];
  syncs(): SyncRecord[];
  /** The files Excel.createWorkbook was given, as base64 ("" for a blank workbook), in order. */
  openedWorkbooks(): string[];
}

/**
 * The page's globals the harness reads and writes. test/tsconfig.json has no DOM lib (the Node tests must not see
 * browser globals), so code that runs in the page names only this slice of it.
 */
/** window.__nmirfWord: the fake document behind Word.run, and its saved settings. */
export interface WordHandle {
  readonly word: FakeWord;
  outline(): OutlineItem[];
  textOutsideControls(): string[];
  /** The settings as last saved with saveAsync (what the file would keep). */
  savedSettings(): Record<string, unknown>;
  syncs(): SyncRecord[];
}

export interface PageGlobals {
  __nmirfSeed?: OfficeSeed;
  __nmirfFake?: FakeHandle;
  __nmirfWord?: WordHandle;
  Word?: unknown;
  Office?: unknown;
  Excel?: unknown;
  OfficeExtension?: unknown;
}

/** The performance measure the browser fake names the host's own work with (Excel's, done in its own process). */
export const HOST_WORK = "fake-excel-host";

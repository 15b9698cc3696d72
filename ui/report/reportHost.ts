/** What the report pane needs from Word (or any document host), and from its worker. */
import type { BuiltSection, LoadedTracker, RebuiltSection } from "../../shared/flows";
import type { Lang } from "../../shared/model/codes";
import type { CodeChoices } from "../../shared/report/codeChoices";
import type { DocumentModel } from "../../shared/report/documentModel";
import type { ReportSpec } from "../../shared/report/reportSpec";

export interface SectionInDocument {
  readonly tag: string;
  readonly title: string;
  readonly locked: boolean;
}

export type SectionOutcome =
  | { readonly status: "refreshed"; readonly title: string; readonly wordsBefore: number; readonly wordsAfter: number; readonly added: number; readonly removed: number }
  | { readonly status: "skipped" | "locked"; readonly title: string };

export interface ReportHost {
  readonly lang: Lang;
  today(): string;
  /** Inserts the section after the paragraph holding the cursor, and keeps a spec too long for its tag beside the document. */
  insertSection(section: BuiltSection): Promise<void>;
  sections(): Promise<SectionInDocument[]>;
  /** Specs kept beside the document for sections whose tag holds only a hash. */
  storedSpecs(): Promise<Record<string, ReportSpec>>;
  /** Rewrites every section that has a model (by its current tag); the text around them is never touched. */
  refreshSections(models: ReadonlyMap<string, DocumentModel>, specs: readonly ReportSpec[]): Promise<SectionOutcome[]>;
}

/** The tracker summary the pane shows, with the codes its filters offer (the records stay in the worker). */
export type TrackerSummary = Omit<LoadedTracker, "recommendations" | "log" | "choices"> & {
  readonly count: number;
  readonly choices: LoadedTracker["choices"] & CodeChoices;
};

export interface ReportEngine {
  /** Reads the tracker file; null when it is not a tracker; rejects with a translated message when it cannot be read. */
  loadTracker(file: string, bytes: ArrayBuffer, today: string, lang: Lang): Promise<TrackerSummary | null>;
  buildSection(request: Omit<ReportSpec, "dataDate">): Promise<BuiltSection>;
  rebuildSections(tags: readonly string[], specs: Readonly<Record<string, ReportSpec>>): Promise<RebuiltSection[]>;
  cancel(): void;
}

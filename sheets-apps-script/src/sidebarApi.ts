/**
 * The calls the sidebar makes with `google.script.run`, typed once for both sides: the server (index.ts declares
 * each as a top-level function) and the page (sheetsHost.ts). Arguments and results are plain data only:
 * `google.script.run` refuses Dates and functions, which is why a date cell travels as `{kind:"date", serial}`.
 */
import type { CellTarget, SheetHighlights } from "../../shared/flows";
import type { SourceFile } from "../../shared/grid/grid";
import type { BasedOn } from "../../shared/workbook/basedOn";
import type { Lang } from "../../shared/model/codes";
import type { PlanCell, WorkbookPlan } from "../../shared/workbook/plan";
import type { TabName } from "../../ui/shell/tabs";

export interface SidebarUser {
  readonly lang: Lang;
  /** The email where the domain shares it, otherwise "unknown user" in the user's language. */
  readonly user: string;
  /** The pane's tab the menu item asked for (Clusters and tags, Import), or null for the first. */
  readonly tab: TabName | null;
}

/** One execution's share of a plan: when not finished, the sidebar calls again to go on from the checkpoint. */
export interface ApplyProgress {
  readonly finished: boolean;
  readonly done: number;
  readonly total: number;
}

export interface SidebarServer {
  sidebarUser(): SidebarUser;
  /** Every sheet but the add-on's snapshot; first logs the edits made in the tracker since the last refresh. */
  sidebarReadWorkbook(): SourceFile;
  sidebarActiveSheet(): string | null;
  /**
   * A tracker plan is written with the snapshot of its records the next refresh compares with; `basedOn`, the
   * tracker sheets the pane planned from, must still be as read when the new ones replace them (else an Error
   * saying so, in the user's language, and nothing replaced).
   */
  sidebarApplyPlan(plan: WorkbookPlan, keep: readonly string[], basedOn: BasedOn): ApplyProgress;
  /** Removes what a paused, now cancelled, run wrote, leaving the spreadsheet as it was. */
  sidebarDiscardPlan(): void;
  sidebarGoTo(target: CellTarget): void;
  sidebarWriteCell(target: CellTarget, value: PlanCell, dateFormat: string): void;
  sidebarPaintHighlights(sheets: readonly SheetHighlights[]): void;
}

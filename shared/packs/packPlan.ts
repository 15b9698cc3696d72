/** The plan of an institution pack: the tracker's WorkbookPlan shape, with pack sheet roles and per-sheet protection. */
import type { SheetPlan, WorkbookPlan } from "../workbook/plan";
import type { Area } from "../workbook/plan";

export const PACK_SHEET_ROLES = ["instructions", "recommendations", "activities", "lists", "info"] as const;
export type PackSheetRole = (typeof PACK_SHEET_ROLES)[number];

/** A protected sheet: every cell is locked except those in `editable` (no password: it guides, it does not secure). */
export interface SheetProtection {
  readonly editable: readonly Area[];
}

export interface PackSheetPlan extends Omit<SheetPlan, "role"> {
  readonly role: PackSheetRole;
  /** Null: the sheet is left unprotected. */
  readonly protection: SheetProtection | null;
}

export interface PackPlan extends Omit<WorkbookPlan, "sheets"> {
  readonly sheets: readonly PackSheetPlan[];
}

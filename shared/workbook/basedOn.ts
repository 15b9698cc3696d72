/**
 * What a tracker plan was made from: the tracker's own sheets as they were read. A host that cannot hold a lock from
 * reading to writing (a shared Google Sheet, where others edit meanwhile) compares them again just before replacing
 * them, so that an edit made in between is never overwritten by a plan that did not see it.
 */
import type { Grid, SourceFile } from "../grid/grid";
import { hash53 } from "../import/hash";
import type { SheetRole, WorkbookPlan } from "./plan";

/** The sheets a tracker is read back from; the others are planned anew from them each time. */
export const RECORD_ROLES: readonly SheetRole[] = ["settings", "recommendations", "activities", "log", "longTexts"];

export interface BasedOn {
  /** The plan's record sheets, by name (one not in the workbook when read counts as absent). */
  readonly sheets: readonly string[];
  readonly print: string;
}

/** The print of those sheets' cells among the grids read (absent ones included as such). */
export const sheetsPrint = (names: readonly string[], grids: readonly Grid[]): string =>
  hash53(JSON.stringify(names.map((name) => grids.find((g) => g.name === name)?.rows ?? null)));

export function basedOn(plan: WorkbookPlan, read: SourceFile): BasedOn {
  const sheets = plan.sheets.filter((s) => RECORD_ROLES.includes(s.role)).map((s) => s.name);
  return { sheets, print: sheetsPrint(sheets, read.sheets) };
}

/// <reference types="google-apps-script" />
/**
 * Range protections over each institution's rows. Warning-only: anyone may edit, after Sheets warns them. Strict:
 * only the institution's focal points (and the spreadsheet's owner and the user running this, whom Sheets always
 * keeps) may edit. Every protection the add-on adds is described with a prefix, so a re-run removes exactly its
 * own before adding new ones and never touches the protections people set by hand.
 */
import { editorsOf, type FocalPoints } from "./focalPoints";
import type { InstitutionRun } from "./institutionRuns";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type ProtectionMode = "warning" | "strict";

export const PROTECTION_PREFIX = "nmirf: ";

/** Removes the add-on's protections on the sheet; returns how many. */
export function removeRowProtections(sheet: Sheet): number {
  const ours = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).filter((p) => p.getDescription().startsWith(PROTECTION_PREFIX));
  for (const p of ours) p.remove();
  return ours.length;
}

export interface Protected {
  readonly protections: number;
  /** Strict mode: institutions with no focal point listed, whose rows only the owner and the secretariat may edit. */
  readonly withoutFocalPoints: readonly string[];
}

export function protectRuns(sheet: Sheet, runs: readonly InstitutionRun[], width: number, mode: ProtectionMode, points: FocalPoints): Protected {
  const missing = new Set<string>();
  for (const run of runs) {
    const protection = sheet.getRange(run.top, 1, run.bottom - run.top + 1, width).protect().setDescription(PROTECTION_PREFIX + run.institutions.join("; "));
    if (mode === "warning") {
      protection.setWarningOnly(true);
      continue;
    }
    const editors = editorsOf(points, run.institutions);
    if (editors.length === 0) run.institutions.forEach((i) => missing.add(i));
    protection.removeEditors(protection.getEditors());
    if (editors.length > 0) protection.addEditors(editors);
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
  }
  return { protections: runs.length, withoutFocalPoints: [...missing] };
}

/**
 * The focal points' emails by institution, from the optional "Focal points" sheet the secretariat keeps: a header
 * row, then an institution in column A and its focal points' emails in column B (separated by ";", "," or spaces).
 * Names are compared without case or accents. Pure over the sheet as read.
 */
import { cellText } from "../../../shared/grid/cellText";
import type { Grid } from "../../../shared/grid/grid";
import { fold } from "../../../shared/vocab/text";

const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;

export type FocalPoints = ReadonlyMap<string, readonly string[]>;

export function readFocalPoints(grid: Grid | undefined): FocalPoints {
  const map = new Map<string, string[]>();
  for (const row of grid?.rows.slice(1) ?? []) {
    const institution = fold(cellText(row[0]));
    const emails = cellText(row[1]).split(/[;,\s]+/).filter((e) => EMAIL.test(e));
    if (institution !== "" && emails.length > 0) map.set(institution, [...(map.get(institution) ?? []), ...emails]);
  }
  return map;
}

/** Everyone who may edit rows of these institutions; empty when none of them has a focal point listed. */
export const editorsOf = (points: FocalPoints, institutions: readonly string[]): string[] =>
  [...new Set(institutions.flatMap((i) => points.get(fold(i)) ?? []))];

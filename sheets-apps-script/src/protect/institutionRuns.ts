/**
 * Which rows of the Recommendations sheet belong to which institutions, as runs of consecutive rows with the same
 * institutions: a range protection covers one rectangle, so each run is one protection, and the count grows with
 * how often the institution changes down the sheet, not with the rows. Pure.
 */
import { splitList, fold } from "../../../shared/vocab/text";

export interface InstitutionRun {
  /** 1-based sheet rows, inclusive. */
  readonly top: number;
  readonly bottom: number;
  /** As written in the first row of the run. */
  readonly institutions: readonly string[];
}

/** `cells[i]` is the institutions cell of sheet row i + 2 (under the header); rows with none are left unprotected. */
export function institutionRuns(cells: readonly string[]): InstitutionRun[] {
  const runs: InstitutionRun[] = [];
  let open: { top: number; bottom: number; institutions: string[]; key: string } | null = null;
  cells.forEach((cell, i) => {
    const institutions = splitList(cell);
    const key = institutions.map(fold).sort().join("\u0000");
    const row = i + 2;
    if (open && key === open.key && row === open.bottom + 1) {
      open.bottom = row;
      return;
    }
    if (open) runs.push(open);
    open = key === "" ? null : { top: row, bottom: row, institutions, key };
  });
  if (open) runs.push(open);
  return runs.map(({ top, bottom, institutions }) => ({ top, bottom, institutions }));
}

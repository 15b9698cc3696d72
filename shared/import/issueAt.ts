/** Builds issues located at a draft's cell, so every message points at the file, sheet and cell. */
import type { Severity } from "../model/codes";
import type { Issue } from "../model/issue";
import { cellAddress } from "../grid/address";
import type { DraftCell } from "./draft";

export interface Place {
  readonly file: string;
  readonly sheet: string | null;
}

export function issueAt(
  place: Place,
  at: DraftCell | null,
  severity: Severity,
  code: string,
  params: Issue["params"] = {},
  extra: { field?: string; suggestion?: string | null } = {},
): Issue {
  return {
    severity,
    code,
    params,
    file: place.file,
    sheet: place.sheet,
    cell: at ? cellAddress(at.row - 1, at.col) : null,
    row: at?.row ?? null,
    recordId: null,
    field: extra.field ?? null,
    suggestion: extra.suggestion ?? null,
  };
}

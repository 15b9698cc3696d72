/** Builds the reader's problem entries, located on the workbook's own cells. */
import { cellAddress } from "../../grid/address";
import type { TrackerProblem, TrackerProblemCode } from "./types";

/** `r` and `c` are 0-based grid indexes; the entry is 1-based like the rest of the issues. */
export const problemAt = (code: TrackerProblemCode, sheet: string, r: number, c: number, field: string, value: string): TrackerProblem => ({
  code,
  sheet,
  row: r + 1,
  col: c + 1,
  cell: cellAddress(r, Math.max(c, 0)),
  field,
  value,
});

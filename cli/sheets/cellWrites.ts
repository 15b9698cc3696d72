/**
 * Which tracker cells a run must write: the planned workbook compared cell by cell with what was read, so a
 * re-run that changes nothing writes nothing, and rows stay where they are (records are matched by Tracker ID).
 */
import { cellAddress } from "../../shared/grid/address";
import type { SheetPlan } from "../../shared/workbook/plan";
import { quoteSheet } from "../../shared/grid/address";
import { planToApi } from "./cells";
import type { ApiValue, ValueWrite } from "./sheetsPort";

export interface CellWrite {
  readonly sheet: string;
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  /** What the first read found there ("" when empty). */
  readonly before: ApiValue;
  readonly value: ApiValue;
}

export const at = (rows: readonly (readonly ApiValue[])[] | undefined, row: number, col: number): ApiValue => rows?.[row]?.[col] ?? "";

export function cellWrites(plan: readonly SheetPlan[], current: ReadonlyMap<string, readonly ApiValue[][]>): CellWrite[] {
  const out: CellWrite[] = [];
  for (const sheet of plan) {
    const now = current.get(sheet.name);
    const height = Math.max(sheet.values.length, now?.length ?? 0);
    for (let row = 0; row < height; row++) {
      const width = Math.max(sheet.values[row]?.length ?? 0, now?.[row]?.length ?? 0);
      for (let col = 0; col < width; col++) {
        const value = planToApi(sheet.values[row]?.[col]);
        const before = at(now, row, col);
        if (value !== before) out.push({ sheet: sheet.name, row, col, before, value });
      }
    }
  }
  return out;
}

/** Groups writes into one range per run of adjacent cells in a row, for one values.batchUpdate. */
export function toValueWrites(writes: readonly CellWrite[]): ValueWrite[] {
  const out: ValueWrite[] = [];
  let run: { w: CellWrite; values: ApiValue[] } | null = null;
  const flush = (): void => {
    if (!run) return;
    const { w, values } = run;
    out.push({ range: `${quoteSheet(w.sheet)}!${cellAddress(w.row, w.col)}:${cellAddress(w.row, w.col + values.length - 1)}`, values: [values] });
  };
  for (const w of writes) {
    if (run && run.w.sheet === w.sheet && run.w.row === w.row && run.w.col + run.values.length === w.col) run.values.push(w.value);
    else {
      flush();
      run = { w, values: [w.value] };
    }
  }
  flush();
  return out;
}

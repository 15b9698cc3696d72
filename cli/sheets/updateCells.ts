/** Value writes expressed as spreadsheets.batchUpdate `updateCells` requests, for tabs created in the same batch. */
import type { ApiValue, ValueWrite } from "./sheetsPort";

const A1_START = /^'((?:[^']|'')*)'!([A-Z]+)(\d+)/;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export const cellData = (v: ApiValue): object =>
  v === "" ? {} : { userEnteredValue: typeof v === "number" ? { numberValue: v } : typeof v === "boolean" ? { boolValue: v } : { stringValue: v } };

export function updateCellsRequests(writes: readonly ValueWrite[], sheetIds: ReadonlyMap<string, number>): object[] {
  return writes.map((w) => {
    const m = A1_START.exec(w.range);
    if (!m) throw new Error(`unexpected range ${w.range}`);
    const sheetId = sheetIds.get(m[1]!.replace(/''/g, "'"));
    if (sheetId === undefined) throw new Error(`no sheet id for ${w.range}`);
    return {
      updateCells: {
        start: { sheetId, rowIndex: Number(m[3]) - 1, columnIndex: columnIndex(m[2]!) },
        rows: w.values.map((row) => ({ values: row.map(cellData) })),
        fields: "userEnteredValue",
      },
    };
  });
}

/** Test drivers: a sample tracker with two institutions, and a focal point's edits written into a pack's grids. */
import type { Cell, SourceFile } from "../../grid/grid";
import type { ActivityId, RecommendationId } from "../../model/tracker";
import { activity, recommendation } from "../../workbook/testing/builders";
import { ACT_COLUMNS, REC_COLUMNS } from "../packLayout";

export const JUSTICE = "Ministère de la Justice";
export const HEALTH = "Ministry of Health";

export const sampleTracker = () => [
  recommendation({ id: "R1" as RecommendationId, text: "Ratify OP-CAT", institutions: [JUSTICE], status: "not_started", progress: 10, comments: "Draft bill", activities: [activity({ id: "R1/A1" as ActivityId, text: "Draft the bill", status: "planned", deadline: "2026-06-30", institution: JUSTICE })] }),
  recommendation({ id: "R2" as RecommendationId, text: "Train judges", institutions: [JUSTICE, HEALTH], status: "in_progress" }),
  recommendation({ id: "R3" as RecommendationId, text: "Vaccinate", institutions: [HEALTH], activities: [activity({ id: "R3/A1" as ActivityId, text: "Campaign", institution: JUSTICE })] }),
  recommendation({ id: "R4" as RecommendationId, text: "Nobody's", institutions: [] }),
];

type Column = (typeof REC_COLUMNS)[number] | (typeof ACT_COLUMNS)[number];

/** Writes `value` in the row whose first cell is `id` (or in the `row`th 1-based row) of the sheet at `index`. */
export function edit(src: SourceFile, sheetIndex: number, rowOrId: string | number, column: Column, value: Cell): SourceFile {
  const keys: readonly string[] = sheetIndex === 1 ? REC_COLUMNS : ACT_COLUMNS;
  const col = keys.indexOf(column);
  const sheets = src.sheets.map((g, i) => {
    if (i !== sheetIndex) return g;
    const r = typeof rowOrId === "number" ? rowOrId - 1 : g.rows.findIndex((row, n) => n > 0 && (sheetIndex === 1 ? row[0] : row[1]) === rowOrId);
    if (r < 0) throw new Error(`no row ${rowOrId}`);
    const rows = g.rows.map((row) => [...row]);
    while (rows.length <= r) rows.push([]);
    const row = rows[r]!;
    while (row.length <= col) row.push(null);
    row[col] = value;
    return { ...g, rows };
  });
  return { ...src, sheets };
}

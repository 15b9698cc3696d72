/**
 * In a table that lists activities under their recommendation, a deadline, institution or status column that is
 * filled on the activity rows describes the activities, not the recommendation: it is read as the activity's.
 */
import { isBlank, type Grid } from "../grid/grid";
import type { Field } from "../model/fields";
import type { ColumnMapping } from "./columnMapping";

const TO_ACTIVITY: Partial<Record<Field, Field>> = {
  deadline: "activityDeadline",
  institutions: "activityInstitution",
  status: "activityStatus",
};
const KEY_FIELDS: ReadonlySet<Field | null> = new Set<Field | null>(["id", "ref", "text", "paragraph"]);

export function fitActivityColumns(grid: Grid, headerRow: number, columns: readonly ColumnMapping[]): ColumnMapping[] {
  const activity = columns.find((c) => c.field === "activity");
  if (!activity) return [...columns];
  const keys = columns.filter((c) => KEY_FIELDS.has(c.field));
  const candidates = columns.filter((c) => c.field && TO_ACTIVITY[c.field] && !columns.some((o) => o.field === TO_ACTIVITY[c.field!]));
  const onActivityRows = new Set<ColumnMapping>();
  for (let r = headerRow + 1; r < grid.rows.length && onActivityRows.size < candidates.length; r++) {
    const row = grid.rows[r] ?? [];
    if (isBlank(row[activity.column]) || keys.some((k) => !isBlank(row[k.column]))) continue;
    for (const c of candidates) if (!isBlank(row[c.column])) onActivityRows.add(c);
  }
  return columns.map((c) => (onActivityRows.has(c) ? { ...c, field: TO_ACTIVITY[c.field!]!, basis: "fuzzy", confidence: Math.min(c.confidence, 0.8) } : c));
}

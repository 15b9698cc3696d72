/** Indexes the Long texts sheet by owner and field, so a cell's continuation and stored values can be found in one lookup. */
import { cellText } from "../../grid/cellText";
import type { Grid } from "../../grid/grid";
import type { SheetRole } from "../plan";

/** Owner key → field → text (parts joined in order). */
export type LongTextIndex = ReadonlyMap<string, ReadonlyMap<string, string>>;

export const ownerKey = (sheet: SheetRole, id: string, activityId: string, logRow: number | null): string =>
  `${sheet}\u0000${id}\u0000${activityId}\u0000${logRow ?? ""}`;

/** Column positions of the Long texts sheet's keys. */
type Cols = Readonly<Record<"sheet" | "id" | "activityId" | "logRow" | "field" | "part" | "text", number>>;

export function longTextIndex(grid: Grid | undefined, keys: readonly string[], roleOf: ReadonlyMap<string, SheetRole>): LongTextIndex {
  const parts = new Map<string, Map<string, { part: number; text: string }[]>>();
  if (!grid) return new Map();
  const col = Object.fromEntries(keys.map((k, i) => [k, i])) as Cols;
  for (const row of grid.rows.slice(1)) {
    const at = (k: keyof Cols): string => cellText(row[col[k]] ?? null);
    const role = roleOf.get(at("sheet"));
    if (!role) continue;
    const logRow = at("logRow") === "" ? null : Number(at("logRow"));
    const key = ownerKey(role, at("id"), at("activityId"), logRow);
    const fields = parts.get(key) ?? new Map<string, { part: number; text: string }[]>();
    const list = fields.get(at("field")) ?? [];
    list.push({ part: Number(at("part")), text: at("text") });
    fields.set(at("field"), list);
    parts.set(key, fields);
  }
  return joinParts(parts);
}

function joinParts(parts: Map<string, Map<string, { part: number; text: string }[]>>): LongTextIndex {
  const index = new Map<string, Map<string, string>>();
  for (const [owner, fields] of parts) {
    const joined = new Map<string, string>();
    for (const [field, list] of fields) joined.set(field, list.sort((a, b) => a.part - b.part).map((p) => p.text).join(""));
    index.set(owner, joined);
  }
  return index;
}

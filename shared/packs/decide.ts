/** The three-way decision for one editable cell of a pack: the value as sent, now in the pack, now in the tracker. */
import { cellText } from "../grid/cellText";
import type { Lang } from "../model/codes";
import { fingerprint } from "./fingerprint";
import type { PackField } from "./packLayout";
import { parseCell } from "./packValues";
import type { PackCell } from "./readPack";

export type Outcome = { kind: "none" } | { kind: "apply"; value: string; old: string } | { kind: "conflict"; value: string; current: string } | { kind: "reject"; key: string; raw: string };

/** The three-way decision for one editable cell: sent (as a fingerprint), now in the pack, now in the tracker. */
export function decide(field: PackField, cell: PackCell | undefined, sent: string | undefined, current: string, lang: Lang): Outcome {
  if (!cell || sent === undefined) return { kind: "none" };
  // A cell still as sent is unchanged, even if reading it would round it differently (0.5 % typed as a fraction).
  const raw = cellText(cell.cell);
  if (fingerprint(field, raw) === sent || fingerprint(field, raw.trim()) === sent) return { kind: "none" };
  const parsed = parseCell(field, cell.cell, lang);
  if (!parsed.ok) return { kind: "reject", key: parsed.key, raw: cellText(cell.cell) };
  const value = parsed.value;
  // An emptied cell never erases a value, as with `track --into`: absence of an answer is not an answer.
  if (value === "" || fingerprint(field, value) === sent || value === current) return { kind: "none" };
  if (fingerprint(field, current) !== sent) return { kind: "conflict", value, current };
  return { kind: "apply", value, old: current };
}

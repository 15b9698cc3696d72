/** Parses the A1 addresses Office.js returns ("'My sheet'!A1:C3,'My sheet'!E5") into 0-based areas. */
import type { MergedArea } from "../../../shared/grid/grid";

/** Splits a RangeAreas address on the commas outside quoted sheet names. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current.trim());
  return parts;
}

function cell(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "Sheet1!B2:D4" → { top: 1, left: 1, bottom: 3, right: 3 }; null for whole rows/columns or a malformed address. */
export function parseArea(address: string): MergedArea | null {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const [from = "", to = from] = local.split(":");
  const a = cell(from);
  const b = cell(to);
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export const mergedAreas = (address: string): MergedArea[] =>
  splitAreas(address).map(parseArea).filter((a): a is MergedArea => a !== null && (a.bottom > a.top || a.right > a.left));

/** A1 addresses as Excel writes and accepts them: "Sheet1!A1:C3", "'My sheet'!$B$2", whole rows "2:5". */
import { columnLetter } from "../../../shared/grid/address";
import type { Area } from "../../../shared/workbook/plan";
import { invalidArgument } from "./errors";

export interface SheetArea {
  readonly sheet: string | null;
  readonly area: Area;
}

/** Excel quotes a sheet name unless it is a plain identifier; a quote inside is doubled. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function areaRef(area: Area): string {
  const from = `${columnLetter(area.left)}${area.top + 1}`;
  const to = `${columnLetter(area.right)}${area.bottom + 1}`;
  return from === to ? from : `${from}:${to}`;
}

export const fullAddress = (sheet: string, area: Area): string => `${quoteSheet(sheet)}!${areaRef(area)}`;

function cellRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) throw invalidArgument(`Bad cell reference "${ref}".`);
  let col = 0;
  for (const ch of (m[1] as string).toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Parses one rectangular address, with or without its sheet. */
export function parseAddress(address: string): SheetArea {
  const bang = address.lastIndexOf("!");
  let sheet: string | null = null;
  if (bang >= 0) {
    const raw = address.slice(0, bang);
    sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  }
  const [from = "", to = from] = address.slice(bang + 1).split(":");
  const a = cellRef(from);
  const b = cellRef(to);
  return { sheet, area: { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) } };
}

/** Reads a returned pack: its info (checked against its checksum) and, per row, the values now in the editable columns. */
import { cellAddress } from "../grid/address";
import { cellText } from "../grid/cellText";
import { isBlank, type Cell, type Grid, type SourceFile } from "../grid/grid";
import { Lang } from "../model/codes";
import { checksum } from "./fingerprint";
import { ACT_COLUMNS, ACT_EDITABLE, FINGERPRINT_ACT, FINGERPRINT_REC, INFO, PACK_MARKER, REC_COLUMNS, REC_EDITABLE, type PackField } from "./packLayout";
import type { PackMeta } from "./packInfo";

/** One editable cell as found in the returned pack. */
export interface PackCell {
  readonly cell: Cell;
  /** "K12", for messages. */
  readonly address: string;
}

export interface PackRowBase {
  readonly sheet: string;
  /** 1-based row in the sheet. */
  readonly row: number;
  readonly recordId: string;
}

export interface PackRecRow extends PackRowBase {
  readonly kind: "rec";
  readonly values: Readonly<Partial<Record<PackField, PackCell>>>;
  readonly sent: Readonly<Partial<Record<PackField, string>>>;
}

export interface PackActRow extends PackRowBase {
  readonly kind: "act";
  readonly activityId: string;
  readonly values: Readonly<Partial<Record<PackField, PackCell>>>;
  readonly sent: Readonly<Partial<Record<PackField, string>>>;
}

/** A row filled in the blank area under the activities. */
export interface PackNewActivity extends PackRowBase {
  readonly text: PackCell;
  readonly idCell: PackCell;
  readonly values: Readonly<Partial<Record<PackField, PackCell>>>;
}

export type PackProblemCode = "packs.notAPack" | "packs.tampered" | "packs.unknownRow";

export interface PackProblem {
  readonly code: PackProblemCode;
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
  readonly params: Readonly<Record<string, string>>;
}

export interface PackRead {
  readonly file: string;
  readonly meta: PackMeta;
  readonly focalPoint: string | null;
  readonly rows: readonly PackRecRow[];
  readonly activities: readonly PackActRow[];
  readonly newActivities: readonly PackNewActivity[];
  /** Rows that could not be matched: reported, never applied. */
  readonly problems: readonly PackProblem[];
}

export type PackReadResult = { readonly ok: true; readonly pack: PackRead } | { readonly ok: false; readonly problem: PackProblem };

const text = (grid: Grid, row: number, col: number): string => cellText(grid.rows[row]?.[col] ?? null);

interface Info {
  readonly values: ReadonlyMap<string, string>;
  readonly rec: ReadonlyMap<string, Record<string, string>>;
  readonly act: ReadonlyMap<string, Record<string, string>>;
}

function readInfo(grid: Grid): Info | null {
  const lines = grid.rows.slice(2).map((r) => r.map((c) => cellText(c)));
  if (text(grid, 1, 0) !== INFO.checksum || checksum(lines) !== text(grid, 1, 1)) return null;
  const values = new Map<string, string>();
  const rec = new Map<string, Record<string, string>>();
  const act = new Map<string, Record<string, string>>();
  for (const l of lines) {
    if (l[0] === FINGERPRINT_REC) rec.set(l[1] ?? "", Object.fromEntries(REC_EDITABLE.map((f, i) => [f, l[3 + i] ?? ""])));
    else if (l[0] === FINGERPRINT_ACT) act.set(`${l[1]}\u0000${l[2]}`, Object.fromEntries(ACT_EDITABLE.map((f, i) => [f, l[3 + i] ?? ""])));
    else values.set(l[0] ?? "", l[1] ?? "");
  }
  return { values, rec, act };
}

function metaOf(info: Info): PackMeta | null {
  const v = (k: string): string => info.values.get(k) ?? "";
  const lang = Lang.safeParse(v(INFO.lang));
  if (!lang.success || v(INFO.institution) === "") return null;
  return { schemaVersion: Number(v(INFO.schemaVersion)), trackerId: v(INFO.trackerId), institution: v(INFO.institution), issuedAt: v(INFO.issuedAt), deadline: v(INFO.deadline) || null, lang: lang.data };
}

/** Columns are fixed by the layout; the header row is not read, so a translated or retyped header does no harm. */
const cellsOf = (grid: Grid, r: number, keys: readonly string[], fields: readonly PackField[]): Partial<Record<PackField, PackCell>> =>
  Object.fromEntries(fields.map((f) => { const c = keys.indexOf(f); return [f, { cell: grid.rows[r]?.[c] ?? null, address: cellAddress(r, c) }]; }));

export function readPack(src: SourceFile): PackReadResult {
  const notAPack: PackReadResult = { ok: false, problem: { code: "packs.notAPack", file: src.file, sheet: "", cell: "", params: { file: src.file } } };
  const infoGrid = src.sheets.find((g) => text(g, 0, 0) === PACK_MARKER);
  if (!infoGrid) return notAPack;
  const info = readInfo(infoGrid);
  const meta = info && metaOf(info);
  const recGrid = src.sheets.find((g) => g.name === info?.values.get(INFO.sheetRecommendations));
  const actGrid = src.sheets.find((g) => g.name === info?.values.get(INFO.sheetActivities));
  if (!info || !meta || !recGrid || !actGrid) {
    return { ok: false, problem: { code: "packs.tampered", file: src.file, sheet: infoGrid.name, cell: "A1", params: { file: src.file, sheet: infoGrid.name } } };
  }
  const problems: PackProblem[] = [];
  const unknown = (grid: Grid, r: number, id: string): void => void problems.push({ code: "packs.unknownRow", file: src.file, sheet: grid.name, cell: cellAddress(r, 0), params: { id } });
  const rows: PackRecRow[] = [];
  for (let r = 1; r < recGrid.rows.length; r++) {
    const id = text(recGrid, r, 0).trim();
    if (id === "") continue;
    const sent = info.rec.get(id);
    if (!sent) unknown(recGrid, r, id);
    else rows.push({ kind: "rec", sheet: recGrid.name, row: r + 1, recordId: id, values: cellsOf(recGrid, r, REC_COLUMNS, REC_EDITABLE), sent });
  }
  const { activities, newActivities } = readActivityRows(actGrid, info, unknown);
  const focal = focalPoint(src, info);
  return { ok: true, pack: { file: src.file, meta, focalPoint: focal, rows, activities, newActivities, problems } };
}

function readActivityRows(grid: Grid, info: Info, unknown: (grid: Grid, r: number, id: string) => void): { activities: PackActRow[]; newActivities: PackNewActivity[] } {
  const activities: PackActRow[] = [];
  const newActivities: PackNewActivity[] = [];
  const col = (k: string) => ACT_COLUMNS.indexOf(k as (typeof ACT_COLUMNS)[number]);
  for (let r = 1; r < grid.rows.length; r++) {
    const recordId = text(grid, r, col("id")).trim();
    const activityId = text(grid, r, col("activityId")).trim();
    const values = cellsOf(grid, r, ACT_COLUMNS, ACT_EDITABLE);
    if (activityId !== "") {
      const sent = info.act.get(`${recordId}\u0000${activityId}`);
      if (!sent) unknown(grid, r, activityId);
      else activities.push({ kind: "act", sheet: grid.name, row: r + 1, recordId, activityId, values, sent });
      continue;
    }
    const filled = (grid.rows[r] ?? []).some((c) => !isBlank(c));
    if (!filled) continue;
    const at = (k: string): PackCell => ({ cell: grid.rows[r]?.[col(k)] ?? null, address: cellAddress(r, col(k)) });
    newActivities.push({ sheet: grid.name, row: r + 1, recordId, idCell: at("id"), text: at("activity"), values });
  }
  return { activities, newActivities };
}

function focalPoint(src: SourceFile, info: Info): string | null {
  const grid = src.sheets.find((g) => g.name === info.values.get(INFO.sheetInstructions));
  const m = /^([A-Z]+)(\d+)$/.exec(info.values.get(INFO.focalPointCell) ?? "");
  if (!grid || !m) return null;
  const col = m[1]!.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const value = text(grid, Number(m[2]) - 1, col).trim();
  return value === "" ? null : value;
}

/** Walks a table's rows: section rows set the context, continuation rows become activities of the record above. */
import { columnLetter } from "../grid/address";
import { cellText } from "../grid/cellText";
import { isBlank, type Cell, type Grid } from "../grid/grid";
import { indexMerges, type MergeIndex } from "../grid/mergeIndex";
import type { Mechanism } from "../model/codes";
import { ACTIVITY_FIELDS, type Field } from "../model/fields";
import { namedMechanism } from "./namedMechanism";
import type { ColumnMapping } from "./columnMapping";
import type { DraftActivity, DraftCell, DraftRecord } from "./draft";

/** Fields that, when present on a row, make it a recommendation of its own rather than a continuation. */
const KEY_FIELDS: readonly Field[] = ["id", "ref", "text", "paragraph"];
const ACTIVITY_SET: ReadonlySet<Field> = new Set(ACTIVITY_FIELDS);

export interface TableContext {
  readonly file: string;
  readonly grid: Grid;
  readonly headerRow: number;
  readonly columns: readonly ColumnMapping[];
  /** The mechanism the sheet's own name suggests ("EPU", "CAT (EN)"). */
  readonly sheetMechanism: Mechanism | null;
  /** Whether section rows are expected (a person's tracker, not an export). */
  readonly sections: boolean;
}

/** What a section row said: a mechanism, or a cluster label. */
export interface SectionRow {
  readonly row: number;
  readonly col: number;
  readonly label: string;
  readonly mechanism: Mechanism | null;
}

export interface TableRead {
  readonly drafts: DraftRecord[];
  readonly sections: SectionRow[];
}

export function rowsToDrafts(ctx: TableContext): TableRead {
  const merges = indexMerges(ctx.grid);
  const hidden = new Set(ctx.grid.hiddenRows ?? []);
  const columns = withUnnamedColumns(ctx);
  const drafts: DraftRecord[] = [];
  const sections: SectionRow[] = [];
  let cluster: string | null = null;
  let mechanism = ctx.sheetMechanism;
  let current: DraftRecord | null = null;

  for (let r = ctx.headerRow + 1; r < ctx.grid.rows.length; r++) {
    const cells = ctx.grid.rows[r] ?? [];
    if (cells.every((c) => isBlank(c))) continue;
    const section = ctx.sections ? readSection(ctx, merges, r, cells) : null;
    if (section) {
      sections.push(section);
      if (section.mechanism) [mechanism, cluster] = [section.mechanism, null];
      else cluster = section.label;
      current = null;
      continue;
    }
    const line = readLine(ctx, merges, columns, r);
    if (current && !KEY_FIELDS.some((f) => line.fields.has(f))) {
      continueRecord(current, line, r);
      continue;
    }
    current = {
      file: ctx.file,
      sheet: ctx.grid.name,
      row: r + 1,
      fields: line.fields,
      extra: line.extra,
      activities: [],
      cluster,
      contextMechanism: mechanism,
      hidden: hidden.has(r),
      leftovers: [],
    };
    addActivity(current, line.activity, r);
    drafts.push(current);
  }
  return { drafts, sections };
}

interface Line {
  readonly fields: Map<Field, DraftCell>;
  readonly activity: Map<Field, DraftCell>;
  readonly extra: Map<string, DraftCell>;
}

interface NamedColumn {
  readonly column: number;
  readonly field: Field | null;
  readonly header: string;
}

/** Columns with data but no header are kept too, named by their letter. */
function withUnnamedColumns(ctx: TableContext): NamedColumn[] {
  let width = ctx.columns.length;
  for (let r = ctx.headerRow + 1; r < ctx.grid.rows.length; r++) width = Math.max(width, ctx.grid.rows[r]?.length ?? 0);
  const out: NamedColumn[] = [];
  for (let c = 0; c < width; c++) {
    const m = ctx.columns[c];
    out.push({ column: c, field: m?.field ?? null, header: m?.header || `(${columnLetter(c)})` });
  }
  return out;
}

function readLine(ctx: TableContext, merges: MergeIndex, columns: readonly NamedColumn[], r: number): Line {
  const line: Line = { fields: new Map(), activity: new Map(), extra: new Map() };
  const cells = ctx.grid.rows[r] ?? [];
  for (const col of columns) {
    const value = valueAt(ctx.grid, merges, cells, r, col);
    if (isBlank(value)) continue;
    const draft: DraftCell = { value, row: r + 1, col: col.column };
    if (!col.field) line.extra.set(col.header, draft);
    else if (ACTIVITY_SET.has(col.field)) line.activity.set(col.field, draft);
    else line.fields.set(col.field, draft);
  }
  return line;
}

/**
 * A cell covered by a vertical merge is blank for the recommendation's own columns (the row continues the
 * record above) but carries the merged value for activity columns (one institution merged over its activities).
 */
function valueAt(grid: Grid, merges: MergeIndex, cells: readonly Cell[], r: number, col: NamedColumn): Cell {
  const own = cells[col.column] ?? null;
  if (!isBlank(own) || !col.field || !ACTIVITY_SET.has(col.field)) return own;
  const area = merges.coveredBy(r, col.column);
  if (!area || area.top === r) return own;
  return grid.rows[area.top]?.[area.left] ?? null;
}

/** A continuation row fills what the record lacks; what it would overwrite becomes a leftover to report. */
function continueRecord(record: DraftRecord, line: Line, r: number): void {
  addActivity(record, line.activity, r);
  for (const [field, cell] of line.fields) {
    if (!record.fields.has(field)) record.fields.set(field, cell);
    else record.leftovers.push({ header: field, cell });
  }
  for (const [header, cell] of line.extra) {
    if (!record.extra.has(header)) record.extra.set(header, cell);
    else record.leftovers.push({ header, cell });
  }
}

/** Activity cells make an activity only where the row names one; a lone deadline or institution is the recommendation's. */
function addActivity(record: DraftRecord, fields: Map<Field, DraftCell>, r: number): void {
  if (fields.size === 0) return;
  if (ACTIVITY_MARKERS.some((f) => fields.has(f))) {
    const activity: DraftActivity = { row: r + 1, fields };
    record.activities.push(activity);
    return;
  }
  for (const [field, cell] of fields) {
    const own = RECORD_FIELD_OF[field] ?? field;
    if (!record.fields.has(own)) record.fields.set(own, cell);
    else if (record.fields.get(own) !== cell) record.leftovers.push({ header: own, cell });
  }
}

const ACTIVITY_MARKERS: readonly Field[] = ["activity", "activityStatus", "activityId"];
const RECORD_FIELD_OF: Partial<Record<Field, Field>> = {
  activityDeadline: "deadline",
  activityInstitution: "institutions",
};

/** A row with one label, merged across most of the table or standing alone in its first columns. */
function readSection(ctx: TableContext, merges: MergeIndex, r: number, cells: readonly Cell[]): SectionRow | null {
  const filled = cells.map((c, i) => [c, i] as const).filter(([c]) => !isBlank(c));
  if (filled.length !== 1) return null;
  const [value, col] = filled[0]!;
  if (typeof value !== "string") return null;
  const width = Math.max(ctx.columns.length, 2);
  const area = merges.startingAt(r, col);
  const wide = area !== undefined && area.bottom === r && area.right - area.left + 1 >= Math.max(2, width / 2);
  const field = ctx.columns[col]?.field;
  const leading = col <= 1 && field !== "text" && !(field && ACTIVITY_SET.has(field)) && /\p{L}{3,}.*\s/u.test(value);
  if (!wide && !leading) return null;
  const label = cellText(value).trim();
  return { row: r + 1, col, label, mechanism: namedMechanism(label) };
}

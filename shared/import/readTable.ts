/** One sheet of a user's file → draft records: find the header, recognise the source, map columns, walk rows. */
import { cellText } from "../grid/cellText";
import { isBlank, type Grid } from "../grid/grid";
import { locateHeader } from "../grid/locateHeader";
import type { Field } from "../model/fields";
import type { Issue } from "../model/issue";
import { matchHeader } from "../vocab/headers";
import { namedMechanism } from "./namedMechanism";
import { fitActivityColumns } from "./activityColumns";
import { mapColumns, type ColumnMapping, type MappingOverride } from "./columnMapping";
import type { DraftRecord } from "./draft";
import { issueAt } from "./issueAt";
import { rowsToDrafts } from "./rowsToDrafts";
import { isKnownSourceHeader, recogniseSource, type SourceProfile } from "./sourceKind";

export interface SheetMapping {
  readonly file: string;
  readonly sheet: string;
  /** What produced the table; "tracker" for a workbook this suite wrote. */
  readonly kind: SourceProfile["kind"] | "tracker";
  /** 1-based header row, or null when no table was found. */
  readonly headerRow: number | null;
  readonly columns: readonly ColumnMapping[];
}

export interface TableDrafts {
  readonly mapping: SheetMapping;
  readonly profile: SourceProfile;
  readonly drafts: DraftRecord[];
  readonly issues: Issue[];
  readonly headerOf: ReadonlyMap<Field, string>;
}

/** The recommendation text is what makes a table a recommendations table. */
const scoreHeader = (header: string): number => {
  if (isKnownSourceHeader(header)) return 1;
  const m = matchHeader(header);
  if (!m) return 0;
  return (m.field === "text" ? 1.5 : 1) * m.confidence;
};

export function readTable(file: string, grid: Grid, overrides: readonly MappingOverride[]): TableDrafts | null {
  const place = { file, sheet: grid.name };
  const header = locateHeader(grid, scoreHeader);
  if (!header) return null;
  const profile = recogniseSource(header.headers);
  const columns = fitActivityColumns(grid, header.row, mapColumns(header.headers, profile, overrides));
  if (!columns.some((c) => c.field === "text")) return null;
  const { drafts, sections } = rowsToDrafts({
    file,
    grid,
    headerRow: header.row,
    columns,
    sheetMechanism: namedMechanism(grid.name),
    sections: profile.kind === "own",
  });
  const issues: Issue[] = [...titleRowIssues(file, grid, header.row), ...mappingIssues(place, header.row, columns)];
  for (const s of sections) {
    if (s.mechanism) issues.push(issueAt(place, { value: s.label, row: s.row, col: s.col }, "info", "section.mechanism", { label: s.label, mechanism: s.mechanism }));
  }
  const headerOf = new Map<Field, string>();
  for (const c of columns) if (c.field) headerOf.set(c.field, c.header);
  const mapping: SheetMapping = { file, sheet: grid.name, kind: profile.kind, headerRow: header.row + 1, columns };
  return { mapping, profile, drafts, issues, headerOf };
}

/** Title rows above the header are not data, but their text is reported so nothing vanishes unseen. */
function titleRowIssues(file: string, grid: Grid, headerRow: number): Issue[] {
  const issues: Issue[] = [];
  for (let r = 0; r < headerRow; r++) {
    const cells = grid.rows[r] ?? [];
    const col = cells.findIndex((c) => !isBlank(c));
    if (col < 0) continue;
    const text = cells.filter((c) => !isBlank(c)).map((c) => cellText(c).trim()).join(" · ");
    issues.push(issueAt({ file, sheet: grid.name }, { value: text, row: r + 1, col }, "info", "sheet.titleRow", { text }));
  }
  return issues;
}

function mappingIssues(place: { file: string; sheet: string }, headerRow: number, columns: readonly ColumnMapping[]): Issue[] {
  return columns
    .filter((c) => c.basis === "fuzzy" || c.basis === "duplicate")
    .map((c) =>
      issueAt(place, { value: c.header, row: headerRow + 1, col: c.column }, "info", `mapping.${c.basis}`, {
        header: c.header,
        field: c.field ?? "",
      }, { suggestion: c.field }),
    );
}

/** How many non-empty cells a sheet has, to say what was left when no table was found. */
export function countFilled(grid: Grid): number {
  let n = 0;
  for (const row of grid.rows) for (const c of row) if (!isBlank(c)) n++;
  return n;
}

/**
 * Google's partial-response `fields` parameter, as the Advanced Sheets fake's `Spreadsheets.get` reads it: parsed,
 * checked against the Spreadsheet schema, and applied to a response so that a field not asked for is not returned.
 *
 * Syntax: selections separated by commas; a selection is a path of field names joined by "/" or "." (the Sheets API
 * takes both), optionally followed by a parenthesised sub-selection, nested to any depth: `spreadsheetId,
 * sheets(properties(sheetId,title),data/rowData/values(effectiveValue,formattedValue))`. `*` selects every field of
 * its level (only as the last name of a path). Spaces around names are ignored.
 */

/** A parsed mask: each selected field, with `true` for everything beneath it or the sub-mask of what is selected in it. */
export type FieldMask = ReadonlyMap<string, FieldMask | true>;
type Building = Map<string, Building | true>;

/** A scalar; a message type modelled by the fake (by name); or an unmodelled message ("?"), whose sub-fields are not checked. */
type FieldType = null | "?" | keyof typeof SCHEMA;

/**
 * The fields of the Spreadsheet schema (@types/google-apps-script sheets_v4) the fake knows, by type. Every real field is
 * listed, so that asking for one the fake does not model is accepted (it is simply absent from the response).
 */
const SCHEMA = {
  Spreadsheet: { developerMetadata: "?", namedRanges: "?", properties: "SpreadsheetProperties", sheets: "Sheet", spreadsheetId: null, spreadsheetUrl: null },
  SpreadsheetProperties: { autoRecalc: null, defaultFormat: "CellFormat", iterativeCalculationSettings: "?", locale: null, timeZone: null, title: null },
  Sheet: {
    bandedRanges: "?", basicFilter: "?", charts: "?", columnGroups: "?", conditionalFormats: "?", data: "GridData", developerMetadata: "?", filterViews: "?",
    merges: "GridRange", properties: "SheetProperties", protectedRanges: "?", rowGroups: "?", tables: "?",
  },
  SheetProperties: { gridProperties: "GridProperties", hidden: null, index: null, rightToLeft: null, sheetId: null, sheetType: null, tabColor: "?", tabColorStyle: "?", title: null },
  GridProperties: { columnCount: null, columnGroupControlAfter: null, frozenColumnCount: null, frozenRowCount: null, hideGridlines: null, rowCount: null, rowGroupControlAfter: null },
  GridData: { columnMetadata: "DimensionProperties", rowData: "RowData", rowMetadata: "DimensionProperties", startColumn: null, startRow: null },
  RowData: { values: "CellData" },
  CellData: {
    dataValidation: "?", effectiveFormat: "CellFormat", effectiveValue: "ExtendedValue", formattedValue: null, hyperlink: null, note: null, pivotTable: "?",
    textFormatRuns: "?", userEnteredFormat: "CellFormat", userEnteredValue: "ExtendedValue",
  },
  ExtendedValue: { boolValue: null, errorValue: "ErrorValue", formulaValue: null, numberValue: null, stringValue: null },
  ErrorValue: { message: null, type: null },
  CellFormat: {
    backgroundColor: "?", backgroundColorStyle: "?", borders: "?", horizontalAlignment: null, hyperlinkDisplayType: null, numberFormat: "NumberFormat", padding: "?",
    textDirection: null, textFormat: "?", textRotation: "?", verticalAlignment: null, wrapStrategy: null,
  },
  NumberFormat: { pattern: null, type: null },
  DimensionProperties: { developerMetadata: "?", hiddenByFilter: null, hiddenByUser: null, pixelSize: null },
  GridRange: { endColumnIndex: null, endRowIndex: null, sheetId: null, startColumnIndex: null, startRowIndex: null },
} as const satisfies Record<string, Record<string, string | null>>;

/** A mask that does not parse: the API's generic refusal. */
const malformed = (): Error => new Error("Request contains an invalid argument.");
const invalid = (name: string): Error => new Error(`Invalid field selection ${name}`);

/** Parses and checks a `fields` mask against the Spreadsheet schema; throws as the API does. */
export function parseFieldMask(text: string): FieldMask {
  let pos = 0;
  const skipSpaces = () => {
    while (text[pos] === " ") pos++;
  };
  const name = (): string => {
    skipSpaces();
    const m = /^(\*|[A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(pos));
    if (!m) throw malformed();
    pos += m[0].length;
    skipSpaces();
    return m[0];
  };
  const list = (): Building => {
    const into: Building = new Map();
    for (;;) {
      const path = [name()];
      while (text[pos] === "/" || text[pos] === ".") {
        pos++;
        path.push(name());
      }
      let sub: Building | true = true;
      if (text[pos] === "(") {
        pos++;
        sub = list();
        if (text[pos] !== ")") throw malformed();
        pos++;
        skipSpaces();
      }
      insert(into, path, sub);
      if (text[pos] !== ",") return into;
      pos++;
    }
  };
  const mask = list();
  if (pos !== text.length) throw malformed();
  check(mask, "Spreadsheet");
  return mask;
}

function insert(into: Building, path: readonly string[], sub: Building | true): void {
  const [head, ...rest] = path as [string, ...string[]];
  const existing = into.get(head);
  if (existing === true) return;
  if (rest.length > 0) {
    const next: Building = existing ?? new Map();
    into.set(head, next);
    insert(next, rest, sub);
  } else if (sub === true || existing === undefined) {
    into.set(head, sub);
  } else {
    for (const [key, value] of sub) insert(existing, [key], value);
  }
}

function check(mask: FieldMask, type: keyof typeof SCHEMA): void {
  const fields: Readonly<Record<string, FieldType>> = SCHEMA[type];
  for (const [name, sub] of mask) {
    if (name === "*") {
      if (sub !== true) throw invalid(name); // the fake takes "*" only as the last name of a path
      continue;
    }
    if (!Object.hasOwn(fields, name)) throw invalid(name);
    const child = fields[name] as FieldType;
    if (sub === true || child === "?") continue;
    if (child === null) throw invalid(`${name}.${[...sub.keys()].join(",")}`);
    check(sub, child);
  }
}

/** Whether the mask selects anything of `path` (a dotted path of fields): the field itself, a parent of it, or a part of it. */
export function selects(mask: FieldMask, path: string): boolean {
  let node: FieldMask | true = mask;
  for (const name of path.split(".")) {
    if (node === true || node.get("*") === true) return true;
    const next: FieldMask | true | undefined = node.get(name);
    if (next === undefined) return false;
    node = next;
  }
  return true;
}

/** The value cut down to what the mask selects; a list keeps every element, an object left empty is dropped. */
export function applyFieldMask<T>(value: T, mask: FieldMask): T {
  return pick(value, mask) as T;
}

function pick(value: unknown, mask: FieldMask): unknown {
  if (Array.isArray(value)) return value.map((v) => pick(v, mask) ?? {});
  if (value === null || typeof value !== "object") return value;
  if (mask.get("*") === true) return value;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of mask) {
    if (!Object.hasOwn(value, key)) continue;
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    const picked = sub === true ? v : pick(v, sub);
    if (picked !== undefined) out[key] = picked;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The fake's values endpoints: `values:batchGet` and `values:batchUpdate`, validated like the real API. */
import { formatA1, parseA1, type A1Range } from "./a1";
import { badRequest } from "./errors";
import { trimRows, type FakeSheet, type FakeSpreadsheet, type FakeValue } from "./store";

type Render = "FORMATTED_VALUE" | "UNFORMATTED_VALUE" | "FORMULA";

function sheetOf(book: FakeSpreadsheet, range: string): { sheet: FakeSheet; r: A1Range } {
  const r = parseA1(range);
  const sheet = r && (r.sheet === null ? book.sheets[0] : book.sheets.find((s) => s.title === r.sheet));
  if (!r || !sheet) throw badRequest(`Unable to parse range: ${range}`);
  return { sheet, r };
}

const render = (v: FakeValue | undefined, how: Render): FakeValue | "" => {
  if (v === undefined) return "";
  if (how !== "FORMATTED_VALUE") return v;
  return typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
};

export function batchGet(book: FakeSpreadsheet, query: URLSearchParams): unknown {
  const ranges = query.getAll("ranges");
  if (ranges.length === 0) throw badRequest("Must specify at least one range.");
  const how = (query.get("valueRenderOption") ?? "FORMATTED_VALUE") as Render;
  if (!["FORMATTED_VALUE", "UNFORMATTED_VALUE", "FORMULA"].includes(how)) throw badRequest(`Invalid value at 'value_render_option' (${how})`);
  const valueRanges = ranges.map((range) => {
    const { sheet, r } = sheetOf(book, range);
    const rows = sheet.rows.slice(r.top, r.bottom === Infinity ? undefined : r.bottom + 1);
    const cut = rows.map((row) => row.slice(r.left, r.right === Infinity ? undefined : r.right + 1).map((c) => render(c, how)));
    const values = trimRows(cut);
    const width = Math.max(1, ...values.map((v) => v.length));
    const shown = formatA1(sheet.title, { top: r.top, left: r.left, bottom: r.top + Math.max(values.length, 1) - 1, right: r.left + width - 1 });
    return values.length > 0 ? { range: shown, majorDimension: "ROWS", values } : { range: shown, majorDimension: "ROWS" };
  });
  return { spreadsheetId: book.spreadsheetId, valueRanges };
}

interface ValueRangeIn {
  range?: unknown;
  values?: unknown;
  majorDimension?: unknown;
}

export function batchUpdateValues(book: FakeSpreadsheet, body: Record<string, unknown>): unknown {
  const input = body.valueInputOption;
  if (input !== "RAW" && input !== "USER_ENTERED") throw badRequest("Invalid valueInputOption: INPUT_VALUE_OPTION_UNSPECIFIED");
  if (!Array.isArray(body.data)) throw badRequest("Invalid JSON payload received. 'data' must be a list.");
  // Validate every range first: the real endpoint rejects the whole request when one range is bad.
  const writes = (body.data as ValueRangeIn[]).map((d) => {
    if (typeof d.range !== "string" || !Array.isArray(d.values)) throw badRequest("Invalid data: each ValueRange needs a range and values.");
    if (d.majorDimension !== undefined && d.majorDimension !== "ROWS") throw badRequest("Only ROWS is supported by this fake.");
    const { sheet, r } = sheetOf(book, d.range);
    const values = d.values as unknown[][];
    if (values.length > (r.bottom === Infinity ? Infinity : r.bottom - r.top + 1)) throw badRequest(`Requested writing within range [${d.range}], but tried writing to row [${r.top + values.length}]`);
    for (const row of values) {
      if (!Array.isArray(row)) throw badRequest("Invalid values: rows must be lists.");
      if (row.length > (r.right === Infinity ? Infinity : r.right - r.left + 1)) throw badRequest(`Requested writing within range [${d.range}], but tried writing to a column beyond it`);
      for (const c of row) if (c !== null && !["string", "number", "boolean"].includes(typeof c)) throw badRequest("Invalid values: cells must be strings, numbers, booleans or null.");
    }
    return { sheet, r, values };
  });
  let cells = 0;
  const responses = writes.map(({ sheet, r, values }) => {
    values.forEach((row, i) =>
      row.forEach((c, j) => {
        // As documented: null leaves the cell as it is; "" empties it.
        if (c === null) return;
        put(sheet, r.top + i, r.left + j, c === "" ? undefined : (c as FakeValue));
        cells++;
      }),
    );
    return { spreadsheetId: book.spreadsheetId, updatedRange: formatA1(sheet.title, { top: r.top, left: r.left, bottom: r.top + values.length - 1, right: r.left + Math.max(1, ...values.map((v) => v.length)) - 1 }) };
  });
  return { spreadsheetId: book.spreadsheetId, totalUpdatedCells: cells, totalUpdatedSheets: new Set(writes.map((w) => w.sheet.title)).size, responses };
}

export function put(sheet: FakeSheet, row: number, col: number, value: FakeValue | undefined): void {
  while (sheet.rows.length <= row) sheet.rows.push([]);
  const cells = sheet.rows[row]!;
  while (cells.length <= col) cells.push(undefined);
  cells[col] = value;
}

/// <reference types="google-apps-script" />
/**
 * A strict fake of the Advanced Sheets service: the `Sheets` global of a project that enabled the Sheets API v4.
 * It acts on the same FakeSpreadsheet as the SpreadsheetApp fake, applies each call all or nothing like the API,
 * and counts and charges every call on the host like any other service call (a read by the cells it returns).
 */
import { utf8Length } from "../../../../shared/text/chunkBySize";
import { columnLetters, parseA1, quoteSheet } from "../../sheetsApi/a1";
import { MAX_CELL_CHARS, type StoredValue } from "../cells";
import type { FakeHost } from "../host";
import type { FakeSheet } from "../sheet";
import { box, only, saveModel, type Batch } from "./grid";
import { applyRequest } from "./requests";
import { getSpreadsheet, type GetArgs } from "./read";
import type { FakeSpreadsheet } from "../spreadsheet";

type Schema = {
  Spreadsheet: GoogleAppsScript.Sheets.Schema.Spreadsheet;
  BatchUpdate: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest;
  BatchUpdateResponse: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse;
  ValuesUpdate: GoogleAppsScript.Sheets.Schema.BatchUpdateValuesRequest;
  ValuesUpdateResponse: GoogleAppsScript.Sheets.Schema.BatchUpdateValuesResponse;
  ValueRange: GoogleAppsScript.Sheets.Schema.ValueRange;
  UpdateValuesResponse: GoogleAppsScript.Sheets.Schema.UpdateValuesResponse;
};

/** The API refuses a request body over 10 MB. */
export const SHEETS_PAYLOAD_LIMIT_BYTES = 10_485_760;

/** The API's name of a call, as GoogleJsonResponseException messages give it. */
const apiName = (name: string): string => name.replace(/^Sheets\.Spreadsheets\.(Values\.)?/, (_, values?: string) => `sheets.spreadsheets.${values ? "values." : ""}`);

const failure = (name: string, message: string): Error => new Error(`GoogleJsonResponseException: API call to ${apiName(name)} failed with error: ${message}`);

export function advancedSheetsService(host: FakeHost, ss: FakeSpreadsheet, locale: () => string) {
  /** Applies a write all or nothing, then charges it by the cells it touched; a refused call is still a counted round trip. */
  function write<T>(name: string, resource: unknown, spreadsheetId: string, run: (batch: Batch) => T): T {
    const undo = saveModel(ss);
    const batch: Batch = { ss, touched: 0 };
    let result: T;
    try {
      const bytes = utf8Length(JSON.stringify(resource) ?? "");
      host.largestRequestBytes = Math.max(host.largestRequestBytes, bytes);
      if (bytes > SHEETS_PAYLOAD_LIMIT_BYTES) throw new Error(`Request payload size exceeds the limit: ${SHEETS_PAYLOAD_LIMIT_BYTES} bytes.`);
      if (spreadsheetId !== ss.id) throw new Error("Requested entity was not found.");
      result = run(batch);
    } catch (e) {
      undo();
      host.call(name);
      throw failure(name, (e as Error).message);
    }
    try {
      host.call(name, batch.touched);
    } catch (e) {
      undo(); // out of time or without permission: the request never reached Sheets
      throw e;
    }
    return result;
  }

  return {
    Spreadsheets: {
      get(spreadsheetId: string, optionalArgs: GetArgs = {}): Schema["Spreadsheet"] {
        const name = "Sheets.Spreadsheets.get";
        let got: ReturnType<typeof getSpreadsheet>;
        try {
          if (spreadsheetId !== ss.id) throw new Error("Requested entity was not found.");
          got = getSpreadsheet(ss, locale(), optionalArgs);
        } catch (e) {
          host.call(name);
          throw failure(name, (e as Error).message);
        }
        host.call(name, got.cells);
        return got.response;
      },

      batchUpdate(resource: Schema["BatchUpdate"], spreadsheetId: string): Schema["BatchUpdateResponse"] {
        return write("Sheets.Spreadsheets.batchUpdate", resource, spreadsheetId, (batch) => {
          only(resource, ["requests"], "request");
          const requests = resource.requests ?? [];
          if (requests.length === 0) throw new Error("Must specify at least one request.");
          return { spreadsheetId: ss.id, replies: requests.map((request, i) => applyRequest(batch, request, i)) };
        });
      },

      Values: {
        batchUpdate(resource: Schema["ValuesUpdate"], spreadsheetId: string): Schema["ValuesUpdateResponse"] {
          return write("Sheets.Spreadsheets.Values.batchUpdate", resource, spreadsheetId, (batch) => {
            only(resource, ["valueInputOption", "data"], "request");
            const option = resource.valueInputOption;
            if (option === undefined) throw new Error("'valueInputOption' is required but not specified");
            if (option === "USER_ENTERED") throw new Error("valueInputOption USER_ENTERED is not modelled by the fake (RAW only).");
            if (option !== "RAW") throw new Error(`Invalid valueInputOption: ${String(option)}`);
            const written = (resource.data ?? []).map((range, k) => writeRange(batch, range, `data[${k}]`));
            const responses = written.map((w) => w.response);
            const total = (key: "updatedRows" | "updatedColumns" | "updatedCells") => responses.reduce((n, r) => n + (r[key] ?? 0), 0);
            return {
              spreadsheetId: ss.id, totalUpdatedRows: total("updatedRows"), totalUpdatedColumns: total("updatedColumns"), totalUpdatedCells: total("updatedCells"),
              totalUpdatedSheets: new Set(written.map((w) => w.sheet)).size, responses,
            };
          });
        },
      },
    },
  };
}

export type FakeAdvancedSheets = ReturnType<typeof advancedSheetsService>;

/** RAW input: strings stay strings (never formulas, numbers or dates), numbers and booleans stay what they are. */
function rawValue(v: unknown, where: string): StoredValue {
  if (typeof v === "string") {
    if (v.length > MAX_CELL_CHARS) throw new Error(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
    return v;
  }
  if (typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v))) return v;
  throw new Error(`Invalid ${where}: ${JSON.stringify(v) ?? typeof v} is not a string, number or boolean.`);
}

/** One ValueRange: its rows may be shorter than the range, never longer; null leaves a cell as it is, as in the API. */
function writeRange(batch: Batch, vr: Schema["ValueRange"], where: string): { sheet: FakeSheet; response: Schema["UpdateValuesResponse"] } {
  only(vr, ["range", "values", "majorDimension"], where);
  if (vr.majorDimension !== undefined && vr.majorDimension !== "ROWS") throw new Error(`${where}: majorDimension ${vr.majorDimension} is not modelled by the fake (ROWS only).`);
  const text = vr.range ?? "";
  const a1 = parseA1(text);
  const sheet = a1 && (a1.sheet === null ? batch.ss.sheets[0] : batch.ss.sheets.find((s) => s.name.toLowerCase() === a1.sheet?.toLowerCase()));
  if (!a1 || !sheet) throw new Error(`Unable to parse range: ${text}`);
  const values: unknown = vr.values ?? [];
  if (!Array.isArray(values) || !values.every(Array.isArray)) throw new Error(`Invalid ${where}.values: a list of rows expected.`);
  const rows = values as unknown[][];
  const height = rows.length;
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  if (a1.top + height - 1 > a1.bottom) throw new Error(`Requested writing within range [${text}], but tried writing to row [${a1.bottom + 2}]`);
  if (a1.left + width - 1 > a1.right) throw new Error(`Requested writing within range [${text}], but tried writing to column [${columnLetters(a1.right + 1)}]`);
  // The range itself must lie in the grid (an open end stops at the data).
  const end = (last: number, start: number, size: number) => (Number.isFinite(last) ? last + 1 : start + Math.max(size, 1));
  box(sheet, a1.top, end(a1.bottom, a1.top, height), a1.left, end(a1.right, a1.left, width));
  let updated = 0;
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = sheet.cellAt(a1.top + r + 1, a1.left + c + 1, true);
      cell.value = rawValue(v, `${where}.values[${r}][${c}]`);
      delete cell.formula;
      updated++;
    }),
  );
  batch.touched += updated;
  const written = height > 0 && width > 0 ? box(sheet, a1.top, a1.top + height, a1.left, a1.left + width).a1() : null;
  const updatedRange = written ? `${quoteSheet(sheet.name)}!${written}` : text;
  return { sheet, response: { spreadsheetId: batch.ss.id, updatedRange, updatedRows: height, updatedColumns: width, updatedCells: updated } };
}

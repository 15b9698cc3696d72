/** The SheetsPort over `@googleapis/sheets`, with its own retries off (the guard retries every method, POST included). */
import { sheets, type sheets_v4 } from "@googleapis/sheets";
import type { ApiValue, SheetsPort, SpreadsheetData } from "./sheetsPort";

export interface GoogleSheetsOptions {
  /** An auth client (ADC or key file); undefined sends no credentials, for the local fake. */
  readonly auth?: sheets_v4.Options["auth"];
  /** The API's root, "https://sheets.googleapis.com/" unless pointed at a fake. */
  readonly rootUrl?: string;
  /** A call with no answer after this long is abandoned (and retried by the guard). */
  readonly timeoutMs: number;
}

type CellData = { effectiveValue?: { stringValue?: string; numberValue?: number; boolValue?: boolean } };

const cellValue = (c: CellData): ApiValue => c.effectiveValue?.stringValue ?? c.effectiveValue?.numberValue ?? c.effectiveValue?.boolValue ?? "";

const DATA_FIELDS = "properties.title,sheets(properties(sheetId,title),data(rowData(values(effectiveValue))))";
const META_FIELDS = "properties.title,sheets(properties(sheetId,title))";

export function googleSheetsPort(opts: GoogleSheetsOptions): SheetsPort {
  const api = sheets({ version: "v4", ...(opts.auth ? { auth: opts.auth } : {}), ...(opts.rootUrl ? { rootUrl: opts.rootUrl } : {}) });
  // Node's own fetch: gaxios would otherwise load node-fetch by a dynamic import, which bundles and test runners refuse.
  const call = { timeout: opts.timeoutMs, retry: false, retryConfig: { retry: 0 }, fetchImplementation: globalThis.fetch };
  return {
    async getSpreadsheet(spreadsheetId, withData): Promise<SpreadsheetData> {
      const res = await api.spreadsheets.get({ spreadsheetId, includeGridData: withData, fields: withData ? DATA_FIELDS : META_FIELDS }, call);
      return {
        title: res.data.properties?.title ?? spreadsheetId,
        sheets: (res.data.sheets ?? []).map((s) => ({
          sheetId: s.properties?.sheetId ?? 0,
          title: s.properties?.title ?? "",
          ...(withData ? { rows: (s.data?.[0]?.rowData ?? []).map((r) => (r.values ?? []).map((c) => cellValue(c as CellData))) } : {}),
        })),
      };
    },
    async batchGet(spreadsheetId, ranges, render) {
      const valueRenderOption = render === "formatted" ? "FORMATTED_VALUE" : "UNFORMATTED_VALUE";
      const res = await api.spreadsheets.values.batchGet({ spreadsheetId, ranges: [...ranges], valueRenderOption }, call);
      return (res.data.valueRanges ?? []).map((vr) => (vr.values ?? []) as ApiValue[][]);
    },
    async updateValues(spreadsheetId, data) {
      await api.spreadsheets.values.batchUpdate({ spreadsheetId, requestBody: { valueInputOption: "RAW", data: data.map((d) => ({ range: d.range, values: d.values })) } }, call);
    },
    async batchUpdate(spreadsheetId, requests) {
      await api.spreadsheets.batchUpdate({ spreadsheetId, requestBody: { requests: [...requests] as sheets_v4.Schema$Request[] } }, call);
    },
  };
}

/// <reference types="google-apps-script" />
/** The spreadsheet's sheets by title and id, as the Sheets API path needs them to address its requests. */
import type { Request } from "./requests";

type Api = GoogleAppsScript.Sheets;

const MAX_SHEET_ID = 2_147_483_647;

/** Read once per execution and kept up to date by the requests sent through it. */
export class Directory {
  private ids: Map<string, number> | null = null;

  constructor(private readonly api: Api, private readonly spreadsheetId: string) {}

  private load(): Map<string, number> {
    if (this.ids) return this.ids;
    const sheets = this.api.Spreadsheets.get(this.spreadsheetId, { fields: "sheets(properties(sheetId,title))" }).sheets ?? [];
    this.ids = new Map(sheets.map((s) => [s.properties?.title ?? "", s.properties?.sheetId ?? 0]));
    return this.ids;
  }

  titles(): string[] {
    return [...this.load().keys()];
  }

  /** Sheets titles are unique whatever their case. */
  find(title: string): number | undefined {
    const lower = title.toLowerCase();
    for (const [t, id] of this.load()) if (t.toLowerCase() === lower) return id;
    return undefined;
  }

  idOf(title: string): number {
    const id = this.find(title);
    if (id === undefined) throw new Error(`The temporary sheet ${title} is missing; run Convert again to start over.`);
    return id;
  }

  /**
   * Ids no sheet uses, for the sheets about to be added (the API refuses a duplicate): after the highest in use, or
   * from 1 again past the API's 32-bit limit (Sheets gives sheets random ids up to it).
   */
  freeIds(count: number): number[] {
    const used = new Set(this.load().values());
    const ids: number[] = [];
    const next = (id: number): number => (id >= MAX_SHEET_ID ? 1 : id + 1);
    for (let id = next(Math.max(0, ...used)); ids.length < count; id = next(id)) if (!used.has(id)) ids.push(id);
    return ids;
  }

  deleteRequests(titles: readonly string[]): Request[] {
    return titles.flatMap((t) => {
      const sheetId = this.find(t);
      return sheetId === undefined ? [] : [{ deleteSheet: { sheetId } }];
    });
  }

  /** Sends the requests and records the sheets they remove, add and rename. */
  batch(requests: readonly Request[]): void {
    if (requests.length === 0) return;
    this.api.Spreadsheets.batchUpdate({ requests: [...requests] }, this.spreadsheetId);
    const ids = this.load();
    for (const r of requests) {
      const gone = r.deleteSheet?.sheetId;
      if (gone !== undefined) for (const [t, id] of ids) if (id === gone) ids.delete(t);
      const added = r.addSheet?.properties;
      if (added?.title !== undefined && added.sheetId !== undefined) ids.set(added.title, added.sheetId);
      const renamed = r.updateSheetProperties?.properties;
      const before = renamed?.title !== undefined ? [...ids].find(([, id]) => id === renamed.sheetId) : undefined;
      if (renamed?.title !== undefined && before) {
        ids.delete(before[0]);
        ids.set(renamed.title, before[1]);
      }
    }
  }

  values(data: GoogleAppsScript.Sheets.Schema.ValueRange[]): void {
    this.api.Spreadsheets.Values.batchUpdate({ valueInputOption: "RAW", data }, this.spreadsheetId);
  }
}

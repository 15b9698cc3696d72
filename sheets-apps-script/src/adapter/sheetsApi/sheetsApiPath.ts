/// <reference types="google-apps-script" />
/**
 * The plan through the Advanced Sheets service, in a handful of calls whatever the row count: one `get` for the
 * sheets' ids, one batchUpdate creating every temporary sheet with all but its values, one Values.batchUpdate per
 * 2 MB of values, and one batchUpdate for the swap, which the API applies atomically: the old tracker and the new
 * one are never half exchanged.
 */
import { columnLetter, quoteSheet } from "../../../../shared/grid/address";
import { trimTrailing } from "../../../../shared/grid/trimEnd";
import { chunkBySize, chunkWithin, MAX_PAYLOAD_BYTES, utf8Length } from "../../../../shared/text/chunkBySize";
import type { WorkbookPlan } from "../../../../shared/workbook/plan";
import { valueBlocks, type BlockLimits, type ValueBlock } from "../valueBlocks";
import { step, type Step, type WritePath } from "../writePath";
import { Directory } from "./directory";
import { blockFormatRequests, chartRequests, layoutRequests, styleRequests, validationRequests, type Request } from "./requests";

type Api = GoogleAppsScript.Sheets;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A block's values without the empty cells ending its rows (a new sheet is empty), under its sheet's A1 range. */
function valueRange(title: string, block: ValueBlock): GoogleAppsScript.Sheets.Schema.ValueRange {
  const values = block.values.map((row) => trimTrailing([...row], ""));
  return { range: `${quoteSheet(title)}!A${block.top + 1}:${columnLetter(block.width - 1)}${block.top + block.values.length}`, values };
}

/**
 * Values in calls of at most 2 MB (the API's advice) and, so a call's time stays predictable, at most this many cells;
 * far beyond SpreadsheetApp's blocks, since one call here replaces a whole sheet's worth of them.
 */
export const API_BLOCK_LIMITS: BlockLimits = { cells: 500_000, bytes: MAX_PAYLOAD_BYTES };

interface Part {
  readonly sheet: number;
  readonly block: ValueBlock;
  readonly range: GoogleAppsScript.Sheets.Schema.ValueRange;
  readonly cells: number;
}

class Steps {
  constructor(private readonly ss: Spreadsheet, private readonly dir: Directory, private readonly temp: readonly string[]) {}

  all(plan: WorkbookPlan, limits: BlockLimits): Step[] {
    const parts = plan.sheets.flatMap((s, sheet) =>
      valueBlocks(s, plan.dateFormat, limits).map((block): Part => ({ sheet, block, range: valueRange(this.temp[sheet] as string, block), cells: block.values.length * block.width })),
    );
    const groups = chunkWithin(parts, (p) => [utf8Length(JSON.stringify(p.range)), p.cells], [limits.bytes, limits.cells]);
    return [this.create(plan, parts), ...groups.map((group) => this.values(group)), this.swap(plan)];
  }

  /**
   * The temporary sheets with everything but their values: layout, number formats (values written RAW keep what they
   * are whatever the format), issue notes, styles, conditional fills and charts. A temporary sheet left by a run
   * stopped mid-step is replaced.
   */
  private create(plan: WorkbookPlan, parts: readonly Part[]): Step {
    const formatCells = parts.reduce((n, p) => n + p.cells, 0);
    return step(1 + formatCells / 1000, () => {
      const ids = this.dir.freeIds(this.temp.length);
      const requests = [
        ...this.dir.deleteRequests(this.temp),
        ...plan.sheets.flatMap((s, i) => layoutRequests(s, ids[i] as number, this.temp[i] as string)),
        ...parts.flatMap((p) => blockFormatRequests(p.block, ids[p.sheet] as number)),
        ...plan.sheets.flatMap((s, i) => [...styleRequests(s, ids[i] as number), ...chartRequests(s, ids[i] as number)]),
      ];
      for (const batch of chunkBySize(requests)) this.dir.batch(batch);
    });
  }

  private values(group: readonly Part[]): Step {
    return step(1 + group.reduce((n, p) => n + p.cells, 0) / 1000, () => this.dir.values(group.map((p) => p.range)));
  }

  /**
   * Old tracker sheets out, the new ones renamed in (hidden where planned), then the dropdowns naming them; and the
   * first visible sheet shown, as after the SpreadsheetApp path (the API has no "active sheet").
   */
  private swap(plan: WorkbookPlan): Step {
    return step(3, () => {
      const ids = plan.sheets.map((_, i) => this.dir.idOf(this.temp[i] as string));
      const planned = new Set(plan.sheets.map((s) => s.name));
      this.dir.batch([
        ...this.dir.deleteRequests(plan.sheets.map((s) => s.name)),
        ...plan.sheets.map((s, i): Request => ({ updateSheetProperties: { properties: { sheetId: ids[i], title: s.name, hidden: s.hidden }, fields: "title,hidden" } })),
        ...plan.sheets.flatMap((s, i) => validationRequests(s, ids[i] as number, planned)),
      ]);
      const first = plan.sheets.find((s) => !s.hidden);
      const shown = first ? this.ss.getSheetByName(first.name) : null;
      if (shown) this.ss.setActiveSheet(shown);
    });
  }
}

export function sheetsApiPath(ss: Spreadsheet, api: Api, spreadsheetId: string): WritePath {
  const dir = new Directory(api, spreadsheetId);
  return {
    titles: () => dir.titles(),
    remove: (names) => dir.batch(dir.deleteRequests(names)),
    steps: (plan, temp, _resumed, limits = API_BLOCK_LIMITS) => new Steps(ss, dir, temp).all(plan, limits),
  };
}

/// <reference types="office-js" />
/**
 * The Excel side of the pane: every workbook call goes through Excel.run and the adapter, a batch per action.
 * Where Excel reports changes (ExcelApi 1.14: `worksheets.onChanged` with `triggerSource`, `onCalculated` with
 * its `address`), the host keeps the workbook it last read and the plans it applied since, and a refresh re-reads
 * only the areas people edited or recalculation changed, in one round trip; a change it cannot place (sheets added,
 * deleted, renamed or moved, rows inserted or deleted, a large paste) or an older Excel means a full read.
 */
import type { CellTarget, SheetHighlights } from "../../../shared/flows";
import type { Lang } from "../../../shared/model/codes";
import type { PaneHost } from "../../../ui/host";
import { applyPlan } from "../adapter/applyPlan";
import { ChangeLog } from "../adapter/changeLog";
import { queueChanges } from "../adapter/readChanges";
import { readWorkbook } from "../adapter/readWorkbookGrids";
import { cellOf } from "../adapter/valueBlocks";
import { base64 } from "../../../shared/text/base64";
import { withChanges, withPlan, type CachedWorkbook } from "./workbookCache";

type IsSetSupported = (set: string, version: string) => boolean;

export function excelHost(opts: { lang: Lang; user: { get(): string; set(name: string): void }; isSetSupported: IsSetSupported; file: string }): PaneHost {
  const { isSetSupported } = opts;
  const canWatch = isSetSupported("ExcelApi", "1.14");
  const log = new ChangeLog();
  let watching = false;
  let cache: CachedWorkbook | null = null;

  const fullRead = (): Promise<CachedWorkbook> => Excel.run(async (context) => {
    if (canWatch && !watching) {
      context.workbook.worksheets.onChanged.add(log.onChanged);
      context.workbook.worksheets.onCalculated.add(log.onCalculated);
    }
    log.take(); // this read sees every change so far; events from now on mark what it may miss
    const read = await readWorkbook(context, { file: opts.file, isSetSupported });
    watching = canWatch;
    return read;
  });

  /** Null when only a full read is right. One batch, sent by Excel.run's closing sync. */
  const changedRead = async (known: CachedWorkbook): Promise<CachedWorkbook | null> => {
    const changes = log.take();
    if (changes.everything) return null;
    try {
      const pending = await Excel.run(async (context) => queueChanges(context, changes.areas));
      return withChanges(known, pending.settle());
    } catch {
      // A sheet deleted since its edit makes the batch fail; the full read that follows surfaces any other failure.
      return null;
    }
  };

  return {
    lang: opts.lang,
    get user() {
      return opts.user.get();
    },
    setUser: (name: string) => opts.user.set(name),
    now: () => new Date().toISOString(),
    readWorkbook: async (onProgress) => {
      onProgress(0, 1);
      const known = cache;
      cache = null;
      cache = (known && watching ? await changedRead(known) : null) ?? (await fullRead());
      onProgress(1, 1);
      return cache.workbook;
    },
    activeSheet: () => Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return sheet.name;
    }),
    applyPlan: async (plan, { keep, onProgress, signal }) => {
      const known = cache;
      cache = null; // what a failed or cancelled run left is read again in full
      const sheets = known ? { sheets: known.sheets.map((s) => s.name) } : {};
      // A task's break first: the pane paints its progress and Cancel before the plan is cut into batches.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const report = await Excel.run((context) => applyPlan(context, plan, { keep, onProgress, signal, isSetSupported, ...sheets }));
      cache = known && withPlan(known, plan, report.sheets);
    },
    goTo: (target: CellTarget) => Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(target.sheet);
      sheet.activate();
      sheet.getRangeByIndexes(target.row, target.col, 1, 1).select();
      await context.sync();
    }),
    writeCell: async (target, value, dateFormat) => {
      try {
        await Excel.run(async (context) => {
          // as applyPlan writes cells: text stays text ("@"), a date is a serial in the tracker's date format
          const [v, format] = cellOf(value, dateFormat);
          const range = context.workbook.worksheets.getItem(target.sheet).getRangeByIndexes(target.row, target.col, 1, 1);
          range.numberFormat = [[format]];
          range.values = [[v]];
          await context.sync();
        });
      } finally {
        // the log skips the pane's own writes, so this one is marked for the next read
        const sheet = cache?.sheets.find((s) => s.name.toLowerCase() === target.sheet.toLowerCase());
        if (sheet) log.mark(sheet.id, { top: target.row, left: target.col, bottom: target.row, right: target.col });
        else cache = null;
      }
    },
    paintHighlights: (sheets: readonly SheetHighlights[]) => Excel.run(async (context) => {
      for (const h of sheets) {
        const sheet = context.workbook.worksheets.getItem(h.sheet);
        if (h.rows > 0 && h.cols > 0) sheet.getRangeByIndexes(1, 0, h.rows, h.cols).format.fill.clear();
        for (const cell of h.cells) sheet.getRangeByIndexes(cell.row, cell.col, 1, 1).format.fill.color = cell.fill;
      }
      await context.sync();
    }),
    // ExcelApi 1.8 opens a file as a new workbook: the way to hand over a pack where the pane cannot download (Mac).
    ...(isSetSupported("ExcelApi", "1.8") ? { openWorkbook: (_file: string, bytes: Uint8Array) => Excel.createWorkbook(base64(bytes)) } : {}),
  };
}

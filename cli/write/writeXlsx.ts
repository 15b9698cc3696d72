/**
 * Writes a WorkbookPlan to an .xlsx file with exceljs's streaming writer. Everything the plan holds is written
 * except charts: exceljs cannot create charts, so `ChartSpec`s are left to hosts that can (Excel, Sheets).
 */
import { PassThrough } from "node:stream";
import type { WorkbookPlan } from "../../shared/workbook/plan";
import { openStreamWorkbook, type StreamWorkbook } from "./exceljsStream";
import { StyleBook } from "./styleBook";
import { declareTableParts } from "./tablePart";
import { writeSheet, type WorkbookState } from "./writeSheet";

async function writeAll(wb: StreamWorkbook, plan: WorkbookPlan): Promise<void> {
  const state: WorkbookState = { wb, styles: new StyleBook(wb), dateFormat: plan.dateFormat, tableParts: [] };
  declareTableParts(wb, state.tableParts);
  let tableId = 1;
  for (const sheet of plan.sheets) {
    await writeSheet(state, sheet, tableId);
    tableId += sheet.tables.length;
  }
  await wb.commit();
}

export async function writeWorkbook(plan: WorkbookPlan, path: string): Promise<void> {
  await writeAll(openStreamWorkbook({ filename: path }), plan);
}

/** The .xlsx file as bytes, for hosts that hand files over rather than write them (and for tests). */
export async function workbookBuffer(plan: WorkbookPlan): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  await writeAll(openStreamWorkbook({ stream }), plan);
  await ended;
  return Buffer.concat(chunks);
}

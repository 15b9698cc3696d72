/**
 * Writes an institution pack (a PackPlan) to .xlsx bytes with exceljs's in-memory workbook, for the command line
 * and the panes' engine alike: packs are small (one institution's rows), and unlike the streaming tracker writer it
 * can protect sheets and unlock single cells. exceljs is loaded on the first pack (in a browser, its own ~1 MB
 * chunk), so a pane that never splits never downloads it.
 */
import type ExcelJS from "exceljs";
import type { PackPlan, PackSheetPlan } from "../../shared/packs/packPlan";
import type { Area, PlanCell } from "../../shared/workbook/plan";
import { areaAddress } from "../../shared/workbook/sheetNames";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function cellValue(value: PlanCell): ExcelJS.CellValue {
  if (value === null || typeof value !== "object") return value;
  if (value.kind === "link") return value.text;
  return new Date(EXCEL_EPOCH_MS + value.serial * 86_400_000);
}

function eachCell(area: Area, fn: (row: number, col: number) => void): void {
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) fn(r + 1, c + 1);
}

function addSheet(wb: ExcelJS.Workbook, sheet: PackSheetPlan): void {
  const { rows, cols } = sheet.frozen;
  const views: Partial<ExcelJS.WorksheetView>[] = [rows > 0 || cols > 0 ? { state: "frozen", xSplit: cols, ySplit: rows, rightToLeft: sheet.rightToLeft } : { rightToLeft: sheet.rightToLeft }];
  const ws = wb.addWorksheet(sheet.name, { state: sheet.hidden ? "hidden" : "visible", views });
  ws.columns = sheet.columnWidths.map((width) => ({ width }));
  sheet.values.forEach((row, r) => {
    if (row.length > 0) ws.getRow(r + 1).values = row.map(cellValue);
  });
  for (const s of sheet.styles) {
    eachCell(s.area, (r, c) => {
      const cell = ws.getCell(r, c);
      if (s.bold) cell.font = { bold: true };
      if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${s.fill}` } };
      if (s.numberFormat) cell.numFmt = s.numberFormat;
    });
  }
  for (const v of sheet.validations) {
    const validation: ExcelJS.DataValidation = { type: "list", allowBlank: true, formulae: [v.source.replace(/^=/, "")], showErrorMessage: true, errorStyle: v.errorStyle, errorTitle: v.errorTitle, error: v.errorMessage };
    (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(areaAddress(v.area), validation);
  }
  if (sheet.protection) {
    for (const area of sheet.protection.editable) eachCell(area, (r, c) => void (ws.getCell(r, c).protection = { locked: false }));
    // No password: protection keeps focal points to the cells they fill; it is guidance, not security.
    void ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
}

export async function packBytes(plan: PackPlan): Promise<Uint8Array<ArrayBuffer>> {
  const { default: exceljs } = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  const wb = new exceljs.Workbook();
  for (const sheet of plan.sheets) addSheet(wb, sheet);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

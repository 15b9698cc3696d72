/// <reference types="office-js" />
/** The adapter reads a messy workbook into the same Grids the CLI's .xlsx reader makes of the equivalent file. */
import ExcelJS from "exceljs";
import { readXlsx } from "../../../cli/read/readXlsx";
import { readWorkbookGrids } from "../../../excel-addin/src/adapter/readWorkbookGrids";
import { FakeExcel, PAYLOAD_LIMIT, type SeedSheet } from "../../fakes/excel";

const asExcel = (excel: FakeExcel): Excel.RequestContext => excel.requestContext as unknown as Excel.RequestContext;

/** A French title row merged over the header, dates, an error, formula-like text, a hidden row, a merged block, a gap. */
const messy: SeedSheet = {
  name: "Suivi 2024",
  rows: [
    ["Plan national de suivi", null, null, null],
    ["Paragraphe", "Échéance", "Nombre", "Recherche", "Fait"],
    ["121.1", 45366, 5, { error: "#N/A" }, true],
    ["121.2", 45400.5, 0, "=texte (stored as text)", false],
    ["Activités", null, null, null, null],
    [],
    ["fin"],
  ],
  formats: [[], ["General", "General"], [null, "dd/mm/yyyy"], [null, "d mmm yyyy hh:mm"]],
  merges: [{ top: 0, left: 0, bottom: 0, right: 3 }, { top: 4, left: 0, bottom: 5, right: 1 }],
  hiddenRows: [3],
};

async function equivalentXlsx(sheet: SeedSheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(sheet.name);
  sheet.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = typeof value === "object" && "error" in value ? ({ error: value.error } as ExcelJS.CellErrorValue) : (value as string | number | boolean);
      const format = sheet.formats?.[r]?.[c];
      if (format) cell.numFmt = format;
    }),
  );
  for (const m of sheet.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const r of sheet.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("readWorkbookGrids on the strict fake", () => {
  it("reads a messy sheet into the Grid the CLI reader makes of the same .xlsx", async () => {
    const excel = new FakeExcel().seed(messy).seed({ name: "Hidden notes", rows: [[null, "x"]], visibility: "Hidden" });
    const fromExcel = await readWorkbookGrids(asExcel(excel), { file: "suivi.xlsx" });
    const fromFile = await readXlsx("suivi.xlsx", await equivalentXlsx(messy));
    expect(fromExcel.sheets[0]).toEqual(fromFile.sheets[0]);
    expect(fromExcel.sheets[0]!.rows[2]).toEqual(["121.1", { kind: "date", serial: 45366 }, 5, { kind: "error", code: "#N/A" }, true]);
    expect(fromExcel.sheets[1]).toEqual({ name: "Hidden notes", rows: [[null, "x"]], merges: [] });
    expect(excel.syncCount).toBe(4); // sheets, used ranges, values and formats, then the types of "#N/A"-like cells
  });

  it("tells an error value from a text that reads like one, loading value types only for such cells", async () => {
    const excel = new FakeExcel().seed({ name: "Codes", rows: [["#N/A", { error: "#N/A" }, "#REF", 3]] });
    const read = await readWorkbookGrids(asExcel(excel));
    expect(read.sheets[0]!.rows).toEqual([["#N/A", { kind: "error", code: "#N/A" }, "#REF", 3]]);
    expect(excel.syncCount).toBe(4);
    const clean = new FakeExcel().seed({ name: "Plain", rows: [["text", 3, true]] });
    await readWorkbookGrids(asExcel(clean));
    expect(clean.syncCount).toBe(3);
  });

  it("reads a large sheet in row blocks, each response under the payload limit", async () => {
    const rows = Array.from({ length: 30_000 }, (_, r) => [`row ${r}`, r, r % 2 === 0, "text ".repeat(5)]);
    const excel = new FakeExcel().seed({ name: "Big", rows, hiddenRows: [7, 29_999] });
    const read = await readWorkbookGrids(asExcel(excel), { cellsPerSync: 40_000 });
    expect(read.sheets[0]!.rows).toEqual(rows);
    expect(read.sheets[0]!.hiddenRows).toEqual([7, 29_999]);
    expect(excel.syncCount).toBe(2 + 3);
    expect(excel.maxResponseBytes).toBeLessThan(4_500_000);
  });

  it("reads long texts again in smaller blocks when Excel refuses a response over 5 MB", async () => {
    const rows = Array.from({ length: 2_000 }, (_, r) => [`${r} ${"long text ".repeat(500)}`]);
    const excel = new FakeExcel().seed({ name: "Long", rows });
    const read = await readWorkbookGrids(asExcel(excel));
    expect(read.sheets[0]!.rows).toEqual(rows);
    const refused = excel.syncs.filter((s) => s.responseBytes > PAYLOAD_LIMIT).length;
    console.log(`2,000 rows of 5,000 characters: ${excel.syncCount} syncs, ${refused} refused and read again in halves`);
    expect(refused).toBeGreaterThan(0);
    expect(excel.syncCount).toBeLessThanOrEqual(2 + 1 + 2 + 4);
  });

  it("leaves merged areas out where ExcelApi 1.13 is missing, and reads the rest", async () => {
    const excel = new FakeExcel().seed(messy);
    const read = await readWorkbookGrids(asExcel(excel), { isSetSupported: (_set, version) => version !== "1.13" });
    expect(read.sheets[0]!.merges).toEqual([]);
    expect(read.sheets[0]!.rows[2]).toEqual(["121.1", { kind: "date", serial: 45366 }, 5, { kind: "error", code: "#N/A" }, true]);
  });

  it("reads an empty workbook sheet as an empty grid", async () => {
    const excel = new FakeExcel().seed({ name: "Empty", rows: [] });
    expect(await readWorkbookGrids(asExcel(excel))).toEqual({ file: "workbook.xlsx", sheets: [{ name: "Empty", rows: [], merges: [] }] });
  });
});

describe("readWorkbookGrids and error values", () => {
  it("loads a block's value types whole when thousands of cells read like errors, in one more sync", async () => {
    const rows = Array.from({ length: 3_000 }, (_, r) => (r % 2 === 0 ? [{ error: "#N/A" }, r] : ["#N/A", r]));
    const excel = new FakeExcel().seed({ name: "Lookups", rows });
    const read = await readWorkbookGrids(asExcel(excel));
    expect(read.sheets[0]!.rows[0]).toEqual([{ kind: "error", code: "#N/A" }, 0]);
    expect(read.sheets[0]!.rows[1]).toEqual(["#N/A", 1]);
    expect(excel.syncCount).toBe(4);
    expect(excel.maxRequestBytes).toBeLessThan(10_000);
  });
});

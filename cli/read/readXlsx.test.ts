/** Tests .xlsx reading on workbooks written by exceljs and on hand-built packages, and its failures. */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputError } from "../../shared/grid/InputError";
import { readXlsx } from "./readXlsx";
import { buildXlsx, buildZip } from "./testZip";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nmirf-read-xlsx-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function inputError(run: () => Promise<unknown>): Promise<InputError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error("expected an InputError");
}

async function trackerWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Tracker");
  sheet.getCell("A1").value = "National tracker";
  sheet.mergeCells("A1:D1");
  sheet.addRow(["Paragraph", "Due", "Count", "Double", "Ratio", "Lookup", "Note", "Link", "Done", "Pending"]);
  sheet.addRow([
    "121.1",
    new Date(Date.UTC(2024, 2, 15, 12, 0, 0)),
    5,
    { formula: "C3*2", result: 10 },
    { formula: "1/0", result: { error: "#DIV/0!" } },
    { error: "#N/A" },
    { richText: [{ text: "Rich " }, { font: { bold: true }, text: "text" }] },
    { text: "UN site", hyperlink: "https://www.ohchr.org/" },
    true,
    { formula: "A1" },
  ]);
  sheet.addRow(["121.2 (hidden)", null, 3.25]);
  sheet.getRow(4).hidden = true;
  sheet.addRow(["121.3"]);
  const lists = workbook.addWorksheet("Lists", { state: "hidden" });
  lists.addRow(["Supported", "Noted"]);
  workbook.addWorksheet("Notes");
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("readXlsx on a workbook written by exceljs", () => {
  let sheets: Awaited<ReturnType<typeof readXlsx>>["sheets"];
  beforeAll(async () => {
    const source = await readXlsx("tracker.xlsx", await trackerWorkbook());
    expect(source.file).toBe("tracker.xlsx");
    sheets = source.sheets;
  });

  it("keeps every worksheet in tab order, hidden ones included", () => {
    expect(sheets.map((s) => s.name)).toEqual(["Tracker", "Lists", "Notes"]);
    expect(sheets[1]!.rows).toEqual([["Supported", "Noted"]]);
    expect(sheets[2]!.rows).toEqual([]);
  });

  it("records the merged title row with its value in the top-left cell only", () => {
    expect(sheets[0]!.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(sheets[0]!.rows[0]).toEqual(["National tracker"]);
  });

  it("reads each value by type: dates as serials, formulas by cached result, errors, rich text and links as text", () => {
    expect(sheets[0]!.rows[2]).toEqual([
      "121.1",
      { kind: "date", serial: 45366.5 },
      5,
      10,
      { kind: "error", code: "#DIV/0!" },
      { kind: "error", code: "#N/A" },
      "Rich text",
      "UN site",
      true,
    ]);
  });

  it("lists hidden rows 0-based", () => {
    expect(sheets[0]!.hiddenRows).toEqual([3]);
    expect(sheets[0]!.rows[3]).toEqual(["121.2 (hidden)", null, 3.25]);
    expect(sheets[1]!.hiddenRows).toBeUndefined();
  });
});

describe("readXlsx on a large streamed workbook with shared strings", () => {
  it("reads every row across inflate chunk boundaries", async () => {
    const path = join(dir, "large.xlsx");
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
    const sheet = workbook.addWorksheet("Data");
    sheet.addRow(Array.from({ length: 20 }, (_v, i) => `Column ${i}`)).commit();
    for (let r = 0; r < 5000; r++) {
      sheet.addRow(Array.from({ length: 20 }, (_v, c) => (c % 2 === 0 ? `r${r}c${c} — é` : r * 100 + c))).commit();
    }
    sheet.commit();
    await workbook.commit();
    const rows = (await readXlsx("large.xlsx", readFileSync(path))).sheets[0]!.rows;
    expect(rows).toHaveLength(5001);
    expect(rows.every((row) => row.length === 20)).toBe(true);
    expect(rows[4321]![18]).toBe("r4320c18 — é");
    expect(rows[5000]![19]).toBe(499919);
  });
});

describe("readXlsx on packages other writers produce", () => {
  const NUMFMTS =
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
    '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
    '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>';

  it("handles namespace prefixes, inline and phonetic text, typed dates, the 1904 system and missing references", async () => {
    const xml =
      "<x:sheetData>" +
      '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:r><x:t>Tōkyō </x:t></x:r><x:r><x:t>office</x:t></x:r><x:rPh sb="0" eb="2"><x:t>トウキョウ</x:t></x:rPh></x:is></x:c>' +
      '<x:c r="B1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="d"><x:v>2024-03-15T06:00:00</x:v></x:c></x:row>' +
      '<x:row hidden="true"><x:c s="1"><x:v>0</x:v></x:c><x:c t="str"><x:v>Line_x000D_\nbreak</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c s="2"><x:v>abc</x:v></x:c></x:row>' +
      "</x:sheetData>";
    const data = buildXlsx([{ name: "Données & suivi", xml }], {
      prefix: "x",
      date1904: true,
      sharedStrings: ["<r><t>A</t></r><rPh><t>ignored</t></rPh><r><t>B</t></r>"],
      styles: NUMFMTS,
    });
    const [grid] = (await readXlsx("other.xlsx", data)).sheets;
    expect(grid!.name).toBe("Données & suivi");
    expect(grid!.rows).toEqual([
      ["Tōkyō office", "AB", { kind: "date", serial: 45366.25 }],
      [{ kind: "date", serial: 1462 }, "Line\r\nbreak", false, "abc"],
    ]);
    expect(grid!.hiddenRows).toEqual([1]);
  });

  it("clears values a writer left inside merged areas and keeps sparse rows in place", async () => {
    const xml =
      '<sheetData><row r="2"><c r="B2" t="inlineStr"><is><t>Title</t></is></c><c r="C2"><v>9</v></c></row>' +
      '<row r="3"><c r="B3"><v>1</v></c><c r="C3"><v>2</v></c><c r="E3"><v>3</v></c></row><row r="9" hidden="1"/></sheetData>' +
      '<mergeCells count="2"><mergeCell ref="B2:C3"/><mergeCell ref="E3"/></mergeCells>';
    const [grid] = (await readXlsx("merged.xlsx", buildXlsx([{ name: "S", xml }]))).sheets;
    expect(grid!.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
    expect(grid!.rows).toEqual([[], [null, "Title"], [null, null, null, null, 3]]);
    // Row 9 is hidden but empty and past the data, so it is dropped with the other trailing rows.
    expect(grid!.hiddenRows).toBeUndefined();
  });

  it("reads stored (uncompressed) entries", async () => {
    const stored = buildZip([
      { name: "xl/workbook.xml", content: '<workbook><sheets><sheet name="One" r:id="rId1"/></sheets></workbook>', stored: true },
      {
        name: "xl/_rels/workbook.xml.rels",
        content: '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/one.xml"/></Relationships>',
        stored: true,
      },
      { name: "xl/worksheets/one.xml", content: '<worksheet><sheetData><row r="1"><c r="A1"><v>42</v></c></row></sheetData></worksheet>', stored: true },
    ]);
    expect((await readXlsx("stored.xlsx", stored)).sheets).toEqual([{ name: "One", rows: [[42]], merges: [] }]);
  });
});

describe("readXlsx failures", () => {
  it("calls a truncated or garbled package corrupt", async () => {
    const whole = await trackerWorkbook();
    const truncated = await inputError(() => readXlsx("cut.xlsx", whole.subarray(0, whole.length / 2)));
    expect(truncated.code).toBe("input.corrupt");
    expect(truncated.params.file).toBe("cut.xlsx");
    const garbled = Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(200, 7)]);
    expect((await inputError(() => readXlsx("garbled.xlsx", garbled))).code).toBe("input.corrupt");
  });

  it("calls malformed worksheet XML and missing parts corrupt", async () => {
    const cutXml = buildXlsx([{ name: "S", xml: '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r=' }]);
    expect((await inputError(() => readXlsx("xml.xlsx", cutXml))).code).toBe("input.corrupt");
    const badRef = buildXlsx([{ name: "S", xml: '<sheetData><row r="1"><c r="11"><v>1</v></c></row></sheetData>' }]);
    expect((await inputError(() => readXlsx("ref.xlsx", badRef))).params.detail).toMatch(/cell reference/);
    const noSheet = buildZip([
      { name: "xl/workbook.xml", content: '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>' },
      { name: "xl/_rels/workbook.xml.rels", content: '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="gone.xml"/></Relationships>' },
    ]);
    expect((await inputError(() => readXlsx("gone.xlsx", noSheet))).code).toBe("input.corrupt");
  });

  it("says a ZIP without a workbook (a Word document, say) is not a spreadsheet", async () => {
    const docx = buildZip([{ name: "word/document.xml", content: "<document/>" }]);
    expect((await inputError(() => readXlsx("report.xlsx", docx))).code).toBe("input.notSpreadsheet");
  });

  it("says a workbook without any value is empty", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Blank").getCell("C3").value = "   ";
    const error = await inputError(async () => readXlsx("blank.xlsx", Buffer.from(await workbook.xlsx.writeBuffer())));
    expect(error.code).toBe("input.empty");
  });
});

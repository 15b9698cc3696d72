import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readTrackerWorkbook } from "../../shared/import/trackerWorkbook";
import type { Lang } from "../../shared/model/codes";
import { CELL_TEXT_LIMIT } from "../../shared/workbook/limits";
import { planWorkbook } from "../../shared/workbook/planWorkbook";
import { trackerDocArb } from "../../shared/workbook/testing/arbitraries";
import { firstDifference } from "../../shared/workbook/testing/difference";
import { FORMULA_TEXT, LONG_TEXT, sampleDoc } from "../../shared/workbook/testing/sampleDoc";
import { hasOpenpyxl, OPENPYXL_MISSING, openpyxlDump, WORKSHEET_ELEMENT_ORDER, type DumpedSheet } from "../../test/readers/openpyxl";
import { readXlsx } from "../read/readXlsx";
import { workbookBuffer, writeWorkbook } from "./writeXlsx";

const dir = mkdtempSync(path.join(os.tmpdir(), "nmirf-write-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function written(lang: Lang): Promise<string> {
  const file = path.join(dir, `tracker-${lang}.xlsx`);
  await writeWorkbook(planWorkbook(sampleDoc(lang)), file);
  return file;
}

const withOpenpyxl = hasOpenpyxl();
if (!withOpenpyxl) console.warn(`writeXlsx.test.ts: the openpyxl checks are ${OPENPYXL_MISSING}`);
const describeOpenpyxl = withOpenpyxl ? describe : describe.skip;

describeOpenpyxl(`the written tracker as openpyxl reads it${withOpenpyxl ? "" : ` (${OPENPYXL_MISSING})`}`, () => {
  let sheets: DumpedSheet[];
  const byName = (name: string): DumpedSheet => sheets.find((s) => s.name === name)!;
  const cell = (sheet: string, ref: string) => byName(sheet).cells.find((c) => c[0] === ref);
  beforeAll(async () => {
    sheets = openpyxlDump(await written("en")).sheets;
  });

  it("has the sheets in order, Settings hidden", () => {
    expect(sheets.map((s) => [s.name, s.state])).toEqual([
      ["Recommendations", "visible"], ["Activities", "visible"], ["Dashboard", "visible"], ["Issues", "visible"],
      ["Change log", "visible"], ["Lists", "visible"], ["Long texts", "visible"], ["Settings", "hidden"],
    ]);
  });

  it("keeps every sheet's XML in the schema's element order (Excel repairs files that do not)", () => {
    for (const s of sheets) {
      const positions = s.elements.map((e) => WORKSHEET_ELEMENT_ORDER.indexOf(e));
      expect(positions).not.toContain(-1);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it("has real tables whose columns are the header cells, and frozen headers", () => {
    const recs = byName("Recommendations");
    expect(recs.tables).toEqual([{ name: "Recommendations", ref: "A1:X4", columns: recs.cells.filter((c) => /^[A-Z]+1$/.test(c[0])).map((c) => c[2]), style: "TableStyleMedium2" }]);
    expect(sheets.flatMap((s) => s.tables.map((t) => [t.name, t.ref]))).toEqual([
      ["Recommendations", "A1:X4"], ["Activities", "A1:G3"], ["Issues", "A1:H4"], ["ChangeLog", "A1:H2"], ["LongTexts", "A1:G2"],
    ]);
    expect(sheets.map((s) => s.freeze)).toEqual(["B2", "A2", null, "A2", "A2", "A2", "A2", null]);
  });

  it("stores formula-like text as text, never as a formula", () => {
    const texts = byName("Recommendations").cells.filter((c) => typeof c[2] === "string" && /^[=+\-@]/.test(c[2]));
    expect(texts.map((c) => [c[1], c[2]])).toEqual([["s", FORMULA_TEXT], ["s", "-Adopt a national action plan"], ["s", "@mention the Ombudsperson"]]);
    expect(sheets.flatMap((s) => s.cells).filter((c) => c[1] === "f")).toEqual([]);
  });

  it("cuts long text at the cell limit and keeps the rest in Long texts", () => {
    expect(cell("Recommendations", "C2")![2]).toBe(LONG_TEXT.slice(0, CELL_TEXT_LIMIT));
    expect(cell("Long texts", "G2")![2]).toBe(LONG_TEXT.slice(CELL_TEXT_LIMIT));
  });

  it("writes days as dates and shares as percentages", () => {
    expect(cell("Recommendations", "R2")).toEqual(["R2", "d", "2025-12-31T00:00:00", "yyyy-mm-dd"]);
    expect(cell("Dashboard", "I6")).toEqual(["I6", "n", 0.25, "0%"]);
  });

  it("guides coded columns with warning-style dropdowns fed by the Lists sheet", () => {
    const status = byName("Recommendations").validations.find((v) => v.sqref === "K2:K504")!;
    expect(status).toEqual({ sqref: "K2:K504", type: "list", formula1: "Lists!$A$2:$A$5", errorStyle: "warning", errorTitle: "Value not in the list", error: expect.stringContaining("kept as written"), showErrorMessage: true });
    // one per coded column, the follow-up flag's Yes/No (two values on the Lists sheet) included
    expect(byName("Recommendations").validations).toHaveLength(6);
    expect(byName("Recommendations").validations.find((v) => v.sqref === "U2:U504")?.formula1).toBe("Lists!$G$2:$G$3");
    expect(byName("Activities").validations.map((v) => [v.sqref, v.formula1])).toEqual([["D2:D503", "Lists!$C$2:$C$5"], ["F2:F503", "Lists!$F$2:$F$4"]]);
  });

  it("colours statuses with conditional formats over the used rows", () => {
    expect(byName("Recommendations").conditionalFormats).toEqual([
      { sqref: "K2:K4", type: "cellIs", operator: "equal", formula: ['"Implemented"'], fill: "FFC6EFCE" },
      { sqref: "K2:K4", type: "cellIs", operator: "equal", formula: ['"Partially implemented"'], fill: "FFFFEB9C" },
      { sqref: "K2:K4", type: "cellIs", operator: "equal", formula: ['"In progress"'], fill: "FFDDEBF7" },
      { sqref: "K2:K4", type: "cellIs", operator: "equal", formula: ['"Not started"'], fill: "FFE7E6E6" },
    ]);
  });

  it("links issues to the tracker's cells, which carry a fill and the message as a note", () => {
    expect(byName("Issues").hyperlinks).toEqual([
      { ref: "H2", location: "'Recommendations'!K3", target: null },
      { ref: "H3", location: "'Activities'!D2", target: null },
    ]);
    expect(byName("Recommendations").notes).toEqual({ K3: "Status not recognised: Done ✓" });
    expect(byName("Recommendations").fills).toEqual({ K3: "FFFFEB9C" });
    expect(byName("Activities").notes).toEqual({ D2: "Activity status unknown" });
  });

  it("reads right to left in Arabic", async () => {
    const ar = openpyxlDump(await written("ar")).sheets;
    expect(ar.map((s) => s.rightToLeft)).toEqual(Array(8).fill(true));
    expect(ar[0]!.name).toBe("التوصيات");
  });
});

describe("the written tracker read back", () => {
  it("opens in exceljs's own reader", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await written("fr")) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Recommandations", "Activités", "Tableau de bord", "Problèmes", "Journal des modifications", "Listes", "Textes longs", "Paramètres"]);
    expect(wb.worksheets[7]!.state).toBe("hidden");
    expect(wb.worksheets[0]!.getCell("K2").value).toBe("En cours");
    expect(wb.worksheets[0]!.getCell("T2").value).toBe(FORMULA_TEXT);
  });

  it.each(["en", "ar", "zh"] as const)("gives back every recommendation through the CLI's reader (%s)", async (lang) => {
    const doc = sampleDoc(lang);
    const file = await written(lang);
    const read = readTrackerWorkbook(await readXlsx("tracker.xlsx", readFileSync(file)))!;
    expect(firstDifference(read.recommendations, doc.recommendations)).toBeNull();
    expect(read.log).toEqual(doc.log);
    expect(read.problems).toEqual([]);
  });

  it("gives back random trackers exactly, control characters and lone surrogates included", async () => {
    await fc.assert(
      fc.asyncProperty(trackerDocArb, async (doc) => {
        const buffer = await workbookBuffer(planWorkbook(doc));
        const read = readTrackerWorkbook(await readXlsx("t.xlsx", buffer))!;
        expect(firstDifference(read.recommendations, doc.recommendations)).toBeNull();
        expect(firstDifference(read.log, doc.log)).toBeNull();
      }),
      { numRuns: 25 },
    );
  });
});

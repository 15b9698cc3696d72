/** Tests the readers on the public UPR Info and UHRI-shaped data kept beside the repository. */
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Cell } from "../../shared/grid/grid";
import { SHARED_DATA, describeWithSharedData } from "../../test/support/sharedData";
import { decodeText } from "../../shared/text/decodeText";
import { readSourceBytes } from "../../shared/text/readSourceBytes";
import { iconvDecoder } from "./iconvDecoder";
import { nodeReaders } from "./nodeReaders";
import { readSource } from "./readSource";

// The public data sets live beside the repository, never inside it; a fresh clone has none and skips these tests.
const DATA = SHARED_DATA;

describeWithSharedData("reading the shared real data", () => {
  it("reads the raw UPR Info export (Mac Roman era, CR-only line ends)", async () => {
    const source = await readSource(join(DATA, "upr-info/raw-export-sample.csv"));
    const rows = source.sheets[0]!.rows;
    expect(rows[0]).toEqual(["To", "To-Rgrp", "To-Org", "Text", "From", "From-Rgrp", "From-Org", "Response", "Action", "Issue", "Session"]);
    expect(rows).toHaveLength(3001);
    expect(rows.every((row) => row.length === 11)).toBe(true);
    // The sample is plain ASCII ("Cote d'Ivoire"); multi-value issues stay one quoted cell.
    expect(rows.filter((row) => row[4] === "Cote d'Ivoire")).toHaveLength(6);
    expect(rows[1]![9]).toBe("Rights of the Child,Women's rights");
    expect(rows.some((row) => row.some((cell) => typeof cell === "string" && /[\r\uFFFD]/.test(cell)))).toBe(false);
  });

  it("reads all 35,197 recommendations with the same number of columns in every row", async () => {
    const started = Date.now();
    const rows = (await readSource(join(DATA, "upr-info/recommendations.csv"))).sheets[0]!.rows;
    const elapsed = Date.now() - started;
    expect(rows).toHaveLength(35_198);
    expect(rows[0]![0]).toBe("uid");
    expect(rows[0]).toHaveLength(16);
    expect(rows.every((row) => row.length === 16)).toBe(true);
    expect(new Set(rows.slice(1).map((row) => row[8]))).toEqual(new Set(["Accepted", "Noted"]));
    expect(rows.flat().some((cell) => typeof cell === "string" && /[ôéç]/.test(cell))).toBe(true);
    expect(elapsed).toBeLessThan(10_000);
  });

  it("reads the same recommendations when Excel on Windows or an old Mac saved them in its own code page", async () => {
    const text = readFileSync(join(DATA, "upr-info/recommendations.csv"), "utf8");
    const rowsOf = async (file: string, data: Uint8Array) => (await readSourceBytes(file, data, nodeReaders)).sheets[0]!.rows;
    const expected = await rowsOf("recommendations.csv", Buffer.from(text, "utf8"));
    const windows = iconv.encode(text.replace(/\r?\n/g, "\r\n"), "windows-1252");
    const mac = iconv.encode(text.replace(/\r?\n/g, "\r"), "macintosh");
    expect(decodeText(windows, iconvDecoder).encoding).toBe("windows-1252");
    expect(decodeText(mac, iconvDecoder).encoding).toBe("macintosh");
    expect(await rowsOf("windows.csv", windows)).toEqual(expected);
    expect(await rowsOf("mac.csv", mac)).toEqual(expected);
  });

  it("reads the UHRI-shaped Slovenia workbook exactly as exceljs does", async () => {
    const path = join(DATA, "uhri-sample/uhri-export-shape-slovenia-c3.xlsx");
    const [grid] = (await readSource(path)).sheets;
    expect(grid!.name).toBe("Export");
    expect(grid!.rows[0]).toHaveLength(16);
    expect(grid!.rows[0]![2]).toBe("Reccomending Body");
    expect(grid!.rows[1]![0]).toMatch(/^121\.1\. Ratify/);
    expect(grid!.rows[1]![4]).toBe("- Acceptance of international norms\n- Enforced disappearances");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(grid!.rows).toHaveLength(sheet.rowCount);
    sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        const expected: Cell = cell.value === "" || cell.value === null || cell.value === undefined ? null : (cell.value as Cell);
        expect([rowNumber, colNumber, grid!.rows[rowNumber - 1]![colNumber - 1] ?? null]).toEqual([rowNumber, colNumber, expected]);
      });
    });
  });
});

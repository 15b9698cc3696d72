/** Tests the task panes' reader with the real DecompressionStream (Node has the browser's) and its translated failures. */
import { buildXlsx } from "../../cli/read/testZip";
import { zlibInflater } from "../../cli/read/zlibInflater";
import { readXlsxBytes } from "../../shared/xlsx/readXlsxBytes";
import { browserInflater } from "./browserInflater";
import { readWorkbookBytes } from "./readWorkbookBytes";

const rows = Array.from({ length: 20_000 }, (_v, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>Recommandation ${r} — é</t></is></c></row>`);
const WORKBOOK = buildXlsx([{ name: "Suivi", xml: `<sheetData>${rows.join("")}</sheetData>` }]);

describe("readWorkbookBytes", () => {
  it("reads a workbook as the command line does, streaming the sheet through DecompressionStream", async () => {
    const source = await readWorkbookBytes("suivi.xlsx", WORKBOOK);
    expect(source).toEqual(await readXlsxBytes("suivi.xlsx", WORKBOOK, zlibInflater));
    expect(source.sheets[0]!.rows[19_999]).toEqual(["Recommandation 19999 — é"]);
  });

  it("rejects with the input message in the pane's language, naming the file", async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from("Workbook", "utf16le")]);
    await expect(readWorkbookBytes("ancien.xls", xls, "fr")).rejects.toThrow(/^ancien\.xls est dans l’ancien format Excel \(\.xls\)/);
  });

  it("calls a package the browser cannot inflate damaged", async () => {
    const garbage = new Uint8Array(64).fill(0xff);
    await expect(browserInflater.inflateRaw(garbage)).rejects.toThrow(/invalid/);
    const drain = async () => {
      for await (const _chunk of browserInflater.inflateRawChunks!(garbage)) continue;
    };
    await expect(drain()).rejects.toThrow(/invalid/);
    const damaged = Buffer.from(WORKBOOK);
    damaged.fill(0xff, 400, 700);
    await expect(readWorkbookBytes("abîmé.xlsx", damaged)).rejects.toThrow(/^abîmé\.xlsx is damaged/);
  });
});

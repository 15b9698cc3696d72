/** Tests the task panes' reader with the browser's DecompressionStream and TextDecoder (Node has both) and its translated failures. */
import iconv from "iconv-lite";
import { nodeReaders } from "../../cli/read/nodeReaders";
import { buildXlsx } from "../../cli/read/testZip";
import { zlibInflater } from "../../cli/read/zlibInflater";
import { readSourceBytes } from "../../shared/text/readSourceBytes";
import { readXlsxBytes } from "../../shared/xlsx/readXlsxBytes";
import { browserInflater } from "./browserInflater";
import { readImportBytes } from "./readImportBytes";

const rows = Array.from({ length: 20_000 }, (_v, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="inlineStr"><is><t>Recommandation ${r} — é</t></is></c></row>`);
const WORKBOOK = buildXlsx([{ name: "Suivi", xml: `<sheetData>${rows.join("")}</sheetData>` }]);

/** UPR Info's raw export as its old Mac era wrote it: Mac Roman, CR-only line ends, multi-value issues in one quoted cell. */
const UPR_INFO = iconv.encode(
  [
    "To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session",
    'Côte d\'Ivoire,Africa,OIF,"Ratify the Optional Protocol, as soon as possible.",Austria,WEOG,EU,Accepted,5,"Rights of the Child,Women\'s rights",5',
    "Afghanistan,Asia,OIC,Submit its delayed reports to the Committee against Torture.,Czech Republic,EEG,EU,Accepted,5,Treaty bodies,5",
    "",
  ].join("\r"),
  "macintosh",
);

describe("readImportBytes", () => {
  it("reads a workbook as the command line does, streaming the sheet through DecompressionStream", async () => {
    const source = await readImportBytes("suivi.xlsx", WORKBOOK);
    expect(source).toEqual(await readXlsxBytes("suivi.xlsx", WORKBOOK, zlibInflater));
    expect(source.sheets[0]!.rows[19_999]).toEqual(["Recommandation 19999 — é"]);
  });

  it("reads a UPR Info CSV export as the command line does", async () => {
    const source = await readImportBytes("upr-info.csv", UPR_INFO);
    expect(source).toEqual(await readSourceBytes("upr-info.csv", UPR_INFO, nodeReaders));
    expect(source.sheets[0]!.name).toBe("upr-info");
    expect(source.sheets[0]!.rows[1]).toEqual([
      "Côte d'Ivoire", "Africa", "OIF", "Ratify the Optional Protocol, as soon as possible.", "Austria", "WEOG", "EU", "Accepted", "5",
      "Rights of the Child,Women's rights", "5",
    ]);
    expect(source.sheets[0]!.rows).toHaveLength(3);
  });

  it("reads UHRI JSON lines, keys as headers and lists as '- ' lines", async () => {
    const jsonl = Buffer.from('{"text":"Adopt a law","themes":["Torture","Detention"]}\n{"text":"Ratifier","symbol":"CAT/C/X/CO/1"}\n');
    expect((await readImportBytes("uhri.jsonl", jsonl)).sheets[0]!.rows).toEqual([
      ["text", "themes", "symbol"],
      ["Adopt a law", "- Torture\n- Detention", null],
      ["Ratifier", null, "CAT/C/X/CO/1"],
    ]);
  });

  it("rejects with the input message in the pane's language, naming the file and where in it", async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from("Workbook", "utf16le")]);
    await expect(readImportBytes("ancien.xls", xls, "fr")).rejects.toThrow(/^ancien\.xls est dans l’ancien format Excel \(\.xls\)/);
    const unclosed = Buffer.from('id,text\n1,ok\n2,"never closed\n3,lost\n');
    await expect(readImportBytes("export.csv", unclosed, "fr")).rejects.toThrow(/^export\.csv : le guillemet qui ouvre une valeur à la ligne 3 /);
    await expect(readImportBytes("uhri.jsonl", Buffer.from('{"a":1}\n{"a":\n'))).rejects.toThrow(/^uhri\.jsonl: line 2 is not valid JSON/);
    await expect(readImportBytes("vide.csv", new Uint8Array(0), "fr")).rejects.toThrow(/^vide\.csv est vide/);
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
    await expect(readImportBytes("abîmé.xlsx", damaged)).rejects.toThrow(/^abîmé\.xlsx is damaged/);
  });
});

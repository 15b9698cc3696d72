/** Tests the portable reader with inflaters other than the command line's, and the failures it names for every host. */
import { inflateRawSync } from "node:zlib";
import { buildXlsx, buildZip } from "../../cli/read/testZip";
import { zlibInflater } from "../../cli/read/zlibInflater";
import { InputError, type InputErrorCode } from "../grid/InputError";
import { readXlsxBytes } from "./readXlsxBytes";
import type { Inflater } from "./zip";

const SHEET =
  '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Échéance</t></is></c></row>' +
  Array.from({ length: 300 }, (_v, r) => `<row r="${r + 2}"><c r="A${r + 2}" t="s"><v>1</v></c><c r="B${r + 2}" s="1"><v>${45000 + r}</v></c></row>`).join("") +
  '</sheetData><mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells>';
const WORKBOOK = buildXlsx([{ name: "Suivi", xml: SHEET }], {
  sharedStrings: ["Recommandation", "Ratifier l’OP-CAT — 中文"],
  styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
});

/** Whole-entry inflation only, as a host without a streaming inflater would offer. */
const wholeOnly: Inflater = { inflateRaw: (bytes) => inflateRawSync(bytes) };

/** Asynchronous, with chunks of 1 KB so UTF-8 sequences and tags are cut everywhere. */
const tinyChunks: Inflater = {
  inflateRaw: async (bytes) => inflateRawSync(bytes),
  async *inflateRawChunks(bytes) {
    const all = inflateRawSync(bytes);
    for (let at = 0; at < all.length; at += 1024) yield all.subarray(at, at + 1024);
  },
};

async function failure(data: Uint8Array): Promise<InputError> {
  const error = await readXlsxBytes("t.xlsx", data, zlibInflater).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof InputError) return error;
  throw new Error(`expected a InputError, got ${String(error)}`);
}

describe("readXlsxBytes", () => {
  it("reads the same grids whichever inflater the host supplies", async () => {
    const expected = await readXlsxBytes("t.xlsx", WORKBOOK, zlibInflater);
    expect(expected.sheets[0]!.rows[0]).toEqual(["Recommandation", "Échéance"]);
    expect(expected.sheets[0]!.rows[300]).toEqual(["Ratifier l’OP-CAT — 中文", { kind: "date", serial: 45299 }]);
    expect(await readXlsxBytes("t.xlsx", WORKBOOK, wholeOnly)).toEqual(expected);
    expect(await readXlsxBytes("t.xlsx", WORKBOOK, tinyChunks)).toEqual(expected);
  });

  const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const ole2With = (...streams: string[]) => Buffer.concat([OLE2, Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, "utf16le"))]);
  const CASES: readonly [string, Uint8Array, InputErrorCode][] = [
    ["an empty file", new Uint8Array(0), "input.empty"],
    ["a password-protected workbook", ole2With("EncryptionInfo", "EncryptedPackage"), "input.encrypted"],
    ["an Excel 97–2003 workbook", ole2With("Workbook"), "input.legacyXls"],
    ["an old Word document", ole2With("WordDocument"), "input.notSpreadsheet"],
    ["a ZIP without a workbook", buildZip([{ name: "word/document.xml", content: "<document/>" }]), "input.notSpreadsheet"],
    ["a truncated package", WORKBOOK.subarray(0, WORKBOOK.length - 40), "input.corrupt"],
    ["a CSV file", Buffer.from("a,b\n1,2\n"), "input.corrupt"],
    ["a workbook without values", buildXlsx([{ name: "S", xml: "<sheetData/>" }]), "input.empty"],
  ];
  it.each(CASES)("names %s with an input message key and the file", async (_what, data, code) => {
    const error = await failure(data);
    expect(error.code).toBe(code);
    expect(error.params.file).toBe("t.xlsx");
    expect(error.message).toContain("t.xlsx");
  });
});

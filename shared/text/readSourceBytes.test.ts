/** Tests the choice of reader by content, and the kinds of file refused before any reader runs. */
import { nodeReaders } from "../../cli/read/nodeReaders";
import { buildXlsx } from "../../cli/read/testZip";
import { InputError } from "../grid/InputError";
import { readSourceBytes } from "./readSourceBytes";

const read = (file: string, data: Uint8Array) => readSourceBytes(file, data, nodeReaders);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe("readSourceBytes", () => {
  it("reads a workbook, CSV and JSON lines by their content, whatever their name", async () => {
    const workbook = buildXlsx([{ name: "Recs", xml: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>uid</t></is></c></row></sheetData>' }]);
    expect((await read("export.csv", workbook)).sheets[0]).toEqual({ name: "Recs", rows: [["uid"]], merges: [] });
    expect((await read("export.json", Buffer.from("uid;text\nR-1;Ratify\n"))).sheets[0]!.rows).toEqual([["uid", "text"], ["R-1", "Ratify"]]);
    const utf16Lines = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"uid":"R-1"}\r\n{"uid":"R-2"}\r\n', "utf16le")]);
    expect((await read("uhri.txt", utf16Lines)).sheets[0]!.rows).toEqual([["uid"], ["R-1"], ["R-2"]]);
  });

  it.each([
    ["an empty file", new Uint8Array(0), "input.empty"],
    ["a password-protected workbook", Buffer.concat([OLE2, Buffer.from("EncryptionInfo", "utf16le")]), "input.encrypted"],
    ["an Excel 97–2003 workbook", Buffer.concat([OLE2, Buffer.from("Workbook", "utf16le")]), "input.legacyXls"],
    ["a PDF", Buffer.from("%PDF-1.7\n"), "input.notSpreadsheet"],
  ])("names %s with its input error", async (_what, data, code) => {
    const error = await read("x.csv", data).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code, params: { file: "x.csv" } });
  });
});

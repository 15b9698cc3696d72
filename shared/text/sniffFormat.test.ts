/** Tests recognising file kinds by their bytes. */
import { sniffFormat } from "./sniffFormat";

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ole2With = (...streams: string[]) => Buffer.concat([OLE2, Buffer.alloc(504), ...streams.map((s) => Buffer.from(s, "utf16le"))]);

describe("sniffFormat", () => {
  it("knows ZIP packages by their signature, whatever their name", () => {
    expect(sniffFormat(Buffer.from("PK\x03\x04rest"))).toBe("xlsx");
    expect(sniffFormat(Buffer.from("PK\x05\x06" + "\0".repeat(18)))).toBe("xlsx");
  });

  it("tells password-protected workbooks, legacy .xls files and other OLE2 documents apart", () => {
    expect(sniffFormat(ole2With("EncryptionInfo", "EncryptedPackage"))).toBe("encrypted");
    expect(sniffFormat(ole2With("Workbook", "SummaryInformation"))).toBe("legacyXls");
    expect(sniffFormat(ole2With("WordDocument", "1Table"))).toBe("notSpreadsheet");
  });

  it("accepts text in any of the encodings CSV files come in", () => {
    expect(sniffFormat(Buffer.from("a,b\r\n1,2\r\n"))).toBe("text");
    expect(sniffFormat(Buffer.from("a\tb\n1\t2\n", "utf16le"))).toBe("text");
    expect(sniffFormat(Buffer.from([0x43, 0x99, 0x74, 0x65, 0x0d]))).toBe("text");
  });

  it("rejects binary files and markup that only pretends to be a spreadsheet", () => {
    expect(sniffFormat(Buffer.from("%PDF-1.7\n..."))).toBe("notSpreadsheet");
    expect(sniffFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe("notSpreadsheet");
    expect(sniffFormat(Buffer.from(Array.from({ length: 4096 }, (_v, i) => (i * 7919) % 256)))).toBe("notSpreadsheet");
    expect(sniffFormat(Buffer.from("\ufeff<html><table><tr><td>1</td></tr></table></html>"))).toBe("notSpreadsheet");
    expect(sniffFormat(Buffer.from('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>'))).toBe(
      "notSpreadsheet",
    );
  });
});

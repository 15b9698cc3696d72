/** Tells what kind of file some bytes are from their content, since users rename files and extensions lie. */
import { detectUtf16 } from "./decodeText";

export type FileKind = "xlsx" | "encrypted" | "legacyXls" | "text" | "notSpreadsheet";

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Stream names in an OLE2 directory are UTF-16LE. */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");
/** The workbook stream of Excel 97–2003 ("Workbook") and of Excel 5 ("Book"). */
const BOOKS = ["Workbook", "Book"].map((name) => Buffer.from(name, "utf16le"));
/** Excel 2003 XML, HTML tables saved as ".xls" and other markup: text, but not rows of values. */
const MARKUP = /^\s*<(\?xml|!doctype|html|table|workbook)/i;
const OTHER_BINARY = ["%PDF-", "\x89PNG", "GIF8", "\xff\xd8\xff", "{\\rtf"].map((magic) => Buffer.from(magic, "latin1"));

/** Control characters other than tab, line ends, form feed, vertical tab and the old DOS end-of-file mark. */
function looksBinary(data: Buffer): boolean {
  const sample = Math.min(data.length, 64 * 1024);
  let controls = 0;
  for (let i = 0; i < sample; i++) {
    const byte = data[i] as number;
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 11 && byte !== 12 && byte !== 13 && byte !== 26) controls++;
  }
  return controls > Math.max(2, sample / 100);
}

export function sniffFormat(data: Buffer): FileKind {
  if (data.subarray(0, 4).equals(ZIP) || data.subarray(0, 4).equals(EMPTY_ZIP)) return "xlsx";
  if (data.subarray(0, 8).equals(OLE2)) {
    // An OOXML file saved with a password is wrapped in an OLE2 container holding these streams.
    if (data.includes(ENCRYPTION_INFO)) return "encrypted";
    return BOOKS.some((name) => data.includes(name)) ? "legacyXls" : "notSpreadsheet";
  }
  if (OTHER_BINARY.some((magic) => data.subarray(0, magic.length).equals(magic))) return "notSpreadsheet";
  if (detectUtf16(data)) return "text";
  if (looksBinary(data)) return "notSpreadsheet";
  if (MARKUP.test(data.subarray(0, 256).toString("latin1").replace(/^\xef\xbb\xbf/, ""))) return "notSpreadsheet";
  return "text";
}

/** Tells what kind of file some bytes are from their content, since users rename files and extensions lie. */
import { sniffContainer, type ContainerKind } from "../../shared/xlsx/sniffContainer";
import { detectUtf16 } from "./decodeText";

export type FileKind = ContainerKind | "text";

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
  const container = sniffContainer(data);
  if (container !== undefined) return container;
  if (OTHER_BINARY.some((magic) => data.subarray(0, magic.length).equals(magic))) return "notSpreadsheet";
  if (detectUtf16(data)) return "text";
  if (looksBinary(data)) return "notSpreadsheet";
  if (MARKUP.test(data.subarray(0, 256).toString("latin1").replace(/^\xef\xbb\xbf/, ""))) return "notSpreadsheet";
  return "text";
}

/** Tells what kind of file some bytes are from their content, since users rename files and extensions lie. */
import { sniffContainer, startsWith, type ContainerKind } from "../xlsx/sniffContainer";
import { detectUtf16 } from "./decodeText";

export type FileKind = ContainerKind | "text";

/** Excel 2003 XML, HTML tables saved as ".xls" and other markup: text, but not rows of values. */
const MARKUP = /^\s*<(\?xml|!doctype|html|table|workbook)/i;
const latin1 = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));
const OTHER_BINARY = ["%PDF-", "\x89PNG", "GIF8", "\xff\xd8\xff", "{\\rtf"].map(latin1);

/** Control characters other than tab, line ends, form feed, vertical tab and the old DOS end-of-file mark. */
function looksBinary(data: Uint8Array): boolean {
  const sample = Math.min(data.length, 64 * 1024);
  let controls = 0;
  for (let i = 0; i < sample; i++) {
    const byte = data[i] as number;
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 11 && byte !== 12 && byte !== 13 && byte !== 26) controls++;
  }
  return controls > Math.max(2, sample / 100);
}

export function sniffFormat(data: Uint8Array): FileKind {
  const container = sniffContainer(data);
  if (container !== undefined) return container;
  if (OTHER_BINARY.some((magic) => startsWith(data, magic))) return "notSpreadsheet";
  if (detectUtf16(data)) return "text";
  if (looksBinary(data)) return "notSpreadsheet";
  if (MARKUP.test(String.fromCharCode(...data.subarray(0, 256)).replace(/^\xef\xbb\xbf/, ""))) return "notSpreadsheet";
  return "text";
}

/** Tells a ZIP package from an OLE2 compound file, whose streams say whether it is a password-protected workbook or an old .xls. */

export type ContainerKind = "xlsx" | "encrypted" | "legacyXls" | "notSpreadsheet";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Stream names in an OLE2 directory are UTF-16LE; these are ASCII, so each character is its byte and a zero. */
const utf16le = (name: string): number[] => [...name].flatMap((c) => [c.charCodeAt(0), 0]);
const ENCRYPTION_INFO = utf16le("EncryptionInfo");
/** The workbook stream of Excel 97–2003 ("Workbook") and of Excel 5 ("Book"). */
const BOOKS = ["Workbook", "Book"].map(utf16le);

export const startsWith = (data: Uint8Array, magic: readonly number[]): boolean => magic.every((byte, i) => data[i] === byte);

function includes(data: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0] as number;
  for (let at = data.indexOf(first); at >= 0 && at + needle.length <= data.length; at = data.indexOf(first, at + 1)) {
    if (needle.every((byte, i) => data[at + i] === byte)) return true;
  }
  return false;
}

/** The kind of container the bytes are, or undefined when they are neither a ZIP package nor an OLE2 file. */
export function sniffContainer(data: Uint8Array): ContainerKind | undefined {
  if (startsWith(data, ZIP) || startsWith(data, EMPTY_ZIP)) return "xlsx";
  if (!startsWith(data, OLE2)) return undefined;
  // An OOXML file saved with a password is wrapped in an OLE2 container holding this stream.
  if (includes(data, ENCRYPTION_INFO)) return "encrypted";
  return BOOKS.some((name) => includes(data, name)) ? "legacyXls" : "notSpreadsheet";
}

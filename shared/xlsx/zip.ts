/** Lists and inflates the entries of a ZIP archive held in memory, which is all an .xlsx needs; the host supplies the inflater. */
import { utf8Decoder } from "./utf8";

/** The bytes are not a ZIP archive we can read; readXlsxBytes turns this into "input.corrupt". */
export class ZipFormatError extends Error {}

/** Raw-deflate inflation, which every host has natively (node:zlib, DecompressionStream) and pure code would do slowly. */
export interface Inflater {
  /** Inflates a whole entry: for the small parts (workbook, shared strings, styles, relationships). */
  inflateRaw(bytes: Uint8Array): Promise<Uint8Array> | Uint8Array;
  /** Inflates chunk by chunk, so a 100 MB worksheet never sits in memory as one buffer; without it, worksheets are inflated whole. */
  inflateRawChunks?(bytes: Uint8Array): AsyncIterable<Uint8Array>;
}

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;
/** Text is handed to the XML scanner in pieces of this size, whatever the inflater yields. */
const CHUNK = 1 << 20;

const viewOf = (data: Uint8Array): DataView => new DataView(data.buffer, data.byteOffset, data.byteLength);

const u16 = (view: DataView, at: number): number => view.getUint16(at, true);
const u32 = (view: DataView, at: number): number => view.getUint32(at, true);
const u64 = (view: DataView, at: number): number => Number(view.getBigUint64(at, true));

function need(view: DataView, at: number, length: number, what: string): void {
  if (at < 0 || at + length > view.byteLength) throw new ZipFormatError(`truncated ${what}`);
}

/** Names without the UTF-8 flag are read byte for byte as Latin-1, as Node's "latin1" encoding did. */
function entryName(bytes: Uint8Array, utf8: boolean): string {
  if (utf8) return utf8Decoder().decode(bytes);
  let name = "";
  for (const byte of bytes) name += String.fromCharCode(byte);
  return name;
}

/** Finds the central directory from the end record; sizes in local headers can be zero (streamed writers), so only the central directory is trusted. */
function centralDirectory(view: DataView): { offset: number; count: number } {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (u32(view, at) !== EOCD) continue;
    let count = u16(view, at + 10);
    let offset = u32(view, at + 16);
    if ((offset === MAX32 || count === 0xffff) && at >= 20 && u32(view, at - 20) === ZIP64_LOCATOR) {
      const record = u64(view, at - 12);
      need(view, record, 56, "zip64 end record");
      if (u32(view, record) !== ZIP64_EOCD) throw new ZipFormatError("bad zip64 end record");
      count = u64(view, record + 32);
      offset = u64(view, record + 48);
    }
    return { offset, count };
  }
  throw new ZipFormatError("no end of central directory");
}

/** Entries by lower-cased name with forward slashes: OPC part names are case-insensitive and some writers use backslashes. */
export function listZip(data: Uint8Array): Map<string, ZipEntry> {
  if (data.length < 22) throw new ZipFormatError("too short");
  const view = viewOf(data);
  const { offset, count } = centralDirectory(view);
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    need(view, at, 46, "central directory");
    if (u32(view, at) !== CENTRAL) throw new ZipFormatError("bad central directory entry");
    const flags = u16(view, at + 8);
    const method = u16(view, at + 10);
    let compressedSize = u32(view, at + 20);
    let size = u32(view, at + 24);
    const nameLength = u16(view, at + 28);
    const extraLength = u16(view, at + 30);
    const commentLength = u16(view, at + 32);
    let localOffset = u32(view, at + 42);
    need(view, at + 46, nameLength + extraLength, "entry name");
    const name = entryName(data.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
    // Zip64 sizes live in extra field 0x0001, in this order, only for the fields that overflowed.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(view, extra);
      const length = u16(view, extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        const end = field + length;
        if (size === MAX32 && field + 8 <= end) {
          size = u64(view, field);
          field += 8;
        }
        if (compressedSize === MAX32 && field + 8 <= end) {
          compressedSize = u64(view, field);
          field += 8;
        }
        if (localOffset === MAX32 && field + 8 <= end) localOffset = u64(view, field);
      }
      extra += 4 + length;
    }
    if ((flags & 0x1) !== 0) throw new ZipFormatError(`entry ${name} is encrypted`);
    const key = name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
    entries.set(key, { name, method, compressedSize, size, localOffset });
    at = extraEnd + commentLength;
  }
  return entries;
}

function compressedBytes(data: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = viewOf(data);
  const at = entry.localOffset;
  need(view, at, 30, `local header of ${entry.name}`);
  if (u32(view, at) !== LOCAL) throw new ZipFormatError(`bad local header for ${entry.name}`);
  const start = at + 30 + u16(view, at + 26) + u16(view, at + 28);
  need(view, start, entry.compressedSize, `data of ${entry.name}`);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`unsupported compression ${entry.method} in ${entry.name}`);
  return data.subarray(start, start + entry.compressedSize);
}

const inflateError = (entry: ZipEntry, error: unknown): ZipFormatError =>
  new ZipFormatError(`cannot inflate ${entry.name}: ${(error as Error).message}`);

/** Inflates a whole entry: for the small parts (workbook, styles, relationships). */
export async function readEntry(data: Uint8Array, entry: ZipEntry, inflater: Inflater): Promise<Uint8Array> {
  const raw = compressedBytes(data, entry);
  if (entry.method === 0) return raw;
  try {
    return await inflater.inflateRaw(raw);
  } catch (error) {
    throw inflateError(entry, error);
  }
}

function* slices(bytes: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, Math.min(bytes.length, at + CHUNK));
}

/** Inflates an entry chunk by chunk when the inflater can; a whole-entry inflate is still handed on in slices. */
export async function* streamEntry(data: Uint8Array, entry: ZipEntry, inflater: Inflater): AsyncGenerator<Uint8Array> {
  if (entry.method === 0 || inflater.inflateRawChunks === undefined) {
    yield* slices(await readEntry(data, entry, inflater));
    return;
  }
  const raw = compressedBytes(data, entry);
  try {
    for await (const chunk of inflater.inflateRawChunks(raw)) yield chunk;
  } catch (error) {
    throw inflateError(entry, error);
  }
}

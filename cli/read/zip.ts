/** Lists and inflates the entries of a ZIP archive held in memory, which is all an .xlsx needs. */
import { createInflateRaw, inflateRawSync } from "node:zlib";

/** The bytes are not a ZIP archive we can read; readXlsx turns this into "input.corrupt". */
export class ZipFormatError extends Error {}

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

function u64(data: Buffer, at: number): number {
  return Number(data.readBigUInt64LE(at));
}

function need(data: Buffer, at: number, length: number, what: string): void {
  if (at < 0 || at + length > data.length) throw new ZipFormatError(`truncated ${what}`);
}

/** Finds the central directory from the end record; sizes in local headers can be zero (streamed writers), so only the central directory is trusted. */
function centralDirectory(data: Buffer): { offset: number; count: number } {
  const lowest = Math.max(0, data.length - 22 - 0xffff);
  for (let at = data.length - 22; at >= lowest; at--) {
    if (data.readUInt32LE(at) !== EOCD) continue;
    let count = data.readUInt16LE(at + 10);
    let offset = data.readUInt32LE(at + 16);
    if ((offset === MAX32 || count === 0xffff) && at >= 20 && data.readUInt32LE(at - 20) === ZIP64_LOCATOR) {
      const record = u64(data, at - 12);
      need(data, record, 56, "zip64 end record");
      if (data.readUInt32LE(record) !== ZIP64_EOCD) throw new ZipFormatError("bad zip64 end record");
      count = u64(data, record + 32);
      offset = u64(data, record + 48);
    }
    return { offset, count };
  }
  throw new ZipFormatError("no end of central directory");
}

/** Entries by lower-cased name with forward slashes: OPC part names are case-insensitive and some writers use backslashes. */
export function listZip(data: Buffer): Map<string, ZipEntry> {
  if (data.length < 22) throw new ZipFormatError("too short");
  const { offset, count } = centralDirectory(data);
  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    need(data, at, 46, "central directory");
    if (data.readUInt32LE(at) !== CENTRAL) throw new ZipFormatError("bad central directory entry");
    const flags = data.readUInt16LE(at + 8);
    const method = data.readUInt16LE(at + 10);
    let compressedSize = data.readUInt32LE(at + 20);
    let size = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    let localOffset = data.readUInt32LE(at + 42);
    need(data, at + 46, nameLength + extraLength, "entry name");
    const name = data.toString((flags & 0x800) !== 0 ? "utf8" : "latin1", at + 46, at + 46 + nameLength);
    // Zip64 sizes live in extra field 0x0001, in this order, only for the fields that overflowed.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = data.readUInt16LE(extra);
      const length = data.readUInt16LE(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        const end = field + length;
        if (size === MAX32 && field + 8 <= end) {
          size = u64(data, field);
          field += 8;
        }
        if (compressedSize === MAX32 && field + 8 <= end) {
          compressedSize = u64(data, field);
          field += 8;
        }
        if (localOffset === MAX32 && field + 8 <= end) localOffset = u64(data, field);
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

function compressedBytes(data: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  need(data, at, 30, `local header of ${entry.name}`);
  if (data.readUInt32LE(at) !== LOCAL) throw new ZipFormatError(`bad local header for ${entry.name}`);
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  need(data, start, entry.compressedSize, `data of ${entry.name}`);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`unsupported compression ${entry.method} in ${entry.name}`);
  return data.subarray(start, start + entry.compressedSize);
}

/** Inflates a whole entry: for the small parts (workbook, styles, relationships). */
export function readEntry(data: Buffer, entry: ZipEntry): Buffer {
  const raw = compressedBytes(data, entry);
  if (entry.method === 0) return raw;
  try {
    return inflateRawSync(raw);
  } catch (error) {
    throw new ZipFormatError(`cannot inflate ${entry.name}: ${(error as Error).message}`);
  }
}

/** Inflates an entry chunk by chunk, so a 100 MB worksheet never sits in memory as one buffer. */
export async function* streamEntry(data: Buffer, entry: ZipEntry): AsyncGenerator<Buffer> {
  const raw = compressedBytes(data, entry);
  if (entry.method === 0) {
    for (let at = 0; at < raw.length; at += 1 << 20) yield raw.subarray(at, Math.min(raw.length, at + (1 << 20)));
    return;
  }
  const inflate = createInflateRaw({ chunkSize: 1 << 20 });
  inflate.end(raw);
  try {
    for await (const chunk of inflate) yield chunk as Buffer;
  } catch (error) {
    throw new ZipFormatError(`cannot inflate ${entry.name}: ${(error as Error).message}`);
  }
}

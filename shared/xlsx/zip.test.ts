/** Tests the ZIP reader on deflated, stored and Zip64 entries and on broken archives, with node:zlib as the inflater. */
import { buildZip } from "../../cli/read/testZip";
import { zlibInflater } from "../../cli/read/zlibInflater";
import { listZip, readEntry, streamEntry, ZipFormatError, type Inflater, type ZipEntry } from "./zip";

const collect = async (chunks: AsyncIterable<Uint8Array>) => {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts).toString("utf8");
};
const read = async (data: Uint8Array, entry: ZipEntry, inflater: Inflater = zlibInflater) =>
  Buffer.from(await readEntry(data, entry, inflater)).toString("utf8");

describe("zip", () => {
  const archive = buildZip([
    { name: "xl/Workbook.xml", content: "<workbook/>" },
    { name: "xl\\worksheets\\sheet1.xml", content: "é".repeat(300_000), stored: true },
    { name: "docProps/app.xml", content: "x".repeat(3_000_000) },
  ]);

  it("lists entries under lower-cased, forward-slash names", () => {
    expect([...listZip(archive).keys()]).toEqual(["xl/workbook.xml", "xl/worksheets/sheet1.xml", "docprops/app.xml"]);
  });

  it("inflates whole entries and streams large ones in chunks", async () => {
    const entries = listZip(archive);
    expect(await read(archive, entries.get("xl/workbook.xml")!)).toBe("<workbook/>");
    expect(await collect(streamEntry(archive, entries.get("xl/worksheets/sheet1.xml")!, zlibInflater))).toBe("é".repeat(300_000));
    expect(await collect(streamEntry(archive, entries.get("docprops/app.xml")!, zlibInflater))).toBe("x".repeat(3_000_000));
  });

  it("streams a whole-entry inflate in slices when the inflater cannot stream", async () => {
    const wholeOnly: Inflater = { inflateRaw: zlibInflater.inflateRaw };
    const chunks: Uint8Array[] = [];
    for await (const chunk of streamEntry(archive, listZip(archive).get("docprops/app.xml")!, wholeOnly)) chunks.push(chunk);
    expect(chunks.map((c) => c.length)).toEqual([1 << 20, 1 << 20, 3_000_000 - 2 * (1 << 20)]);
  });

  it("reports an inflater's failure as a damaged entry", async () => {
    const failing: Inflater = {
      inflateRaw: () => Promise.reject(new Error("invalid stored block lengths")),
      async *inflateRawChunks() {
        yield new Uint8Array(0);
        throw new Error("unexpected end of file");
      },
    };
    const entry = listZip(archive).get("docprops/app.xml")!;
    await expect(readEntry(archive, entry, failing)).rejects.toThrow(new ZipFormatError("cannot inflate docProps/app.xml: invalid stored block lengths"));
    await expect(collect(streamEntry(archive, entry, failing))).rejects.toThrow(/cannot inflate docProps\/app.xml: unexpected end/);
  });

  it("reads entries of a view into a larger buffer, as Node's pooled buffers are", () => {
    const padded = new Uint8Array(archive.length + 13);
    padded.set(archive, 7);
    expect([...listZip(padded.subarray(7, 7 + archive.length)).keys()]).toHaveLength(3);
  });

  it("reads Zip64 sizes from the extra field", async () => {
    const name = Buffer.from("a.xml");
    const body = Buffer.from("<a/>");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(name.length, 26);
    const extra = Buffer.alloc(20);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(16, 2);
    extra.writeBigUInt64LE(BigInt(body.length), 4);
    extra.writeBigUInt64LE(BigInt(body.length), 12);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(0xffffffff, 20);
    central.writeUInt32LE(0xffffffff, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    const directoryOffset = local.length + name.length + body.length;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(directoryOffset, 16);
    const zip = Buffer.concat([local, name, body, central, name, extra, end]);
    const entry = listZip(zip).get("a.xml")!;
    expect(entry.size).toBe(4);
    expect(await read(zip, entry)).toBe("<a/>");
  });

  it("rejects what is not a readable archive", async () => {
    expect(() => listZip(Buffer.from("PK"))).toThrow(ZipFormatError);
    expect(() => listZip(Buffer.alloc(100, 1))).toThrow(/end of central directory/);
    const truncated = archive.subarray(0, archive.length - 30);
    expect(() => listZip(truncated)).toThrow(ZipFormatError);
    const encrypted = Buffer.from(archive);
    const central = encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    encrypted.writeUInt16LE(0x801, central + 8);
    expect(() => listZip(encrypted)).toThrow(/encrypted/);
    const badMethod = Buffer.from(archive);
    badMethod.writeUInt16LE(12, badMethod.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 10);
    await expect(read(badMethod, listZip(badMethod).get("xl/workbook.xml")!)).rejects.toThrow(/unsupported compression/);
  });
});

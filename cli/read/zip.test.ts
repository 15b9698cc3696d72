/** Tests the ZIP reader on deflated, stored and Zip64 entries and on broken archives. */
import { buildZip } from "./testZip";
import { listZip, readEntry, streamEntry, ZipFormatError } from "./zip";

const collect = async (chunks: AsyncIterable<Buffer>) => {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts).toString("utf8");
};

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
    expect(readEntry(archive, entries.get("xl/workbook.xml")!).toString()).toBe("<workbook/>");
    expect(await collect(streamEntry(archive, entries.get("xl/worksheets/sheet1.xml")!))).toBe("é".repeat(300_000));
    expect(await collect(streamEntry(archive, entries.get("docprops/app.xml")!))).toBe("x".repeat(3_000_000));
  });

  it("reads Zip64 sizes from the extra field", () => {
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
    expect(readEntry(zip, entry).toString()).toBe("<a/>");
  });

  it("rejects what is not a readable archive", () => {
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
    expect(() => readEntry(badMethod, listZip(badMethod).get("xl/workbook.xml")!)).toThrow(/unsupported compression/);
  });
});

/** Tests reading a path: dispatch by content and every located error a user can meet. */
import ExcelJS from "exceljs";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputError } from "../../shared/grid/InputError";
import { readSource } from "./readSource";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "nmirf-read-source-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fixture(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function inputError(path: string): Promise<InputError> {
  try {
    await readSource(path);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`expected an InputError for ${path}`);
}

async function xlsxBytes(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Recs").addRow(["uid", "text"]);
  workbook.getWorksheet("Recs")!.addRow(["R-1", "Ratify OP-CAT"]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe("readSource", () => {
  it("reads an .xlsx and names the source by its base name", async () => {
    const source = await readSource(fixture("tracker.xlsx", await xlsxBytes()));
    expect(source.file).toBe("tracker.xlsx");
    expect(source.sheets[0]!.rows).toEqual([["uid", "text"], ["R-1", "Ratify OP-CAT"]]);
  });

  it("goes by content, not by extension", async () => {
    const renamedWorkbook = await readSource(fixture("export.csv", await xlsxBytes()));
    expect(renamedWorkbook.sheets[0]!.name).toBe("Recs");
    const renamedCsv = await readSource(fixture("export.xlsx", "uid;text\nR-1;Ratify\n"));
    expect(renamedCsv.sheets[0]).toEqual({ name: "export", rows: [["uid", "text"], ["R-1", "Ratify"]], merges: [] });
  });

  it("reads CSV text", async () => {
    const source = await readSource(fixture("recs.csv", "uid,text\r\nR-1,\"Ratify, then report\"\r\n"));
    expect(source).toEqual({ file: "recs.csv", sheets: [{ name: "recs", rows: [["uid", "text"], ["R-1", "Ratify, then report"]], merges: [] }] });
  });

  it("reports a missing file with the path as typed", async () => {
    const path = join(dir, "nowhere", "missing.xlsx");
    const error = await inputError(path);
    expect(error.code).toBe("input.missing");
    expect(error.params).toEqual({ file: path });
    expect(error.message).toBe(`Cannot find ${path}: check the folder and the spelling of the file name, then try again.`);
  });

  it("reports a folder", async () => {
    const folder = join(dir, "a-folder.xlsx");
    mkdirSync(folder);
    expect((await inputError(folder)).code).toBe("input.notAFile");
  });

  it("reports an empty file", async () => {
    const error = await inputError(fixture("empty.csv", ""));
    expect(error.code).toBe("input.empty");
    expect(error.params).toEqual({ file: "empty.csv" });
  });

  it("reports a password-protected workbook", async () => {
    const fake = Buffer.concat([OLE2, Buffer.alloc(1000), Buffer.from("EncryptionInfo", "utf16le"), Buffer.alloc(100)]);
    const error = await inputError(fixture("secret.xlsx", fake));
    expect(error.code).toBe("input.encrypted");
    expect(error.message).toContain("secret.xlsx is protected by a password");
  });

  it("reports a legacy .xls workbook", async () => {
    const fake = Buffer.concat([OLE2, Buffer.alloc(1000), Buffer.from("Workbook", "utf16le")]);
    expect((await inputError(fixture("old.xls", fake))).code).toBe("input.legacyXls");
  });

  it("reports binary garbage and a damaged workbook", async () => {
    const garbage = Buffer.from(Array.from({ length: 2048 }, (_v, i) => (i * 131 + 7) % 256));
    expect((await inputError(fixture("garbage.xlsx", garbage))).code).toBe("input.notSpreadsheet");
    const damaged = (await xlsxBytes()).subarray(0, 300);
    expect((await inputError(fixture("damaged.xlsx", damaged))).code).toBe("input.corrupt");
  });

  // Permissions do not stop root, so the check only means something for an ordinary user.
  const asUser = typeof process.getuid === "function" && process.getuid() !== 0 ? it : it.skip;
  asUser("reports a file it may not read", async () => {
    const path = fixture("locked.csv", "a,b\n");
    chmodSync(path, 0o000);
    const error = await inputError(path);
    expect(error.code).toBe("input.unreadable");
    expect(error.params).toEqual({ file: "locked.csv", reason: "EACCES" });
  });
});

/** Test support: writes small ZIP packages by hand, so tests can build .xlsx parts that exceljs never writes. */
import { deflateRawSync } from "node:zlib";

export interface ZipFile {
  readonly name: string;
  readonly content: string | Buffer;
  /** Stored (method 0) instead of deflated, as some writers do. */
  readonly stored?: boolean;
}

/** The reader never checks CRCs (Excel does), so they are left at zero. */
export function buildZip(files: readonly ZipFile[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const raw = typeof file.content === "string" ? Buffer.from(file.content, "utf8") : file.content;
    const body = file.stored ? raw : deflateRawSync(raw);
    const name = Buffer.from(file.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(file.stored ? 0 : 8, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(file.stored ? 0 : 8, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A minimal workbook package around the given worksheet XML bodies (the <sheetData> and whatever follows it). */
export function buildXlsx(
  sheets: readonly { name: string; xml: string; hidden?: boolean }[],
  options: { sharedStrings?: readonly string[]; styles?: string; date1904?: boolean; prefix?: string } = {},
): Buffer {
  const p = options.prefix ? `${options.prefix}:` : "";
  const ns = options.prefix ? `xmlns:${options.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const files: ZipFile[] = [
    {
      name: "_rels/.rels",
      content: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      content:
        `<?xml version="1.0"?><${p}workbook ${ns} xmlns:r="${REL}">` +
        (options.date1904 ? `<${p}workbookPr date1904="1"/>` : "") +
        `<${p}sheets>` +
        sheets
          .map((s, i) => `<${p}sheet name="${s.name}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`)
          .join("") +
        `</${p}sheets></${p}workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      content:
        `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
        `<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
        `<Relationship Id="rT" Type="${REL}/styles" Target="/xl/styles.xml"/></Relationships>`,
    },
    ...sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${i + 1}.xml`,
      content: `<?xml version="1.0"?><${p}worksheet ${ns}>${s.xml}</${p}worksheet>`,
    })),
  ];
  if (options.sharedStrings) {
    files.push({
      name: "xl/sharedStrings.xml",
      content: `<sst xmlns="${MAIN}">${options.sharedStrings.map((s) => (s.startsWith("<") ? `<si>${s}</si>` : `<si><t>${s}</t></si>`)).join("")}</sst>`,
    });
  }
  if (options.styles) files.push({ name: "xl/styles.xml", content: `<styleSheet xmlns="${MAIN}">${options.styles}</styleSheet>` });
  return buildZip(files);
}

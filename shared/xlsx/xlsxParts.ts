/** Reads the workbook-level parts of an .xlsx (sheet list, shared strings, date styles) that every worksheet needs. */
import { isDateFormatCode, isDateFormatId } from "../grid/dateFormat";
import { attribute, scanXmlBytes } from "./xmlScan";
import { readEntry, type Inflater, type ZipEntry } from "./zip";

/** An opened package: its bytes, its entries by lower-cased part name, and the host's way to inflate them. */
export interface Package {
  readonly data: Uint8Array;
  readonly parts: ReadonlyMap<string, ZipEntry>;
  readonly inflater: Inflater;
}

export interface SheetRef {
  readonly name: string;
  /** Lower-cased part name, as keyed in the zip listing. */
  readonly part: string;
}

export interface WorkbookInfo {
  readonly sheets: readonly SheetRef[];
  /** Workbooks saved with the 1904 date system count days from 1904-01-01. */
  readonly date1904: boolean;
  readonly sharedStringsPart: string | undefined;
  readonly stylesPart: string | undefined;
}

/** The package has no workbook part: a ZIP, but not a spreadsheet (a .docx, an .ods, an .xlsb…). */
export class NotAWorkbookError extends Error {}

/** A part is missing or unreadable although the package claims to be a workbook. */
export class MissingPartError extends Error {}

async function partBytes(pkg: Package, part: string): Promise<Uint8Array> {
  const entry = pkg.parts.get(part);
  if (!entry) throw new MissingPartError(`missing part ${part}`);
  return readEntry(pkg.data, entry, pkg.inflater);
}

const isTrue = (value: string | undefined): boolean => value === "1" || value === "true";

/** Resolves a relationship target against the folder of the part that owns it ("worksheets/sheet1.xml" from "xl/workbook.xml"). */
export function resolveTarget(ownerPart: string, target: string): string {
  const segments = target.startsWith("/") ? [] : ownerPart.split("/").slice(0, -1);
  for (const segment of target.replace(/\\/g, "/").split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/").toLowerCase();
}

interface Relationship {
  readonly type: string;
  readonly part: string;
}

async function relationships(pkg: Package, ownerPart: string): Promise<Map<string, Relationship>> {
  const slash = ownerPart.lastIndexOf("/");
  const relsPart = `${ownerPart.slice(0, slash + 1)}_rels/${ownerPart.slice(slash + 1)}.rels`;
  const found = new Map<string, Relationship>();
  if (!pkg.parts.has(relsPart)) return found;
  scanXmlBytes(await partBytes(pkg, relsPart), {
    open(name, attributes) {
      if (name !== "Relationship" || attribute(attributes, "TargetMode") === "External") return;
      const id = attribute(attributes, "Id");
      const target = attribute(attributes, "Target");
      if (id !== undefined && target !== undefined) {
        found.set(id, { type: attribute(attributes, "Type") ?? "", part: resolveTarget(ownerPart, target) });
      }
    },
    close() {},
    text() {},
  });
  return found;
}

const typeIs = (relationship: Relationship, kind: string): boolean => relationship.type.endsWith(`/${kind}`);

/** Worksheets in tab order, hidden ones included; chart sheets and macro sheets carry no cells and are left out. */
export async function readWorkbookInfo(pkg: Package): Promise<WorkbookInfo> {
  const { parts } = pkg;
  const root = await relationships(pkg, "");
  const official = [...root.values()].find((r) => typeIs(r, "officeDocument"));
  const workbookPart = official?.part ?? "xl/workbook.xml";
  if (!parts.has(workbookPart)) throw new NotAWorkbookError("no workbook part");
  const rels = await relationships(pkg, workbookPart);
  const sheets: SheetRef[] = [];
  let date1904 = false;
  scanXmlBytes(await partBytes(pkg, workbookPart), {
    open(name, attributes) {
      if (name === "workbookPr") date1904 = isTrue(attribute(attributes, "date1904"));
      if (name !== "sheet") return;
      const rel = rels.get(attribute(attributes, "id") ?? "");
      if (!rel || !typeIs(rel, "worksheet")) return;
      sheets.push({ name: attribute(attributes, "name") ?? `Sheet${sheets.length + 1}`, part: rel.part });
    },
    close() {},
    text() {},
  });
  const all = [...rels.values()];
  const sharedStrings = all.find((r) => typeIs(r, "sharedStrings"))?.part ?? "xl/sharedstrings.xml";
  const styles = all.find((r) => typeIs(r, "styles"))?.part ?? "xl/styles.xml";
  return {
    sheets,
    date1904,
    sharedStringsPart: parts.has(sharedStrings) ? sharedStrings : undefined,
    stylesPart: parts.has(styles) ? styles : undefined,
  };
}

/** Shared strings as plain text: rich-text runs are joined and phonetic guides (<rPh>) are skipped. */
export async function readSharedStrings(pkg: Package, part: string | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (part === undefined) return strings;
  let pieces: string[] = [];
  let inText = false;
  let phonetic = 0;
  scanXmlBytes(await partBytes(pkg, part), {
    open(name, _attributes, selfClosing) {
      if (name === "si") {
        pieces = [];
        if (selfClosing) strings.push("");
      } else if (name === "rPh") phonetic += selfClosing ? 0 : 1;
      else if (name === "t" && !selfClosing && phonetic === 0) inText = true;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") strings.push(unescapeExcel(pieces.join("")));
    },
    text(value) {
      if (inText) pieces.push(value);
    },
  });
  return strings;
}

/** Excel writes characters XML cannot hold as _xHHHH_ ("_x000D_" for a carriage return); "_x005F_" escapes the underscore itself. */
export function unescapeExcel(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** For each cell style index (the "s" attribute of a cell), whether its number format shows a date. */
export async function readDateStyles(pkg: Package, part: string | undefined): Promise<boolean[]> {
  const dateStyles: boolean[] = [];
  if (part === undefined) return dateStyles;
  const customDate = new Map<number, boolean>();
  let inCellXfs = false;
  scanXmlBytes(await partBytes(pkg, part), {
    open(name, attributes, selfClosing) {
      if (name === "numFmt") {
        const id = Number(attribute(attributes, "numFmtId"));
        customDate.set(id, isDateFormatCode(attribute(attributes, "formatCode") ?? ""));
      } else if (name === "cellXfs") inCellXfs = !selfClosing;
      else if (name === "xf" && inCellXfs) {
        const id = Number(attribute(attributes, "numFmtId") ?? "0");
        dateStyles.push(customDate.get(id) ?? isDateFormatId(id));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  });
  return dateStyles;
}

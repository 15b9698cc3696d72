/**
 * What Word makes of the flat-OPC package handed to `insertOoxml`: the paragraphs and tables of its main document
 * part, as the fake's model. Strict where real Word is lenient or silent, so a mistake shows in a test instead of as
 * a quietly wrong document: anything here that fails is a GeneralException at sync.
 *
 * - The package must be well-formed XML (manifests/xml.ts), a `pkg:package` of `pkg:part`s with XML data, whose `/_rels/.rels`
 *   leads to a main document part; its styles and numbering parts are found through the document's relationships.
 * - The document's body may hold only the subset of WordprocessingML the fake models, in schema order: paragraphs
 *   (`pStyle`, `numPr` at level 0, `bidi`; runs with `b`/`bCs`, `i`/`iCs`, `highlight`, `rtl`; `t`, `tab`, `br`) and
 *   rectangular tables (`tblStyle`, `bidiVisual`, `tblW`, `tblLook`, a grid, `tblHeader` rows, one paragraph a cell).
 * - A `pStyle`/`tblStyle` must name a style the package defines, of the right type (or be "Normal", the document's
 *   own default). Real Word falls back to Normal without a word; style ids are localised in some Word languages, so a
 *   package relying on the document's own ids breaks there. The style Word applies is the one with the same *name*:
 *   the fake maps the canonical built-in names to `styleBuiltIn`, any other name to "Other".
 */
import { FakeOfficeError } from "../excel/errors";
import type { ModelledStyle } from "./enums";
import type { Item, ListModel, ParagraphModel, RunModel, TableModel, WordState } from "./model";
import { XML_NS, XmlError, attribute, parseXml, type XmlElement } from "../../../manifests/xml";

export const PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage";
export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

/** The error Word raises for a package it cannot insert. */
export const badOoxml = (detail: string): FakeOfficeError => new FakeOfficeError("GeneralException", `There was an internal error while processing the request. ${detail}`);

/** Built-in style names as styles.xml spells them (compared without case), and the BuiltInStyleName each is. */
const BUILT_IN_NAMES: Readonly<Record<string, ModelledStyle>> = {
  "normal": "Normal",
  "heading 1": "Heading1",
  "heading 2": "Heading2",
  "heading 3": "Heading3",
  "list paragraph": "ListParagraph",
  "table grid": "TableGrid",
  "grid table 1 light": "GridTable1Light",
  "grid table 4 accent 1": "GridTable4_Accent1",
};

/** ST_HighlightColor values and how Word's `highlightColor` names them. */
const HIGHLIGHTS: Readonly<Record<string, string | null>> = {
  yellow: "Yellow", green: "Green", cyan: "Cyan", magenta: "Magenta", blue: "Blue", red: "Red", darkBlue: "DarkBlue", darkCyan: "DarkCyan",
  darkGreen: "DarkGreen", darkMagenta: "DarkMagenta", darkRed: "DarkRed", darkYellow: "DarkYellow", darkGray: "DarkGray", lightGray: "LightGray",
  black: "Black", white: "White", none: null,
};

/** Level-0 bullet texts (Word's own Symbol-font ones, or the Unicode bullet) and the ListBullet each is. */
const BULLETS: Readonly<Record<string, string>> = { "\uF0B7": "Solid", "\u2022": "Solid", "o": "Hollow", "\uF0A7": "Square" };

interface Style {
  readonly type: string;
  readonly builtIn: ModelledStyle | "Other";
}

interface Package {
  readonly styles: ReadonlyMap<string, Style>;
  /** numId → the level-0 bullet of its abstract numbering. */
  readonly bullets: ReadonlyMap<string, string>;
}

const w = (el: XmlElement, local: string): string | null => attribute(el, W_NS, local);
const name = (el: XmlElement): string => (el.ns === W_NS ? `w:${el.local}` : `{${el.ns}}${el.local}`);

/** An on/off property (`<w:b/>`, `<w:b w:val="0"/>`). */
function onOff(el: XmlElement): boolean {
  const value = w(el, "val");
  if (value === null || ["1", "true", "on"].includes(value)) return true;
  if (["0", "false", "off"].includes(value)) return false;
  throw badOoxml(`${name(el)} has the value "${value}".`);
}

function required(el: XmlElement, local: string): string {
  const value = w(el, local);
  if (value === null) throw badOoxml(`${name(el)} has no w:${local}.`);
  return value;
}

/**
 * Element children only (whitespace between them allowed, text not), each named in `allowed` — whose entries are in
 * schema order, "a|b" for a choice that may come in any order — and none but `repeatable` ones twice.
 */
function children(el: XmlElement, allowed: readonly string[], repeatable: readonly string[] = []): readonly XmlElement[] {
  let last = -1;
  const seen = new Set<string>();
  for (const child of el.nodes) {
    if (child.kind === "text") {
      if (child.text.trim() !== "") throw badOoxml(`Text directly inside ${name(el)}.`);
      continue;
    }
    const index = child.ns === W_NS ? allowed.findIndex((entry) => entry.split("|").includes(child.local)) : -1;
    if (index < 0) throw badOoxml(`${name(child)} inside ${name(el)} is not in the subset of WordprocessingML the fake models.`);
    if (index < last || (seen.has(child.local) && !repeatable.includes(child.local))) throw badOoxml(`${name(child)} is out of schema order inside ${name(el)}.`);
    last = index;
    seen.add(child.local);
  }
  return el.children;
}

function partsOf(root: XmlElement): Map<string, { contentType: string; xml: XmlElement }> {
  if (root.ns !== PKG_NS || root.local !== "package") throw badOoxml("The root element is not pkg:package.");
  const parts = new Map<string, { contentType: string; xml: XmlElement }>();
  for (const part of root.children) {
    const partName = attribute(part, PKG_NS, "name");
    const contentType = attribute(part, PKG_NS, "contentType");
    if (part.ns !== PKG_NS || part.local !== "part" || partName === null || contentType === null || !partName.startsWith("/")) throw badOoxml("A package part is malformed.");
    const [data, ...more] = part.children;
    if (data?.ns !== PKG_NS || more.length > 0) throw badOoxml(`The part ${partName} holds no single pkg:xmlData.`);
    if (data.local === "binaryData") throw new Error(`The Word fake does not model binary parts (${partName}).`);
    const [xml, ...rest] = data.children;
    if (data.local !== "xmlData" || xml === undefined || rest.length > 0) throw badOoxml(`The part ${partName} holds no single XML document.`);
    if (parts.has(partName.toLowerCase())) throw badOoxml(`The part ${partName} is there twice.`);
    parts.set(partName.toLowerCase(), { contentType, xml });
  }
  return parts;
}

/** The targets of a relationships part by relationship type (the last segment of the type URI), resolved against `base`. */
function relationships(rels: XmlElement | undefined, base: string): Map<string, string> {
  const targets = new Map<string, string>();
  if (rels === undefined) return targets;
  if (rels.ns !== RELS_NS || rels.local !== "Relationships") throw badOoxml("A relationships part has no Relationships root.");
  for (const rel of rels.children) {
    const [type, target] = [attribute(rel, "", "Type"), attribute(rel, "", "Target")];
    if (rel.ns !== RELS_NS || rel.local !== "Relationship" || type === null || target === null || attribute(rel, "", "Id") === null) throw badOoxml("A relationship is malformed.");
    if (type.startsWith(REL_TYPE)) targets.set(type.slice(REL_TYPE.length), target.startsWith("/") ? target : base + target);
  }
  return targets;
}

function stylesOf(root: XmlElement | undefined): Map<string, Style> {
  const styles = new Map<string, Style>();
  if (root === undefined) return styles;
  if (root.ns !== W_NS || root.local !== "styles") throw badOoxml("The styles part has no w:styles root.");
  for (const style of root.children.filter((el) => el.ns === W_NS && el.local === "style")) {
    const id = required(style, "styleId");
    const nameEl = style.children.find((el) => el.ns === W_NS && el.local === "name");
    if (nameEl === undefined) throw badOoxml(`The style "${id}" has no w:name.`);
    if (styles.has(id)) throw badOoxml(`The style "${id}" is defined twice.`);
    styles.set(id, { type: w(style, "type") ?? "paragraph", builtIn: BUILT_IN_NAMES[required(nameEl, "val").toLowerCase()] ?? "Other" });
  }
  return styles;
}

function bulletsOf(root: XmlElement | undefined): Map<string, string> {
  const bullets = new Map<string, string>();
  if (root === undefined) return bullets;
  if (root.ns !== W_NS || root.local !== "numbering") throw badOoxml("The numbering part has no w:numbering root.");
  const abstract = new Map<string, string>();
  for (const el of root.children.filter((e) => e.ns === W_NS && e.local === "abstractNum")) {
    const level0 = el.children.find((l) => l.ns === W_NS && l.local === "lvl" && w(l, "ilvl") === "0");
    const format = level0?.children.find((f) => f.ns === W_NS && f.local === "numFmt");
    const text = level0?.children.find((f) => f.ns === W_NS && f.local === "lvlText");
    const bullet = format && text && w(format, "val") === "bullet" ? BULLETS[w(text, "val") ?? ""] : undefined;
    if (bullet === undefined) throw new Error("The Word fake models level-0 bullets (Solid, Hollow, Square) only.");
    abstract.set(required(el, "abstractNumId"), bullet);
  }
  for (const num of root.children.filter((e) => e.ns === W_NS && e.local === "num")) {
    const ref = num.children.find((e) => e.ns === W_NS && e.local === "abstractNumId");
    const bullet = ref && abstract.get(required(ref, "val"));
    if (bullet === undefined) throw badOoxml(`The numbering ${w(num, "numId") ?? "?"} refers to no abstract numbering.`);
    bullets.set(required(num, "numId"), bullet);
  }
  return bullets;
}

function styleOf(pkg: Package, id: string | null, type: "paragraph" | "table"): ModelledStyle | "Other" {
  if (id === null) return type === "paragraph" ? "Normal" : "Other";
  const style = pkg.styles.get(id);
  if (style === undefined && id === "Normal" && type === "paragraph") return "Normal";
  if (style === undefined) throw badOoxml(`The ${type} style "${id}" is not defined in the package's styles part (Word would silently use Normal).`);
  if (style.type !== type) throw badOoxml(`The style "${id}" is a ${style.type} style, used as a ${type} style.`);
  return style.builtIn;
}

/** A run's text: `w:t` (trimmed at its ends unless xml:space="preserve", as Word does), tabs, line breaks. */
function runText(el: XmlElement): string {
  if (el.local !== "t") {
    if (el.nodes.length > 0 || [...el.attributes.keys()].some((q) => q !== "xmlns" && !q.startsWith("xmlns:"))) throw badOoxml(`${name(el)} is not empty.`);
    return el.local === "tab" ? "\t" : "\v";
  }
  if (el.children.length > 0) throw badOoxml("w:t holds an element.");
  return attribute(el, XML_NS, "space") === "preserve" ? el.text : el.text.trim();
}

function runOf(el: XmlElement): RunModel {
  const [first, ...rest] = children(el, ["rPr", "t|tab|br"], ["t", "tab", "br"]);
  const props = first?.local === "rPr" ? children(first, ["b", "bCs", "i", "iCs", "highlight", "rtl"]) : [];
  const content = first?.local === "rPr" ? rest : el.children;
  const on = (local: string): boolean => props.some((p) => p.local === local && onOff(p));
  const highlight = props.find((p) => p.local === "highlight");
  const color = highlight === undefined ? null : HIGHLIGHTS[required(highlight, "val")];
  if (color === undefined) throw badOoxml(`w:highlight has the value "${w(highlight!, "val") ?? ""}".`);
  return { text: content.map(runText).join(""), bold: on("b"), italic: on("i"), highlightColor: color };
}

function paragraphOf(state: WordState, pkg: Package, lists: Map<string, ListModel>, el: XmlElement): ParagraphModel {
  const [first, ...rest] = children(el, ["pPr", "r"], ["r"]);
  const props = first?.local === "pPr" ? children(first, ["pStyle", "numPr", "bidi"]) : [];
  const runs = (first?.local === "pPr" ? rest : el.children).map(runOf).filter((r) => r.text !== "");
  const style = props.find((p) => p.local === "pStyle");
  const numPr = props.find((p) => p.local === "numPr");
  const bidi = props.some((p) => p.local === "bidi" && onOff(p));
  let list: ParagraphModel["list"] = null;
  if (numPr !== undefined) {
    const numbering = children(numPr, ["ilvl", "numId"]);
    const [ilvl, numId] = ["ilvl", "numId"].map((local) => numbering.find((p) => p.local === local));
    if (ilvl === undefined || numId === undefined) throw badOoxml("w:numPr needs w:ilvl and w:numId.");
    if (required(ilvl, "val") !== "0") throw new Error("The Word fake models list level 0 only.");
    const id = required(numId, "val");
    const bullet = pkg.bullets.get(id);
    if (bullet === undefined) throw badOoxml(`The numbering ${id} is not defined in the package's numbering part.`);
    let model = lists.get(id);
    if (model === undefined) {
      model = { id: state.nextId++, bullet };
      lists.set(id, model);
      state.lists.push(model);
    }
    list = { list: model, level: 0 };
  }
  // No w:jc: a paragraph sits at the side its reading order starts from, the right for a bidi one.
  return { kind: "paragraph", id: state.nextId++, runs, styleBuiltIn: styleOf(pkg, style === undefined ? null : required(style, "val"), "paragraph"), alignment: bidi ? "Right" : "Left", bidi, list };
}

function tableOf(state: WordState, pkg: Package, lists: Map<string, ListModel>, el: XmlElement): TableModel {
  const parts = children(el, ["tblPr", "tblGrid", "tr"], ["tr"]);
  const props = parts[0]?.local === "tblPr" ? children(parts[0], ["tblStyle", "bidiVisual", "tblW", "tblLook"]) : [];
  const grid = parts.find((p) => p.local === "tblGrid");
  const columns = grid === undefined ? 0 : children(grid, ["gridCol"], ["gridCol"]).length;
  const rows = parts.filter((p) => p.local === "tr");
  if (grid === undefined || columns === 0 || rows.length === 0) throw badOoxml("A table needs w:tblGrid with columns and at least one w:tr.");
  let headers = 0;
  let counting = true;
  const cells: ParagraphModel[][] = rows.map((row) => {
    const [first, ...rest] = children(row, ["trPr", "tc"], ["tc"]);
    const header = first?.local === "trPr" && children(first, ["tblHeader"]).some(onOff);
    counting &&= header;
    if (counting) headers++;
    const tcs = first?.local === "trPr" ? rest : row.children;
    if (tcs.length !== columns) throw new Error("The Word fake models rectangular tables only: every row has a cell per grid column.");
    return tcs.map((tc) => {
      const paragraphs = children(tc, ["tcPr", "p"], ["p"]).filter((p) => p.local === "p");
      if (paragraphs.length !== 1) throw new Error("The Word fake models one paragraph per table cell.");
      return paragraphOf(state, pkg, lists, paragraphs[0]!);
    });
  });
  const flat = cells.flat();
  if (flat.some((p) => p.bidi !== flat[0]!.bidi)) throw new Error("The Word fake models one reading order for all the cells of a table.");
  const style = props.find((p) => p.local === "tblStyle");
  return {
    kind: "table",
    id: state.nextId++,
    values: cells.map((row) => row.map((p) => p.runs.map((r) => r.text).join(""))),
    headerRowCount: headers,
    styleBuiltIn: styleOf(pkg, style === undefined ? null : required(style, "val"), "table"),
    bidiVisual: props.some((p) => p.local === "bidiVisual" && onOff(p)),
    cellsBidi: flat[0]!.bidi,
  };
}

/** The items Word would insert for this package; throws GeneralException for one it cannot use. */
export function readOoxml(state: WordState, ooxml: string): Item[] {
  let root: XmlElement;
  try {
    root = parseXml(ooxml);
  } catch (e) {
    throw e instanceof XmlError ? badOoxml(`The OOXML is not well-formed: ${e.message}`) : e;
  }
  const parts = partsOf(root);
  const main = relationships(parts.get("/_rels/.rels")?.xml, "/").get("officeDocument");
  const document = main === undefined ? undefined : parts.get(main.toLowerCase());
  if (main === undefined || document === undefined || document.contentType !== MAIN_TYPE) throw badOoxml("The package has no main document part (/word/document.xml).");
  const folder = main.slice(0, main.lastIndexOf("/") + 1);
  const related = relationships(parts.get(`${folder}_rels/${main.slice(folder.length)}.rels`.toLowerCase())?.xml, folder);
  const partXml = (type: string): XmlElement | undefined => {
    const target = related.get(type);
    return target === undefined ? undefined : parts.get(target.toLowerCase())?.xml;
  };
  const pkg: Package = { styles: stylesOf(partXml("styles")), bullets: bulletsOf(partXml("numbering")) };

  const doc = document.xml;
  if (doc.ns !== W_NS || doc.local !== "document") throw badOoxml("The main document part has no w:document root.");
  const [body, ...more] = children(doc, ["body"]);
  if (body === undefined || more.length > 0) throw badOoxml("w:document holds no single w:body.");
  const lists = new Map<string, ListModel>();
  return children(body, ["p|tbl"], ["p", "tbl"]).map((el) => (el.local === "p" ? paragraphOf(state, pkg, lists, el) : tableOf(state, pkg, lists, el)));
}

/** The OOXML package a right-to-left section goes into Word as: well-formed, self-contained, right to left throughout. */
import type { Run } from "../../../shared/report/documentModel";
import { sectionOoxml, xmlText } from "../../../word-addin/src/adapter/ooxmlSection";
import { wordBlocks, type ParagraphStyle, type WordBlock } from "../../../word-addin/src/adapter/wordBlocks";
import { PKG_NS, W_NS } from "../../fakes/word/ooxml";
import { attribute, parseXml, type XmlElement } from "../../../manifests/xml";
import { report, spec } from "./reports";

const descendants = (el: XmlElement): XmlElement[] => el.children.flatMap((child) => [child, ...descendants(child)]);
const named = (el: XmlElement, local: string): XmlElement[] => descendants(el).filter((d) => d.ns === W_NS && d.local === local);
const w = (el: XmlElement, local: string): string | null => attribute(el, W_NS, local);
const direct = (el: XmlElement, local: string): XmlElement[] => el.children.filter((d) => d.ns === W_NS && d.local === local);

/** The package's parts by name, each its parsed XML root. */
function parts(ooxml: string): Map<string, XmlElement> {
  const root = parseXml(ooxml);
  expect([root.ns, root.local]).toEqual([PKG_NS, "package"]);
  return new Map(root.children.map((part) => [attribute(part, PKG_NS, "name")!, part.children[0]!.children[0]!]));
}

const arabicBlocks = (): WordBlock[] => wordBlocks(report(spec("upr-midterm", "ar")).sections[0]!.blocks, { structured: true });
const para = (runs: Run[], style: ParagraphStyle = "Normal"): WordBlock => ({ kind: "paragraph", style, list: null, runs });

describe("sectionOoxml", () => {
  const ooxml = sectionOoxml(arabicBlocks());
  const pkg = parts(ooxml);
  const body = pkg.get("/word/document.xml")!;

  it("is a well-formed flat-OPC package with the document, its styles and numbering, and nothing heavier (no fonts, no theme)", () => {
    expect([...pkg.keys()].sort()).toEqual(["/_rels/.rels", "/word/_rels/document.xml.rels", "/word/document.xml", "/word/numbering.xml", "/word/styles.xml"]);
    expect(ooxml.length).toBeLessThan(20_000);
  });

  it("gives every paragraph, table cells included, a right-to-left reading order, and every run right-to-left characteristics", () => {
    const paragraphs = named(body, "p");
    expect(paragraphs.length).toBeGreaterThan(20);
    expect(paragraphs.filter((p) => direct(direct(p, "pPr")[0] ?? p, "bidi").length !== 1)).toEqual([]);
    const runs = named(body, "r");
    expect(runs.filter((r) => named(r, "rtl").length !== 1)).toEqual([]);
    expect(named(body, "jc")).toEqual([]); // Word reads left/right as start/end in a bidi paragraph: none is written
  });

  it("defines every style it refers to under its canonical built-in name, of the right type", () => {
    const styles = new Map(direct(pkg.get("/word/styles.xml")!, "style").map((s) => [w(s, "styleId")!, { type: w(s, "type"), name: w(direct(s, "name")[0]!, "val") }]));
    const used = [...new Set(named(body, "pStyle").map((s) => w(s, "val")!))].sort();
    expect(used).toEqual(["Heading1", "Heading2", "Heading3", "ListParagraph", "Normal"]);
    expect(used.map((id) => styles.get(id))).toEqual(
      ["heading 1", "heading 2", "heading 3", "List Paragraph", "Normal"].map((name) => ({ type: "paragraph", name })),
    );
    expect(named(body, "tblStyle").map((s) => styles.get(w(s, "val")!))).toEqual([{ type: "table", name: "Grid Table 1 Light" }]);
    expect(styles.get("TableNormal")).toEqual({ type: "table", name: "Normal Table" }); // what Grid Table 1 Light is based on
  });

  it("lays tables out right to left with their first row a header row", () => {
    const [table] = named(body, "tbl");
    expect(named(direct(table!, "tblPr")[0]!, "bidiVisual")).toHaveLength(1);
    const rows = direct(table!, "tr");
    expect(rows.map((r) => named(r, "tblHeader").length)).toEqual(rows.map((_, i) => (i === 0 ? 1 : 0)));
    expect(rows.every((r) => direct(r, "tc").length === direct(direct(table!, "tblGrid")[0]!, "gridCol").length)).toBe(true);
  });

  it("makes each bullets block its own list of Word's solid bullet, its items in List Paragraph", () => {
    const blocks = arabicBlocks();
    const starts = blocks.filter((b) => b.kind === "paragraph" && b.list === "start").length;
    const numIds = named(body, "numId").map((n) => w(n, "val"));
    expect(new Set(numIds).size).toBe(starts);
    expect(numIds).toHaveLength(blocks.filter((b) => b.kind === "paragraph" && b.list !== null).length);
    const numbering = pkg.get("/word/numbering.xml")!;
    expect(direct(numbering, "num").map((n) => w(n, "numId"))).toEqual([...new Set(numIds)]);
    expect(named(numbering, "lvlText").map((t) => w(t, "val"))).toEqual(["\uF0B7"]);
    const items = named(body, "p").filter((p) => named(p, "numPr").length > 0);
    expect(items.every((p) => named(p, "pStyle").map((s) => w(s, "val")).join() === "ListParagraph")).toBe(true);
  });

  it("keeps two bullets blocks in a row two lists, as the left-to-right path does", () => {
    const item = (list: "start" | "item", text: string): WordBlock => ({ kind: "paragraph", style: null, list, runs: [{ text }] });
    const doc = parts(sectionOoxml([item("start", "أ"), item("item", "ب"), item("start", "ج")])).get("/word/document.xml")!;
    expect(named(doc, "numId").map((n) => w(n, "val"))).toEqual(["1", "1", "2"]);
  });

  it("sets bold and italic for complex scripts too, and highlights placeholders, as the left-to-right path does", () => {
    const doc = parts(sectionOoxml([para([{ text: "عنوان", bold: true }, { text: "مائل", italic: true }, { text: "[غير متوفر]", italic: true, placeholder: true }, { text: "عادي" }])])).get("/word/document.xml")!;
    const looks = named(doc, "rPr").map((rPr) => rPr.children.map((e) => (e.local === "highlight" ? `highlight=${w(e, "val")}` : e.local)).join(" "));
    expect(looks).toEqual(["b bCs rtl", "i iCs rtl", "i iCs highlight=yellow rtl", "rtl"]);
  });

  it("escapes markup and drops the characters XML 1.0 cannot hold, keeping spaces, tabs and line breaks", () => {
    expect(xmlText(`A & B <C> "q" 'a'`)).toBe("A &amp; B &lt;C&gt; &quot;q&quot; &apos;a&apos;");
    expect(xmlText("a\u0000b\u0001c\u001Fd\uFFFEe\uD800f\u{1F600}")).toBe("abcdef\u{1F600}");
    const ooxml = sectionOoxml([para([{ text: " A & B <C> \u0007" }, { text: "x\ty\r\nz" }, { text: "\u0001\u0002" }])]);
    const doc = parts(ooxml).get("/word/document.xml")!;
    const [first, second, ...rest] = named(doc, "r");
    expect(rest).toEqual([]); // a run of nothing but control characters is left out
    expect(named(first!, "t").map((t) => [attribute(t, "http://www.w3.org/XML/1998/namespace", "space"), t.text])).toEqual([["preserve", " A & B <C> "]]);
    expect(second!.children.map((e) => e.local)).toEqual(["rPr", "t", "tab", "t", "br", "t"]);
  });
});

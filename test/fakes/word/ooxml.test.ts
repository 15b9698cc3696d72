/** ContentControl.insertOoxml in the strict fake: what it makes of a package, and what it refuses. */
import type { FakeContentControl } from "./contentControl";
import { FakeWord } from "./index";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const TYPE = "application/vnd.openxmlformats-";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

const part = (name: string, type: string, xml: string): string => `<pkg:part pkg:name="${name}" pkg:contentType="${TYPE}${type}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
const rels = (...targets: [string, string][]): string =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets.map(([t, target], i) => `<Relationship Id="rId${i}" Type="${REL}${t}" Target="${target}"/>`).join("")}</Relationships>`;

/** Styles as a French Word writes them: localised ids, canonical names. */
const STYLES =
  `<w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>` +
  '<w:style w:type="paragraph" w:styleId="Paragraphedeliste"><w:name w:val="List Paragraph"/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Maison"><w:name w:val="House style"/></w:style>' +
  '<w:style w:type="table" w:styleId="TableauGrille1Clair"><w:name w:val="Grid Table 1 Light"/></w:style></w:styles>';
const NUMBERING =
  `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/></w:lvl></w:abstractNum>` +
  '<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="8"><w:abstractNumId w:val="3"/></w:num></w:numbering>';

function flatOpc(body: string, { styles = STYLES, numbering = NUMBERING, main = "/word/document.xml" } = {}): string {
  return (
    '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    part("/_rels/.rels", "package.relationships+xml", rels(["officeDocument", main.slice(1)])) +
    part("/word/_rels/document.xml.rels", "package.relationships+xml", rels(["styles", "styles.xml"], ["numbering", "numbering.xml"])) +
    part("/word/document.xml", "officedocument.wordprocessingml.document.main+xml", `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`) +
    part("/word/styles.xml", "officedocument.wordprocessingml.styles+xml", styles) +
    part("/word/numbering.xml", "officedocument.wordprocessingml.numbering+xml", numbering) +
    "</pkg:package>"
  );
}

const rtlParagraph = (style: string, text: string, extra = ""): string =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/>${extra}<w:bidi/></w:pPr><w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A control holding "kept", then `act` on it in a second batch; resolves to the word document. */
async function withControl(act: (control: FakeContentControl) => void): Promise<FakeWord> {
  const word = new FakeWord(["x"]);
  await word.run(async (context) => {
    const control = context.document.getSelection().insertParagraph("kept", "After").insertContentControl();
    control.tag = "t";
    await context.sync();
    act(control);
  });
  return word;
}

describe("insertOoxml in the strict Word fake", () => {
  it("inserts right-to-left paragraphs with the built-in style their style's name says, whatever its id, in one queued operation", async () => {
    const word = await withControl((c) => {
      c.insertOoxml(flatOpc(rtlParagraph("Titre1", "عنوان") + rtlParagraph("Normal", "نص") + rtlParagraph("Maison", "خاص") + '<w:p><w:r><w:t>  trimmed  </w:t></w:r></w:p>'), "End");
    });
    expect(word.syncs.map((s) => s.ops)).toEqual([3, 1]); // the control, then the package in one operation
    const [, control] = word.outline();
    expect(control).toMatchObject({
      items: [
        { paragraph: "kept", bidi: false, style: "Normal" },
        { paragraph: "عنوان", style: "Heading1", bidi: true, alignment: "Right" },
        { paragraph: "نص", style: "Normal", bidi: true, alignment: "Right" },
        { paragraph: "خاص", style: "Other", bidi: true },
        { paragraph: "trimmed", style: "Normal", bidi: false, alignment: "Left" },
      ],
    });
  });

  it("reads runs' bold, italic and highlight, bullets as one list per numbering, and tables with their header rows and direction", async () => {
    const run = (props: string, text: string) => `<w:r><w:rPr>${props}<w:rtl/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const item = (numId: number, text: string) => rtlParagraph("Paragraphedeliste", text, `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`);
    const cell = (text: string) => `<w:tc><w:p><w:pPr><w:bidi/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const table =
      '<w:tbl><w:tblPr><w:tblStyle w:val="TableauGrille1Clair"/><w:bidiVisual/><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid><w:gridCol w:w="1"/><w:gridCol w:w="1"/></w:tblGrid>' +
      `<w:tr><w:trPr><w:tblHeader/></w:trPr>${cell("أ")}${cell("ب")}</w:tr><w:tr>${cell("1")}${cell("2")}</w:tr></w:tbl>`;
    const word = await withControl((c) => {
      c.insertOoxml(flatOpc(`<w:p><w:pPr><w:bidi/></w:pPr>${run("<w:b/><w:bCs/>", "عريض")}${run("<w:i/><w:iCs/><w:highlight w:val=\"yellow\"/>", "[؟]")}<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/></w:r></w:p>${item(7, "١")}${item(7, "٢")}${item(8, "٣")}${table}`), "End");
    });
    const items = word.controls()[0]!.items;
    expect(items[1]).toMatchObject({ runs: [{ text: "عريض", bold: true, italic: false, highlightColor: null }, { text: "[؟]", bold: false, italic: true, highlightColor: "Yellow" }, { text: "a\tb\v" }] });
    const lists = items.slice(2, 5).map((p) => (p.kind === "paragraph" ? p.list?.list : undefined));
    expect([lists[0] === lists[1], lists[1] === lists[2], lists.every((l) => l?.bullet === "Solid")]).toEqual([true, false, true]);
    expect(items.slice(2, 5).every((p) => p.kind === "paragraph" && p.styleBuiltIn === "ListParagraph" && p.bidi)).toBe(true);
    expect(word.outline()[1]).toMatchObject({ items: expect.arrayContaining([{ table: [["أ", "ب"], ["1", "2"]], headerRowCount: 1, style: "GridTable1Light", bidiVisual: true, cellsBidi: true }]) });
  });

  it("puts the package's content at the start, the end, or in place of what the control holds", async () => {
    const texts = async (where: "Start" | "End" | "Replace") =>
      (await withControl((c) => c.insertOoxml(flatOpc(rtlParagraph("Normal", "جديد")), where))).controls()[0]!.items.map((p) => (p.kind === "paragraph" ? p.runs.map((r) => r.text).join("") : "?"));
    expect([await texts("Start"), await texts("End"), await texts("Replace")]).toEqual([["جديد", "kept"], ["kept", "جديد"], ["جديد"]]);
  });

  it.each([
    ["not well-formed XML", () => flatOpc("<w:p><w:r><w:t>A & B</w:t></w:r></w:p>")],
    ["crossed tags", () => flatOpc("<w:p><w:r></w:p></w:r>")],
    ["a control character", () => flatOpc("<w:p><w:r><w:t>\u0001</w:t></w:r></w:p>")],
    ["no main document part", () => flatOpc(rtlParagraph("Normal", "x"), { main: "/word/missing.xml" })],
    ["an element outside the modelled subset", () => flatOpc('<w:p><w:pPr><w:bidi/><w:jc w:val="left"/></w:pPr></w:p>')],
    ["an element of another namespace", () => flatOpc('<w:p xmlns:v="urn:x"><v:shape/></w:p>')],
    ["properties out of schema order", () => flatOpc('<w:p><w:pPr><w:bidi/><w:pStyle w:val="Normal"/></w:pPr></w:p>')],
    ["a style id the package does not define", () => flatOpc(rtlParagraph("Heading1", "x"))],
    ["a table style used on a paragraph", () => flatOpc(rtlParagraph("TableauGrille1Clair", "x"))],
    ["no styles part at all", () => flatOpc(rtlParagraph("Titre1", "x"), { styles: "" }).replace(/<pkg:part pkg:name="\/word\/styles.xml".*?<\/pkg:part>/, "")],
    ["a list without its numbering", () => flatOpc(rtlParagraph("Normal", "x", '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr>'))],
  ])("refuses %s with GeneralException, at sync", async (_what, ooxml) => {
    await expect(withControl((c) => c.insertOoxml(ooxml(), "End"))).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("accepts an empty body, and the document's own Normal referred to without being defined; refuses to edit a locked control", async () => {
    expect((await withControl((c) => c.insertOoxml(flatOpc(""), "End"))).controls()[0]!.items).toHaveLength(1);
    const word = await withControl((c) => c.insertOoxml(flatOpc(rtlParagraph("Normal", "x"), { styles: `<w:styles xmlns:w="${W}"/>` }), "End"));
    expect(word.controls()[0]!.items[1]).toMatchObject({ styleBuiltIn: "Normal", bidi: true });
    const locked = withControl((c) => {
      c.cannotEdit = true;
      c.insertOoxml(flatOpc(""), "End");
    });
    await expect(locked).rejects.toMatchObject({ code: "AccessDenied" });
  });

  it("applies nothing before the sync", async () => {
    const word = new FakeWord(["x"]);
    await word.run(async (context) => {
      const control = context.document.getSelection().insertParagraph("", "After").insertContentControl();
      control.insertOoxml(flatOpc(rtlParagraph("Normal", "later")), "End");
      expect(word.controls()).toEqual([]);
      await context.sync();
      expect(word.controls()[0]!.items).toHaveLength(2);
    });
  });
});

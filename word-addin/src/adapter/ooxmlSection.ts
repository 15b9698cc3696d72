/**
 * A right-to-left section as a flat-OPC OOXML package, for `ContentControl.insertOoxml` (WordApi 1.1). The Word
 * JavaScript API has no paragraph reading-order property, so this is the only way to give Arabic paragraphs Word's
 * `<w:bidi/>`, tables `<w:bidiVisual/>` and runs `<w:rtl/>`. The blocks are the same as on the left-to-right path
 * (wordBlocks.ts) and look the same: built-in styles, one bulleted list per bullets block, tables in Grid Table 1
 * Light with a header row, bold and italic runs, placeholders italic and highlighted yellow.
 *
 * Style ids are localised in some Word languages, and Word matches an inserted style to the document's by its name,
 * so the package defines every style it uses under its canonical built-in name ("heading 1", "List Paragraph", "Grid
 * Table 1 Light"…); where the document has the style, Word keeps the document's own definition. No fonts, no theme:
 * the definitions refer to the document's theme fonts and colours.
 */
import type { Run } from "../../../shared/report/documentModel";
import type { ParagraphStyle, WordBlock } from "./wordBlocks";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const TYPE = "application/vnd.openxmlformats-";

/** Characters XML 1.0 does not allow (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF): dropped. */
const NOT_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text (or an attribute value) escaped for XML, characters XML cannot hold dropped. */
export const xmlText = (value: string): string =>
  value.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** The width the tables' grid is drawn at before Word fits them to the page (twips, about A4 less margins). */
const GRID_WIDTH = 9000;

/** A run's content: text in `w:t` (spaces kept), tabs and line breaks as Word's own elements. */
function runContent(text: string): string {
  const piece = (part: string): string => {
    if (part === "\t") return "<w:tab/>";
    if (/^[\r\n]+$/.test(part)) return "<w:br/>";
    const escaped = xmlText(part);
    return escaped === "" ? "" : `<w:t xml:space="preserve">${escaped}</w:t>`;
  };
  return text.split(/(\t|\r\n|\r|\n)/).map(piece).join("");
}

/** Bold and italic for complex scripts too (`bCs`, `iCs`: Word draws Arabic with those), placeholders highlighted. */
function run(r: Run): string {
  const content = runContent(r.text);
  if (content === "") return "";
  const italic = r.italic === true || r.placeholder === true;
  const props = `${r.bold === true ? "<w:b/><w:bCs/>" : ""}${italic ? "<w:i/><w:iCs/>" : ""}${r.placeholder === true ? '<w:highlight w:val="yellow"/>' : ""}<w:rtl/>`;
  return `<w:r><w:rPr>${props}</w:rPr>${content}</w:r>`;
}

/** A right-to-left paragraph. No `w:jc`: Word reads left/right there as start/end, and the start of a bidi paragraph is already the right. */
function paragraph(style: ParagraphStyle | "ListParagraph" | null, numId: number | null, runs: readonly Run[]): string {
  const numbering = numId === null ? "" : `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`;
  return `<w:p><w:pPr>${style === null ? "" : `<w:pStyle w:val="${style}"/>`}${numbering}<w:bidi/></w:pPr>${runs.map(run).join("")}</w:p>`;
}

/** Columns right to left, the first row a header row (repeated on each page), Word's default table look. */
function table(values: readonly (readonly string[])[]): string {
  const columns = values[0]?.length ?? 0;
  const grid = `<w:tblGrid>${`<w:gridCol w:w="${Math.floor(GRID_WIDTH / columns)}"/>`.repeat(columns)}</w:tblGrid>`;
  const look = '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>';
  const rows = values.map((row, i) => `<w:tr>${i === 0 ? "<w:trPr><w:tblHeader/></w:trPr>" : ""}${row.map((cell) => `<w:tc>${paragraph(null, null, [{ text: cell }])}</w:tc>`).join("")}</w:tr>`);
  return `<w:tbl><w:tblPr><w:tblStyle w:val="GridTable1Light"/><w:bidiVisual/><w:tblW w:w="5000" w:type="pct"/>${look}</w:tblPr>${grid}${rows.join("")}</w:tbl>`;
}

function body(blocks: readonly WordBlock[]): { xml: string; lists: number } {
  let lists = 0;
  let current: number | null = null;
  const xml = blocks.map((block) => {
    if (block.kind === "table") {
      current = null;
      return table(block.values);
    }
    if (block.list === "start" || (block.list === "item" && current === null)) current = ++lists;
    else if (block.list === null) current = null;
    const style = block.style ?? (block.list === null ? "Normal" : "ListParagraph");
    return paragraph(style, current, block.runs);
  });
  return { xml: xml.join(""), lists };
}

const HEADING_FONTS = '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/>';
const heading = (level: 1 | 2 | 3, before: number, color: string, shade: string, size: number): string =>
  `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>` +
  `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="${before}" w:after="0"/><w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
  `<w:rPr>${HEADING_FONTS}<w:color w:val="${color}" w:themeColor="accent1" w:themeShade="${shade}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
const border = (side: string, size: number, tint: string): string => `<w:${side} w:val="single" w:sz="${size}" w:space="0" w:color="${tint === "66" ? "999999" : "666666"}" w:themeColor="text1" w:themeTint="${tint}"/>`;
const boldPart = (type: string, extra = ""): string => `<w:tblStylePr w:type="${type}"><w:rPr><w:b/><w:bCs/></w:rPr>${extra}</w:tblStylePr>`;

/** Every style the document part refers to, by id, under its canonical built-in name; close to Word's own definitions. */
const STYLES =
  `<w:styles xmlns:w="${W}">` +
  '<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  heading(1, 240, "2F5496", "BF", 32) +
  heading(2, 40, "2F5496", "BF", 26) +
  heading(3, 40, "1F3763", "7F", 24) +
  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>' +
  '<w:style w:type="table" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '<w:style w:type="table" w:styleId="GridTable1Light"><w:name w:val="Grid Table 1 Light"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="46"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>' +
  `<w:tblPr><w:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map((side) => border(side, 4, "66")).join("")}</w:tblBorders></w:tblPr>` +
  boldPart("firstRow", `<w:tblPr/><w:tcPr><w:tcBorders>${border("bottom", 12, "99")}</w:tcBorders></w:tcPr>`) +
  boldPart("lastRow", `<w:tblPr/><w:tcPr><w:tcBorders><w:top w:val="double" w:sz="2" w:space="0" w:color="666666" w:themeColor="text1" w:themeTint="99"/></w:tcBorders></w:tcPr>`) +
  boldPart("firstCol") +
  boldPart("lastCol") +
  "</w:style></w:styles>";

/** One bullet definition (Word's own "Solid" bullet), a numbering instance per list so each bullets block is its own list. */
const numbering = (lists: number): string =>
  `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>` +
  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>' +
  `</w:abstractNum>${Array.from({ length: lists }, (_, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="0"/></w:num>`).join("")}</w:numbering>`;

const part = (name: string, contentType: string, xml: string): string =>
  `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
const relationships = (targets: readonly [string, string][]): string =>
  `<Relationships xmlns="${RELS}">${targets.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${REL}${type}" Target="${target}"/>`).join("")}</Relationships>`;

/** The package for a right-to-left section's blocks: the document, its styles and its numbering. */
export function sectionOoxml(blocks: readonly WordBlock[]): string {
  const { xml, lists } = body(blocks);
  return (
    '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>' +
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    part("/_rels/.rels", `${TYPE}package.relationships+xml`, relationships([["officeDocument", "word/document.xml"]])) +
    part("/word/_rels/document.xml.rels", `${TYPE}package.relationships+xml`, relationships([["styles", "styles.xml"], ["numbering", "numbering.xml"]])) +
    part("/word/document.xml", `${TYPE}officedocument.wordprocessingml.document.main+xml`, `<w:document xmlns:w="${W}"><w:body>${xml}</w:body></w:document>`) +
    part("/word/styles.xml", `${TYPE}officedocument.wordprocessingml.styles+xml`, STYLES) +
    part("/word/numbering.xml", `${TYPE}officedocument.wordprocessingml.numbering+xml`, numbering(lists)) +
    "</pkg:package>"
  );
}

/**
 * Renders a DocumentModel to a .docx with the docx library: built-in Heading 1–3 styles, real tables and bulleted
 * lists, right-to-left paragraphs and tables for Arabic, the document's language set, placeholders highlighted,
 * and each section inside a content control tagged with the section's tag.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from "docx";
import type { Lang } from "../../shared/model/codes";
import type { Block, DocumentModel, Run } from "../../shared/report/documentModel";
import { SectionControl } from "./sectionControl";

/** The locale Word files each report language under (spelling and grammar, fonts for the script). */
const WORD_LANGUAGE: Readonly<Record<Lang, string>> = { en: "en-GB", fr: "fr-FR", es: "es-ES", ar: "ar-SA", pt: "pt-PT", ru: "ru-RU", zh: "zh-CN" };

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

interface Direction {
  readonly rtl: boolean;
}

const textRun = (run: Run, dir: Direction): TextRun =>
  new TextRun({
    text: run.text,
    // Only what is set is written: an explicit "not bold" would override the heading styles' own weight.
    ...(run.bold ? { bold: true } : {}),
    ...(run.italic ? { italics: true } : {}),
    ...(dir.rtl ? { rightToLeft: true } : {}),
    ...(run.placeholder ? { highlight: "yellow" as const } : {}),
  });

const para = (runs: readonly Run[], dir: Direction, extra: { heading?: (typeof HEADING)[1 | 2 | 3]; bullet?: { level: number } } = {}): Paragraph =>
  new Paragraph({ children: runs.map((r) => textRun(r, dir)), bidirectional: dir.rtl, ...extra });

function table(header: readonly string[], rows: readonly (readonly (readonly Run[])[])[], dir: Direction): Table {
  const cell = (runs: readonly Run[]): TableCell => new TableCell({ children: [para(runs, dir)] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    visuallyRightToLeft: dir.rtl,
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell([{ text: h, bold: true }])) }),
      ...rows.map((row) => new TableRow({ children: row.map(cell) })),
    ],
  });
}

function renderBlock(block: Block, dir: Direction): FileChild[] {
  switch (block.kind) {
    case "heading":
      return [para(block.runs, dir, { heading: HEADING[block.level] })];
    case "paragraph":
      return [para(block.runs, dir)];
    case "bullets":
      return block.items.map((item) => para(item, dir, { bullet: { level: 0 } }));
    case "table":
      // Word joins adjacent tables into one; an empty paragraph after each keeps them apart.
      return [table(block.header, block.rows, dir), new Paragraph({ bidirectional: dir.rtl })];
  }
}

export function documentOf(model: DocumentModel): Document {
  const dir: Direction = { rtl: model.dir === "rtl" };
  const language = { value: WORD_LANGUAGE[model.lang], eastAsia: WORD_LANGUAGE.zh, bidirectional: WORD_LANGUAGE.ar };
  return new Document({
    title: model.sections[0]?.title ?? "",
    styles: { default: { document: { run: { language } } } },
    sections: [
      {
        children: model.sections.map((s, i) => new SectionControl(s.tag, s.title, i + 1, s.blocks.flatMap((b) => renderBlock(b, dir)))),
      },
    ],
  });
}

export const renderDocx = (model: DocumentModel): Promise<Buffer> => Packer.toBuffer(documentOf(model));

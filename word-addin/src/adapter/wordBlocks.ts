/**
 * What a section's blocks become in Word, decided before any Word call: paragraphs with a built-in style, list
 * membership and runs, and tables with a header row. Without WordApi 1.3 (no styleBuiltIn, lists or tables) the same
 * content degrades to plain paragraphs: headings in bold, bullets as "• " lines, table rows as tab-separated lines.
 */
import type { Block, Run } from "../../../shared/report/documentModel";
import type { WordSupport } from "./support";

export type ParagraphStyle = "Normal" | "Heading1" | "Heading2" | "Heading3";

export type WordBlock =
  | {
      readonly kind: "paragraph";
      /** Null without WordApi 1.3, where styles cannot be set by their language-independent name. */
      readonly style: ParagraphStyle | null;
      /** "start" begins a bulleted list, "item" continues it. */
      readonly list: "start" | "item" | null;
      readonly runs: readonly Run[];
    }
  | { readonly kind: "table"; readonly values: readonly (readonly string[])[] };

const BULLET = "• ";
const cellText = (runs: readonly Run[]): string => runs.map((r) => r.text).join("");
const paragraph = (style: ParagraphStyle | null, runs: readonly Run[], list: "start" | "item" | null = null): WordBlock => ({ kind: "paragraph", style, list, runs });

function structured(block: Block): WordBlock[] {
  switch (block.kind) {
    case "heading":
      return [paragraph(`Heading${block.level}`, block.runs)];
    case "paragraph":
      return [paragraph("Normal", block.runs)];
    case "bullets":
      return block.items.map((item, i) => paragraph(null, item, i === 0 ? "start" : "item"));
    case "table": {
      const width = block.header.length;
      if (width === 0) return []; // Word cannot hold a table without columns
      const rows = block.rows.map((row) => Array.from({ length: width }, (_, c) => cellText(row[c] ?? [])));
      // Word joins adjacent tables into one; an empty paragraph after each keeps them apart (as the .docx does).
      return [{ kind: "table", values: [[...block.header], ...rows] }, paragraph("Normal", [])];
    }
  }
}

function plain(block: Block): WordBlock[] {
  switch (block.kind) {
    case "heading":
      return [paragraph(null, block.runs.map((r) => ({ ...r, bold: true })))];
    case "paragraph":
      return [paragraph(null, block.runs)];
    case "bullets":
      return block.items.map((item) => paragraph(null, [{ text: BULLET }, ...item]));
    case "table":
      return [
        paragraph(null, [{ text: block.header.join("\t"), bold: true }]),
        ...block.rows.map((row) => paragraph(null, row.flatMap((cell, c) => (c === 0 ? [...cell] : [{ text: "\t" }, ...cell])))),
      ];
  }
}

export const wordBlocks = (blocks: readonly Block[], support: WordSupport): WordBlock[] => blocks.flatMap(support.structured ? structured : plain);

/** The text of each paragraph Word will hold, table cells included (Word lists each cell as a paragraph). */
export const wordLines = (blocks: readonly WordBlock[]): string[] =>
  blocks.flatMap((b) => (b.kind === "table" ? b.values.flat() : [cellText(b.runs)]));

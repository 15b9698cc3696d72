/// <reference types="office-js" />
/**
 * Queues a section's Word blocks at the end of a content control, without syncing: the caller syncs once for all
 * sections. Every paragraph gets its style and alignment explicitly, because Word's inserted paragraphs and text
 * otherwise carry over the formatting (and list) of the paragraph or run before them.
 */
import type { Run } from "../../../shared/report/documentModel";
import type { WordBlock } from "./wordBlocks";

/** A light grid whose header row is bold: readable in print and in the UN's own reports. */
const TABLE_STYLE = "GridTable1Light";
const PLACEHOLDER_HIGHLIGHT = "Yellow";
/** Word removes a highlight when it is set to null (documented), though the typings only say string. */
const NO_HIGHLIGHT = null as unknown as string;

const plainRun = (run: Run): boolean => !run.bold && !run.italic && !run.placeholder;

interface Look {
  readonly bold: boolean;
  readonly italic: boolean;
  readonly highlight: boolean;
}

const lookOf = (run: Run): Look => ({ bold: run.bold === true, italic: run.italic === true || run.placeholder === true, highlight: run.placeholder === true });
const NONE: Look = { bold: false, italic: false, highlight: false };

/**
 * Sets what a run has, and unsets what the run before it had (text typed at the end of a paragraph takes the previous
 * run's formatting); nothing else, so a heading's own bold or italic is not overridden by an explicit "not bold".
 */
function queueRuns(paragraph: Word.Paragraph, runs: readonly Run[]): void {
  let previous = NONE;
  for (const run of runs) {
    const look = lookOf(run);
    const font = paragraph.insertText(run.text, "End").font;
    if (look.bold || previous.bold) font.bold = look.bold;
    if (look.italic || previous.italic) font.italic = look.italic;
    if (look.highlight || previous.highlight) font.highlightColor = look.highlight ? PLACEHOLDER_HIGHLIGHT : NO_HIGHLIGHT;
    previous = look;
  }
}

/** `rtl` right-aligns the paragraphs: a right-to-left section only comes here without WordApi 1.3 (see sectionControl.ts). */
export function queueBlocks(control: Word.ContentControl, blocks: readonly WordBlock[], rtl: boolean): void {
  let list: Word.List | null = null;
  for (const block of blocks) {
    if (block.kind === "table") {
      const table = control.insertTable(block.values.length, block.values[0]!.length, "End", block.values.map((row) => [...row]));
      table.headerRowCount = 1;
      table.styleBuiltIn = TABLE_STYLE;
      list = null;
      continue;
    }
    // A single plain run goes in with the paragraph: one operation instead of four.
    const simple = block.runs.length <= 1 && block.runs.every(plainRun);
    const text = simple ? (block.runs[0]?.text ?? "") : "";
    const paragraph: Word.Paragraph = block.list === "item" && list !== null ? list.insertParagraph(text, "End") : control.insertParagraph(text, "End");
    if (block.list === "start") {
      list = paragraph.startNewList();
      list.setLevelBullet(0, "Solid");
    } else if (block.list === null && list !== null) {
      paragraph.detachFromList();
      list = null;
    }
    if (block.style !== null) paragraph.styleBuiltIn = block.style;
    paragraph.alignment = rtl ? "Right" : "Left";
    if (!simple) queueRuns(paragraph, block.runs);
  }
}

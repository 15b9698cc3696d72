/// <reference types="office-js" />
/** Fills a content control with a section: its tag (the machine key a refresh finds), its title (for people), its blocks. */
import type { Section } from "../../../shared/report/documentModel";
import { sectionOoxml } from "./ooxmlSection";
import { queueBlocks } from "./queueBlocks";
import type { WordSupport } from "./support";
import { wordBlocks, type WordBlock } from "./wordBlocks";

/** Word's limit on a content control's title; the tag is never cut (sectionTag keeps it within the same limit). */
const MAX_TITLE = 255;

/**
 * Queues the section into `control`, whose content is one empty paragraph (`leftover`, new or left by `clear()`):
 * the blocks go after it, then it is deleted. It is first taken out of any list (the drafter's list it was inserted
 * next to), since the blocks after it would continue that list. Returns the blocks written.
 *
 * A right-to-left section with WordApi 1.3 goes in as one OOXML package (ooxmlSection.ts): the only way to give its
 * paragraphs a right-to-left reading order. Without WordApi 1.3 its plain paragraphs are right-aligned instead.
 */
export function queueSection(control: Word.ContentControl, leftover: Word.Paragraph | null, section: Section, rtl: boolean, support: WordSupport): WordBlock[] {
  control.tag = section.tag;
  control.title = section.title.slice(0, MAX_TITLE);
  control.appearance = "BoundingBox";
  const blocks = wordBlocks(section.blocks, support);
  if (rtl && support.structured && blocks.length > 0) {
    // Replacing the whole content leaves no leftover to delete: inserted at its end, the package's first paragraph
    // could merge into the leftover one, and deleting it would take the heading with it.
    control.insertOoxml(sectionOoxml(blocks), "Replace");
    return blocks;
  }
  if (support.structured) leftover?.detachFromList();
  queueBlocks(control, blocks, rtl);
  if (blocks.length > 0) leftover?.delete();
  return blocks;
}

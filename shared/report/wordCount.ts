/**
 * Words in a document model, as a word processor counts them: every run of every block, including headings and
 * table cells. Chinese has no spaces, so each Han character counts as a word (as Word's East Asian count does).
 */
import type { Block, DocumentModel, Run } from "./documentModel";

/** The UPR national report's word limit, as OHCHR's guidance for national reports sets it. */
export const UPR_NATIONAL_REPORT_WORD_LIMIT = 10_700;

const HAN = /\p{Script=Han}/gu;
const WORD = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  const han = text.match(HAN)?.length ?? 0;
  const rest = text.replace(HAN, " ").split(/\s+/).filter((w) => WORD.test(w)).length;
  return han + rest;
}

function blockRuns(block: Block): readonly (readonly Run[])[] {
  switch (block.kind) {
    case "heading":
    case "paragraph":
      return [block.runs];
    case "bullets":
      return block.items;
    case "table":
      return [block.header.map((text) => ({ text })), ...block.rows.flat()];
  }
}

/** Runs are counted one by one: adjacent runs are separate words in every template ("Label: " then the value). */
export const wordCount = (model: DocumentModel): number =>
  model.sections.reduce((sum, s) => sum + s.blocks.flatMap(blockRuns).flat().reduce((n, run) => n + countWords(run.text), 0), 0);

export const overLimit = (words: number, limit: number = UPR_NATIONAL_REPORT_WORD_LIMIT): boolean => words > limit;

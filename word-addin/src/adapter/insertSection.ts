/// <reference types="office-js" />
/**
 * Inserts a document model at the cursor (or the end of the document), each section in its own tagged content
 * control, in one `context.sync()` whatever the size: everything is queued first, nothing is read back.
 */
import type { DocumentModel } from "../../../shared/report/documentModel";
import { queueSection } from "./sectionControl";
import { wordSupport, type IsSetSupported, type WordSupport } from "./support";

export interface InsertOptions {
  /** "cursor": after the paragraph holding the cursor (never splitting the drafter's paragraph); "end": at the end. */
  readonly at: "cursor" | "end";
  readonly isSetSupported?: IsSetSupported;
}

/**
 * A new paragraph after the one holding the cursor. With WordApi 1.3 it is asked of that paragraph itself, which
 * leaves no doubt that the drafter's paragraph is not split; without, of the selection's range.
 */
function afterCursor(document: Word.Document, support: WordSupport): Word.Paragraph {
  const selection = document.getSelection();
  return support.structured ? selection.paragraphs.getLast().insertParagraph("", "After") : selection.insertParagraph("", "After");
}

/** Returns the tags of the inserted sections, in order. */
export async function insertSection(context: Word.RequestContext, model: DocumentModel, options: InsertOptions): Promise<string[]> {
  const support = wordSupport(options.isSetSupported);
  const document = context.document;
  let anchor = options.at === "end" ? document.body.insertParagraph("", "End") : afterCursor(document, support);
  model.sections.forEach((section, i) => {
    const control = anchor.insertContentControl();
    queueSection(control, anchor, section, model.dir === "rtl", support);
    if (i < model.sections.length - 1) anchor = control.insertParagraph("", "After");
  });
  await context.sync();
  return model.sections.map((s) => s.tag);
}

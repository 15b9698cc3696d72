/// <reference types="office-js" />
/** Finds the report sections in the document: content controls whose tag is ours (see shared/report/sectionTag.ts). */
import { decodeSectionTag, type DecodedTag } from "../../../shared/report/sectionTag";

export interface TaggedSection {
  readonly tag: string;
  readonly title: string;
  readonly decoded: DecodedTag;
  /** Set by the drafter (or another add-in): the section cannot be rewritten until it is unlocked. */
  readonly locked: boolean;
}

export interface FoundSection extends TaggedSection {
  readonly control: Word.ContentControl;
}

/** One sync: every content control's tag, title and lock, in document order; other add-ins' controls are left out. */
export async function findSections(context: Word.RequestContext): Promise<FoundSection[]> {
  const controls = context.document.contentControls.load("items/tag,items/title,items/cannotEdit");
  await context.sync();
  return controls.items.flatMap((control) => {
    const decoded = decodeSectionTag(control.tag);
    return decoded === null ? [] : [{ control, tag: control.tag, title: control.title, decoded, locked: control.cannotEdit }];
  });
}

/** What callers outside the adapter see of a found section: no proxy. */
export const taggedSection = ({ tag, title, decoded, locked }: FoundSection): TaggedSection => ({ tag, title, decoded, locked });

export async function listSections(context: Word.RequestContext): Promise<TaggedSection[]> {
  return (await findSections(context)).map(taggedSection);
}

/// <reference types="office-js" />
/**
 * Rebuilds every report section in the document from newer data, touching nothing outside the sections, in three
 * syncs whatever their number: find the sections, read their paragraphs (to say what changed), rewrite them all.
 */
import type { DocumentModel, Section } from "../../../shared/report/documentModel";
import { sectionChanges, type SectionChanges } from "./sectionChanges";
import { queueSection } from "./sectionControl";
import { findSections, taggedSection, type FoundSection, type TaggedSection } from "./sections";
import { wordSupport, type IsSetSupported, type WordSupport } from "./support";
import { wordLines } from "./wordBlocks";

export type SectionRefresh =
  | ({ readonly status: "refreshed"; readonly section: TaggedSection; readonly newTag: string } & SectionChanges)
  /** `rebuild` had nothing for it (e.g. a spec kept only by hash that this session does not hold). */
  | { readonly status: "skipped"; readonly section: TaggedSection }
  /** The control is locked against editing; it is left as it is. */
  | { readonly status: "locked"; readonly section: TaggedSection };

export interface RefreshOptions {
  readonly isSetSupported?: IsSetSupported;
}

/** A rebuilt model's sections written into one control: the first's tag and title, every section's blocks. */
function asOneSection(model: DocumentModel): Section | null {
  const [first] = model.sections;
  return first === undefined ? null : { tag: first.tag, title: first.title, blocks: model.sections.flatMap((s) => s.blocks) };
}

const leftAsIs = (found: FoundSection): SectionRefresh => ({ status: found.locked ? "locked" : "skipped", section: taggedSection(found) });

interface Rewrite {
  readonly found: FoundSection;
  readonly section: Section;
  readonly rtl: boolean;
  readonly paragraphs: Word.ParagraphCollection;
}

/** Rebuilds each unlocked section's model and queues the read of its paragraphs; null for a section left as is. */
function planRewrite(found: FoundSection, rebuild: (section: TaggedSection) => DocumentModel | null): Rewrite | null {
  const model = found.locked ? null : rebuild(taggedSection(found));
  const section = model === null ? null : asOneSection(model);
  if (model === null || section === null) return null;
  return { found, section, rtl: model.dir === "rtl", paragraphs: found.control.paragraphs.load("items/text") };
}

/** Queues the rewrite of one section: cleared, filled, retagged with the new data date. */
function queueRewrite({ found, section, rtl, paragraphs }: Rewrite, support: WordSupport): SectionRefresh {
  const before = paragraphs.items.map((p) => p.text);
  found.control.clear();
  const leftover = support.structured ? found.control.paragraphs.getFirst() : null;
  const blocks = queueSection(found.control, leftover, section, rtl, support);
  return { status: "refreshed", section: taggedSection(found), newTag: section.tag, ...sectionChanges(before, wordLines(blocks)) };
}

export async function refreshSections(context: Word.RequestContext, rebuild: (section: TaggedSection) => DocumentModel | null, options: RefreshOptions = {}): Promise<SectionRefresh[]> {
  const support = wordSupport(options.isSetSupported);
  const found = await findSections(context);
  const rewrites = found.map((f) => planRewrite(f, rebuild));
  if (rewrites.every((r) => r === null)) return found.map(leftAsIs);
  await context.sync();
  const results = rewrites.map((r, i) => (r === null ? leftAsIs(found[i]!) : queueRewrite(r, support)));
  await context.sync();
  return results;
}

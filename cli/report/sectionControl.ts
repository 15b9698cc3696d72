/**
 * A block-level content control (w:sdt) around a report section, tagged with the section's tag so the Word add-in
 * finds and refreshes it. docx 9 writes content controls only for its table of contents, so this builds the element
 * from docx's public XmlComponent pieces; Word reads it as an ordinary rich-text content control.
 */
import { BuilderElement, FileChild, NumberValueElement, StringValueElement, type XmlComponent } from "docx";

/** Word's alias (the name shown on the control) is limited like the tag; titles are cut, never the tag. */
const MAX_ALIAS = 255;

export class SectionControl extends FileChild {
  constructor(tag: string, title: string, id: number, children: readonly XmlComponent[]) {
    super("w:sdt");
    this.root.push(
      new BuilderElement({
        name: "w:sdtPr",
        children: [new StringValueElement("w:alias", title.slice(0, MAX_ALIAS)), new StringValueElement("w:tag", tag), new NumberValueElement("w:id", id)],
      }),
    );
    this.root.push(new BuilderElement({ name: "w:sdtContent", children: [...children] }));
  }
}

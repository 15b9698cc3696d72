/** Fake Word.Paragraph, ParagraphCollection, Font, the Range insertText returns, and List. */
import { invalidArgument, itemNotFound } from "../excel/errors";
import { MODELLED_ALIGNMENTS, MODELLED_BULLETS, MODELLED_STYLES, enumValue, location } from "./enums";
import { FakeContentControl } from "./contentControl";
import { controlOf, placeNextTo, removeItem } from "./insert";
import { newParagraph, paragraphText, type Item, type ListModel, type ParagraphModel, type ParagraphRef, type RunModel } from "./model";
import { FakeCollection, WordObject, type Session } from "./session";

export class FakeFont extends WordObject<RunModel[]> {
  protected readonly scalarNames = ["bold", "italic", "highlightColor"];

  /** Like Word: the common value of the runs, null when they differ. */
  protected fetch(runs: RunModel[], property: string): unknown {
    if (property !== "bold" && property !== "italic" && property !== "highlightColor") throw invalidArgument(`Font has no property "${property}" in the fake.`);
    const values = runs.map((r) => r[property]);
    return values.every((v) => v === values[0]) ? (values[0] ?? null) : null;
  }

  get bold(): boolean { return this.read("bold"); }
  set bold(value: boolean) { this.queue(value, (runs) => runs.forEach((r) => (r.bold = value))); }

  get italic(): boolean { return this.read("italic"); }
  set italic(value: boolean) { this.queue(value, (runs) => runs.forEach((r) => (r.italic = value))); }

  /** Null removes the highlight, as Word documents. */
  get highlightColor(): string { return this.read("highlightColor"); }
  set highlightColor(value: string) { this.queue(value, (runs) => runs.forEach((r) => (r.highlightColor = value))); }
}

/** The Word.Range that `insertText` returns: the inserted run, with its font. */
export class FakeTextRange extends WordObject<RunModel[]> {
  protected readonly scalarNames = ["text"];

  protected fetch(runs: RunModel[], property: string): unknown {
    if (property === "text") return runs.map((r) => r.text).join("");
    throw invalidArgument(`Range has no property "${property}" in the fake.`);
  }

  get text(): string { return this.read("text"); }

  get font(): FakeFont {
    return new FakeFont(this.session, this.resolve);
  }
}

export class FakeList extends WordObject<ListModel> {
  protected readonly scalarNames = ["id"];

  protected fetch(list: ListModel, property: string): unknown {
    if (property === "id") return list.id;
    throw invalidArgument(`List has no property "${property}" in the fake.`);
  }

  get id(): number { return this.read("id"); }

  /** Start/End add an item to the list; Before/After a paragraph outside it. */
  insertParagraph(paragraphText: string, insertLocation: "Start" | "End" | "Before" | "After"): FakeParagraph {
    const where = location(["Start", "End", "Before", "After"], insertLocation);
    return new FakeParagraph(this.session, this.produce([paragraphText, where], (list) => {
      const members = paragraphsOfList(this.state.body, list);
      const edge = where === "Start" || where === "Before" ? members[0] : members[members.length - 1];
      if (edge === undefined) throw itemNotFound("The list has no paragraphs left.");
      const paragraph = newParagraph(this.state, paragraphText, edge);
      if (where === "Before" || where === "After") paragraph.list = null;
      placeNextTo(this.state, edge, where === "Start" || where === "Before" ? "Before" : "After", paragraph);
      return { paragraph, table: null };
    }));
  }

  setLevelBullet(level: number, listBullet: "Custom" | "Solid" | "Hollow" | "Square" | "Diamonds" | "Arrow" | "Checkmark"): void {
    this.queue([level, listBullet], (list) => {
      if (level !== 0) throw invalidArgument("The fake models level 0 only.");
      list.bullet = enumValue(MODELLED_BULLETS, listBullet, "ListBullet");
    });
  }
}

function paragraphsOfList(body: readonly Item[], list: ListModel): ParagraphModel[] {
  return body.flatMap((item) => (item.kind === "paragraph" ? (item.list?.list === list ? [item] : []) : item.kind === "control" ? paragraphsOfList(item.items, list) : []));
}

export class FakeParagraph extends WordObject<ParagraphRef> {
  protected readonly scalarNames = ["text", "styleBuiltIn", "alignment", "isListItem", "tableNestingLevel"];

  protected fetch({ paragraph, table }: ParagraphRef, property: string): unknown {
    switch (property) {
      case "text": return paragraphText(paragraph);
      case "styleBuiltIn": return paragraph.styleBuiltIn;
      case "alignment": return paragraph.alignment;
      case "isListItem": return paragraph.list !== null;
      case "tableNestingLevel": return table === null ? 0 : 1;
      default: throw invalidArgument(`Paragraph has no property "${property}" in the fake.`);
    }
  }

  /** Changes a paragraph outside tables; the fake reads table cells but does not edit them. */
  private edit(payload: unknown, apply: (p: ParagraphModel) => void): void {
    this.queue(payload, ({ paragraph, table }) => {
      if (table !== null) throw new Error("The Word fake does not edit paragraphs inside tables.");
      apply(paragraph);
    });
  }

  get text(): string { return this.read("text"); }
  get isListItem(): boolean { return this.read("isListItem"); }
  get tableNestingLevel(): number { return this.read("tableNestingLevel"); }

  get styleBuiltIn(): string { return this.read("styleBuiltIn"); }
  set styleBuiltIn(value: string) {
    this.edit(value, (p) => (p.styleBuiltIn = enumValue(MODELLED_STYLES, value, "BuiltInStyleName")));
  }

  get alignment(): string { return this.read("alignment"); }
  set alignment(value: string) {
    this.edit(value, (p) => (p.alignment = enumValue(MODELLED_ALIGNMENTS, value, "settable Alignment")));
  }

  get font(): FakeFont {
    return new FakeFont(this.session, () => this.resolve()?.paragraph.runs ?? null);
  }

  /** New text takes the formatting of the run it joins, as typing does in Word. */
  insertText(text: string, insertLocation: "Start" | "End" | "Replace"): FakeTextRange {
    const where = location(["Start", "End", "Replace"], insertLocation);
    const produced = this.produce([text, where], ({ paragraph }) => {
      const neighbour = where === "End" ? paragraph.runs[paragraph.runs.length - 1] : paragraph.runs[0];
      const run: RunModel = neighbour ? { ...neighbour, text } : { text, bold: false, italic: false, highlightColor: null };
      if (where === "Replace") paragraph.runs = [run];
      else if (where === "Start") paragraph.runs.unshift(run);
      else paragraph.runs.push(run);
      return [run];
    });
    return new FakeTextRange(this.session, produced);
  }

  insertParagraph(paragraphText: string, insertLocation: "Before" | "After"): FakeParagraph {
    const where = location(["Before", "After"], insertLocation);
    return new FakeParagraph(this.session, this.produce([paragraphText, where], ({ paragraph }) => {
      const added = newParagraph(this.state, paragraphText, paragraph);
      placeNextTo(this.state, paragraph, where, added);
      return { paragraph: added, table: null };
    }));
  }

  /** Wraps the paragraph in a new block-level rich-text content control. */
  insertContentControl(): FakeContentControl {
    return new FakeContentControl(this.session, this.produce("contentControl", ({ paragraph }) => controlOf(this.state, paragraph)));
  }

  startNewList(): FakeList {
    const produced = this.produce("startNewList", ({ paragraph }) => {
      if (paragraph.list !== null) throw invalidArgument("The paragraph is already a list item.");
      const list: ListModel = { id: this.state.nextId++, bullet: null };
      this.state.lists.push(list);
      paragraph.list = { list, level: 0 };
      paragraph.styleBuiltIn = "ListParagraph";
      return list;
    });
    return new FakeList(this.session, produced);
  }

  detachFromList(): void {
    this.edit("detachFromList", (p) => (p.list = null));
  }

  delete(): void {
    this.edit("delete", (p) => removeItem(this.state, p));
  }
}

export class FakeParagraphCollection extends FakeCollection<ParagraphRef, FakeParagraph> {
  constructor(session: Session, resolveAll: () => ParagraphRef[]) {
    super(session, resolveAll, (resolve) => new FakeParagraph(session, resolve));
  }

  getFirst(): FakeParagraph {
    return this.pick((all) => all[0], false);
  }

  getLast(): FakeParagraph {
    return this.pick((all) => all[all.length - 1], false);
  }
}

/** Fake Word.ContentControl, ContentControlCollection and Table: block-level rich-text controls holding paragraphs and tables. */
import { FakeOfficeError, invalidArgument } from "../excel/errors";
import { MODELLED_APPEARANCES, MODELLED_STYLES, enumValue, location } from "./enums";
import { placeNextTo, removeItem } from "./insert";
import { readOoxml } from "./ooxml";
import { newParagraph, paragraphBefore, paragraphsIn, type ControlModel, type Item, type TableModel } from "./model";
import { FakeParagraph, FakeParagraphCollection } from "./paragraph";
import { FakeCollection, WordObject, type Session } from "./session";

/** Word's limit on a content control's tag and title. */
export const MAX_CONTROL_TEXT = 255;

const accessDenied = (detail: string): FakeOfficeError => new FakeOfficeError("AccessDenied", `You cannot perform the requested operation. ${detail}`);

/** Word refuses to change what a control holds while its `cannotEdit` is set. */
function editable(c: ControlModel): ControlModel {
  if (c.cannotEdit) throw accessDenied("The content control cannot be edited.");
  return c;
}

function limited(value: string, what: string): string {
  if (value.length > MAX_CONTROL_TEXT) throw invalidArgument(`The ${what} is longer than ${MAX_CONTROL_TEXT} characters.`);
  return value;
}

export class FakeTable extends WordObject<TableModel> {
  protected readonly scalarNames = ["values", "headerRowCount", "styleBuiltIn", "rowCount"];

  protected fetch(table: TableModel, property: string): unknown {
    switch (property) {
      case "values": return table.values.map((row) => [...row]);
      case "headerRowCount": return table.headerRowCount;
      case "styleBuiltIn": return table.styleBuiltIn;
      case "rowCount": return table.values.length;
      default: throw invalidArgument(`Table has no property "${property}" in the fake.`);
    }
  }

  get values(): string[][] { return this.read("values"); }
  get rowCount(): number { return this.read("rowCount"); }

  get headerRowCount(): number { return this.read("headerRowCount"); }
  set headerRowCount(count: number) {
    this.queue(count, (table) => {
      if (!Number.isInteger(count) || count < 0 || count > table.values.length) throw invalidArgument(`headerRowCount ${count} is out of range.`);
      table.headerRowCount = count;
    });
  }

  get styleBuiltIn(): string { return this.read("styleBuiltIn"); }
  set styleBuiltIn(value: string) {
    this.queue(value, (table) => (table.styleBuiltIn = enumValue(MODELLED_STYLES, value, "BuiltInStyleName")));
  }
}

function newTable(session: Session, rowCount: number, columnCount: number, values: string[][] | undefined): TableModel {
  const shaped = values ?? Array.from({ length: rowCount }, () => Array<string>(columnCount).fill(""));
  if (rowCount < 1 || columnCount < 1 || shaped.length !== rowCount || shaped.some((row) => row.length !== columnCount)) {
    throw invalidArgument(`The values do not fill a ${rowCount} × ${columnCount} table.`);
  }
  return { kind: "table", id: session.state.nextId++, values: shaped.map((row) => row.map(String)), headerRowCount: 0, styleBuiltIn: "TableGrid", bidiVisual: false, cellsBidi: false };
}

export class FakeContentControl extends WordObject<ControlModel> {
  protected readonly scalarNames = ["id", "tag", "title", "appearance", "cannotDelete", "cannotEdit"];

  protected fetch(control: ControlModel, property: string): unknown {
    switch (property) {
      case "id": return control.id;
      case "tag": return control.tag;
      case "title": return control.title;
      case "appearance": return control.appearance;
      case "cannotDelete": return control.cannotDelete;
      case "cannotEdit": return control.cannotEdit;
      default: throw invalidArgument(`ContentControl has no property "${property}" in the fake.`);
    }
  }

  get id(): number { return this.read("id"); }

  get tag(): string { return this.read("tag"); }
  set tag(value: string) { this.queue(value, (c) => (c.tag = limited(value, "tag"))); }

  get title(): string { return this.read("title"); }
  set title(value: string) { this.queue(value, (c) => (c.title = limited(value, "title"))); }

  get appearance(): string { return this.read("appearance"); }
  set appearance(value: string) {
    this.queue(value, (c) => (c.appearance = enumValue(MODELLED_APPEARANCES, value, "ContentControlAppearance")));
  }

  get cannotDelete(): boolean { return this.read("cannotDelete"); }
  set cannotDelete(value: boolean) { this.queue(value, (c) => (c.cannotDelete = value)); }

  get cannotEdit(): boolean { return this.read("cannotEdit"); }
  set cannotEdit(value: boolean) { this.queue(value, (c) => (c.cannotEdit = value)); }

  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.session, () => {
      const control = this.resolve();
      return control === null ? [] : paragraphsIn(control.items);
    });
  }

  /** Start/End inside the control (End continues the paragraph before it, lists included); Before/After outside. */
  insertParagraph(paragraphText: string, insertLocation: "Start" | "End" | "Before" | "After"): FakeParagraph {
    const where = location(["Start", "End", "Before", "After"], insertLocation);
    return new FakeParagraph(this.session, this.produce([paragraphText, where], (c) => {
      if (where === "Start" || where === "End") editable(c);
      const previous = where === "End" ? paragraphBefore(c.items, c.items.length) : null;
      const paragraph = newParagraph(this.state, paragraphText, previous);
      this.place(c, where, paragraph);
      return { paragraph, table: null };
    }));
  }

  insertTable(rowCount: number, columnCount: number, insertLocation: "Start" | "End" | "Before" | "After", values?: string[][]): FakeTable {
    const where = location(["Start", "End", "Before", "After"], insertLocation);
    return new FakeTable(this.session, this.produce([rowCount, columnCount, where, values], (c) => {
      if (where === "Start" || where === "End") editable(c);
      const table = newTable(this.session, rowCount, columnCount, values);
      this.place(c, where, table);
      return table;
    }));
  }

  /**
   * Inserts a flat-OPC package's paragraphs and tables (see ooxml.ts for what the fake reads of it and refuses).
   * Start/End put them before or after what the control holds, as separate paragraphs; Replace puts them in its
   * place. The package is read at sync, like every queued operation. What Word does with the paragraph at the
   * insertion point (merging the first or last inserted paragraph into it) is not modelled; nor is the Range it returns.
   */
  insertOoxml(ooxml: string, insertLocation: "Replace" | "Start" | "End"): void {
    const where = location(["Replace", "Start", "End"], insertLocation);
    this.queue([ooxml, where], (c) => {
      editable(c);
      const items = readOoxml(this.state, ooxml);
      if (where === "Replace") c.items = items.length > 0 ? items : [newParagraph(this.state, "")];
      else if (where === "Start") c.items.unshift(...items);
      else c.items.push(...items);
    });
  }

  private place(c: ControlModel, where: "Start" | "End" | "Before" | "After", item: Item): void {
    if (where === "Start") c.items.unshift(item);
    else if (where === "End") c.items.push(item);
    else placeNextTo(this.state, c, where, item);
  }

  /** Empties the control, which keeps one empty paragraph. */
  clear(): void {
    this.queue("clear", (c) => {
      editable(c).items = [newParagraph(this.state, "")];
    });
  }

  /** Removes the control; with `keepContent` its paragraphs and tables stay where it was. */
  delete(keepContent: boolean): void {
    this.queue(keepContent, (c) => {
      if (c.cannotDelete) throw accessDenied("The content control cannot be deleted.");
      if (keepContent) c.items.forEach((item) => placeNextTo(this.state, c, "Before", item));
      removeItem(this.state, c);
    });
  }
}

export class FakeContentControlCollection extends FakeCollection<ControlModel, FakeContentControl> {
  constructor(session: Session, resolveAll: () => ControlModel[]) {
    super(session, resolveAll, (resolve) => new FakeContentControl(session, resolve));
  }

  getByTag(tag: string): FakeContentControlCollection {
    return new FakeContentControlCollection(this.session, () => this.resolveAll().filter((c) => c.tag === tag));
  }

  getFirstOrNullObject(): FakeContentControl {
    return this.pick((all) => all[0], true);
  }
}

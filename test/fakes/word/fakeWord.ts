/**
 * The strict fake of the Word JavaScript API: `run(batch)` like `Word.run`, seeding a drafter's document, and an
 * inspection API for tests (an outline of the body, the controls, syncs and payloads).
 */
import type { SyncRecord } from "../excel/context";
import { FakeDocument } from "./document";
import { controlsIn, newDocument, paragraphText, type ControlModel, type Item, type WordState } from "./model";
import { wordContext, type Session } from "./session";

/** The context handed to a batch; tests pass it where code expects a Word.RequestContext. */
export interface FakeWordContext {
  readonly document: FakeDocument;
  sync(): Promise<void>;
}

/** A plain view of the document for assertions: paragraphs with their text and formatting, tables, controls. */
export type OutlineItem =
  | {
      readonly paragraph: string;
      readonly style: string;
      readonly alignment: string;
      /** Right-to-left reading order (`<w:bidi/>`). */
      readonly bidi: boolean;
      readonly list: number | null;
      readonly runs: readonly { text: string; bold: boolean; italic: boolean; highlightColor: string | null }[];
    }
  | { readonly table: readonly (readonly string[])[]; readonly headerRowCount: number; readonly style: string; readonly bidiVisual: boolean; readonly cellsBidi: boolean }
  | { readonly control: string; readonly title: string; readonly items: readonly OutlineItem[] };

function outlineOf(item: Item): OutlineItem {
  switch (item.kind) {
    case "paragraph":
      return { paragraph: paragraphText(item), style: item.styleBuiltIn, alignment: item.alignment, bidi: item.bidi, list: item.list?.list.id ?? null, runs: item.runs.map((r) => ({ ...r })) };
    case "table":
      return { table: item.values.map((row) => [...row]), headerRowCount: item.headerRowCount, style: item.styleBuiltIn, bidiVisual: item.bidiVisual, cellsBidi: item.cellsBidi };
    case "control":
      return { control: item.tag, title: item.title, items: item.items.map(outlineOf) };
  }
}

export class FakeWord {
  readonly state: WordState;
  private readonly session: Session;
  /** The context as code under test sees it. */
  readonly requestContext: FakeWordContext;

  /** A document of plain paragraphs, the cursor in paragraph `cursorAt` (the last one by default). */
  constructor(paragraphs: readonly string[] = [""], cursorAt = paragraphs.length - 1) {
    this.state = newDocument(paragraphs, cursorAt);
    this.session = { context: wordContext(), state: this.state };
    this.requestContext = { document: new FakeDocument(this.session), sync: () => this.session.context.sync() };
  }

  /** Like Word.run: runs the batch, then syncs what it left queued. */
  async run<T>(batch: (context: FakeWordContext) => Promise<T>): Promise<T> {
    const result = await batch(this.requestContext);
    await this.session.context.sync();
    return result;
  }

  /** Moves the cursor into the paragraph with this text, e.g. where a drafter clicks before inserting. */
  placeCursor(text: string): this {
    const found = this.state.body.find((item) => item.kind === "paragraph" && paragraphText(item) === text);
    if (found?.kind !== "paragraph") throw new Error(`no top-level paragraph "${text}" in the fake document`);
    this.state.cursor = found;
    return this;
  }

  outline(): OutlineItem[] {
    return this.state.body.map(outlineOf);
  }

  controls(): ControlModel[] {
    return controlsIn(this.state.body);
  }

  /** The text of every top-level paragraph outside controls: what the drafter wrote around the sections. */
  textOutsideControls(): string[] {
    return this.state.body.flatMap((item) => (item.kind === "paragraph" ? [paragraphText(item)] : []));
  }

  get syncs(): readonly SyncRecord[] {
    return this.session.context.syncs;
  }

  get syncCount(): number {
    return this.session.context.syncs.length;
  }
}

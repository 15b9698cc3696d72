/** The fake Word document's state: what Word holds after each sync, and what tests inspect. */
import type { ModelledAlignment, ModelledAppearance, ModelledStyle } from "./enums";

export interface RunModel {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Word's highlightColor: null for none. */
  highlightColor: string | null;
}

export interface ListModel {
  readonly id: number;
  /** The level-0 bullet set by setLevelBullet; null while Word's default numbering applies. */
  bullet: string | null;
}

export interface ParagraphModel {
  readonly kind: "paragraph";
  readonly id: number;
  runs: RunModel[];
  /** "Other" for a style inserted through OOXML whose name is no built-in one. */
  styleBuiltIn: ModelledStyle | "Other";
  alignment: ModelledAlignment;
  /** The paragraph's reading order is right to left (`<w:bidi/>`): only OOXML sets it, as Office.js has no property for it. */
  bidi: boolean;
  list: { readonly list: ListModel; readonly level: number } | null;
}

export interface TableModel {
  readonly kind: "table";
  readonly id: number;
  /** Row-major cell texts; every cell is one paragraph. */
  values: string[][];
  headerRowCount: number;
  styleBuiltIn: ModelledStyle | "Other";
  /** Columns laid out right to left (`<w:bidiVisual/>`): only OOXML sets it. */
  bidiVisual: boolean;
  /** The reading order of the cells' paragraphs (the fake keeps one for the whole table). */
  cellsBidi: boolean;
}

export interface ControlModel {
  readonly kind: "control";
  readonly id: number;
  tag: string;
  title: string;
  appearance: ModelledAppearance;
  cannotDelete: boolean;
  cannotEdit: boolean;
  /** A block-level (rich text) control: always holds at least one paragraph, like Word. */
  items: Item[];
}

export type Item = ParagraphModel | TableModel | ControlModel;

export interface WordState {
  body: Item[];
  /** The paragraph holding the cursor (a collapsed selection). */
  cursor: ParagraphModel;
  readonly lists: ListModel[];
  nextId: number;
}

export const emptyRun = (text: string): RunModel => ({ text, bold: false, italic: false, highlightColor: null });

/** A new paragraph; `after` is the paragraph it follows, whose alignment, reading order and list it continues, as Enter does in Word. */
export function newParagraph(ids: { nextId: number }, text: string, after: ParagraphModel | null = null): ParagraphModel {
  return {
    kind: "paragraph",
    id: ids.nextId++,
    runs: text === "" ? [] : [emptyRun(text)],
    styleBuiltIn: after?.styleBuiltIn ?? "Normal",
    alignment: after?.alignment ?? "Left",
    bidi: after?.bidi ?? false,
    list: after?.list ?? null,
  };
}

export const paragraphText = (p: ParagraphModel): string => p.runs.map((r) => r.text).join("");

/** Word's paragraph list for a stretch of content: table cells count as paragraphs (read-only in the fake). */
export interface ParagraphRef {
  readonly paragraph: ParagraphModel;
  readonly table: TableModel | null;
}

export function paragraphsIn(items: readonly Item[]): ParagraphRef[] {
  return items.flatMap((item): ParagraphRef[] => {
    if (item.kind === "paragraph") return [{ paragraph: item, table: null }];
    if (item.kind === "control") return paragraphsIn(item.items);
    return item.values.flat().map((text) => ({ paragraph: { kind: "paragraph", id: -item.id, runs: [emptyRun(text)], styleBuiltIn: "Normal", alignment: item.cellsBidi ? "Right" : "Left", bidi: item.cellsBidi, list: null }, table: item }));
  });
}

/** Every content control in document order, nested ones after their parent. */
export const controlsIn = (items: readonly Item[]): ControlModel[] =>
  items.flatMap((item) => (item.kind === "control" ? [item, ...controlsIn(item.items)] : []));

/** The array holding `item` (the body or a control's items); null once it was deleted. */
export function containerOf(items: Item[], item: Item): Item[] | null {
  if (items.includes(item)) return items;
  for (const child of items) {
    const found = child.kind === "control" ? containerOf(child.items, item) : null;
    if (found) return found;
  }
  return null;
}

/** The paragraph right before index `at` in a container (the one a paragraph inserted there continues). */
export function paragraphBefore(items: readonly Item[], at: number): ParagraphModel | null {
  const previous = items[at - 1];
  return previous?.kind === "paragraph" ? previous : null;
}

/** A document of plain paragraphs with the cursor in paragraph `cursorAt`. */
export function newDocument(texts: readonly string[], cursorAt: number): WordState {
  const ids = { nextId: 1 };
  const body = (texts.length > 0 ? texts : [""]).map((text) => newParagraph(ids, text));
  return { body, cursor: body[Math.max(0, Math.min(cursorAt, body.length - 1))]!, lists: [], nextId: ids.nextId };
}

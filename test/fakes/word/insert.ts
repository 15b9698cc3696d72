/** Where inserted content goes: next to an item in its container, or into a control; and what deleting leaves. */
import { itemNotFound } from "../excel/errors";
import { containerOf, newParagraph, type ControlModel, type Item, type ParagraphModel, type WordState } from "./model";

function holder(state: WordState, item: Item): Item[] {
  const container = containerOf(state.body, item);
  if (container === null) throw itemNotFound("The object was deleted.");
  return container;
}

export function placeNextTo(state: WordState, item: Item, where: "Before" | "After", added: Item): void {
  const container = holder(state, item);
  container.splice(container.indexOf(item) + (where === "After" ? 1 : 0), 0, added);
}

/** Wraps `item` in a new control at its place. */
export function controlOf(state: WordState, item: Item): ControlModel {
  const container = holder(state, item);
  const control: ControlModel = { kind: "control", id: state.nextId++, tag: "", title: "", appearance: "BoundingBox", cannotDelete: false, cannotEdit: false, items: [item] };
  container.splice(container.indexOf(item), 1, control);
  return control;
}

/** A control is never left empty: Word keeps one empty paragraph in it, as after `clear()`. */
export function removeItem(state: WordState, item: Item): void {
  const container = holder(state, item);
  container.splice(container.indexOf(item), 1);
  if (container.length === 0) container.push(newParagraph(state, ""));
  if (state.cursor === item) state.cursor = firstParagraph(state.body) ?? newParagraph(state, "");
}

function firstParagraph(items: readonly Item[]): ParagraphModel | null {
  for (const item of items) {
    if (item.kind === "paragraph") return item;
    if (item.kind === "control") return firstParagraph(item.items);
  }
  return null;
}

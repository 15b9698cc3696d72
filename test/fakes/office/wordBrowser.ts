/// <reference types="office-js" />
/** The Word half of the browser Office.js fake: Word.run on the strict Word fake, and the document's settings. */
import { FakeWord } from "../word";
import type { OfficeSeed, PageGlobals, WordHandle } from "./contract";

/**
 * Office.Settings as Word keeps them: `set` changes the in-memory copy only; `saveAsync` is what writes them into
 * the document (a pane that forgets to save loses them, as in Word).
 */
function fakeSettings(initial: Readonly<Record<string, unknown>>) {
  const live = new Map(Object.entries(structuredClone(initial)));
  let saved: Record<string, unknown> = structuredClone({ ...initial });
  return {
    settings: {
      get: (name: string): unknown => structuredClone(live.get(name) ?? null),
      set: (name: string, value: unknown): void => void live.set(name, structuredClone(value)),
      remove: (name: string): void => void live.delete(name),
      saveAsync: (callback?: (result: { status: string; error?: { message: string } }) => void): void => {
        saved = structuredClone(Object.fromEntries(live));
        setTimeout(() => callback?.({ status: "succeeded" }), 0);
      },
    },
    saved: () => structuredClone(saved),
  };
}

export function installWord(page: PageGlobals, seed: OfficeSeed, context: Record<string, unknown>): void {
  const word = new FakeWord(seed.document?.paragraphs ?? [""], seed.document?.cursorAt);
  const { settings, saved } = fakeSettings(seed.settings ?? {});
  context["document"] = { settings };
  /** Word.run(batch) only, like the Excel half. */
  const run = <T>(batch: (ctx: Word.RequestContext) => Promise<T>): Promise<T> => {
    if (typeof batch !== "function") return Promise.reject(new Error("the Office.js fake models Word.run(batch) only"));
    return word.run((ctx) => batch(ctx as unknown as Word.RequestContext));
  };
  page.Word = { run };
  const handle: WordHandle = {
    word,
    outline: () => word.outline(),
    textOutsideControls: () => word.textOutsideControls(),
    savedSettings: saved,
    syncs: () => [...word.syncs],
  };
  page.__nmirfWord = handle;
}

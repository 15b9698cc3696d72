/** Reads one record row: each column through its codec, continuations from Long texts re-joined first. */
import { cellText } from "../../grid/cellText";
import { isBlank, type Cell } from "../../grid/grid";
import type { Lang } from "../../model/codes";
import type { ColumnCodec } from "../codec/columnCodec";
import { EXTRA_KEY, SOURCE_KEY } from "../columns";
import { EXTRA_PREFIX } from "../longTexts";
import { setOwn } from "../codec/recordDraft";

export interface RowContext<D> {
  readonly keys: readonly string[];
  /** Any record type: reading only uses the codecs' read side. */
  readonly codecs: Readonly<Record<string, ColumnCodec<never, D>>>;
  readonly extraColumns: readonly string[];
  readonly lang: Lang;
}

export interface RowRead {
  /** Texts of the row's cells that no codec could read exactly, by column key. */
  readonly asWritten: Record<string, string>;
  readonly extra: Record<string, string>;
  /** The Source cell (continuation included), or null when blank. */
  readonly source: string | null;
}

/** The cell's value, or its text followed by the rest stored in Long texts. */
export function fullCell(cell: Cell | undefined, continuation: string | undefined): Cell {
  const value = cell ?? null;
  return continuation === undefined ? value : cellText(value) + continuation;
}

/** Fills the draft from the row; `more(field)` gives the continuation of a column's text, if any. */
export function readRow<D>(cells: readonly Cell[], draft: D, ctx: RowContext<D>, more: (field: string) => string | undefined): RowRead {
  const asWritten: Record<string, string> = {};
  const extra: Record<string, string> = {};
  let source: string | null = null;
  let extraIndex = 0;
  ctx.keys.forEach((key, c) => {
    const header = key === EXTRA_KEY ? ctx.extraColumns[extraIndex++] ?? `${EXTRA_KEY}${extraIndex}` : null;
    const value = fullCell(cells[c], more(header === null ? key : EXTRA_PREFIX + header));
    if (isBlank(value)) return;
    if (header !== null) setOwn(extra, header, cellText(value));
    else if (key === SOURCE_KEY) source = cellText(value);
    else {
      const codec = ctx.codecs[key];
      if (codec && !codec.read(value, draft, ctx.lang)) setOwn(asWritten, key, cellText(value));
    }
  });
  return { asWritten, extra, source };
}

export const isBlankRow = (cells: readonly Cell[] | undefined): boolean => !cells || cells.every((c) => isBlank(c));

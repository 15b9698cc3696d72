/** A column of a record sheet: how a record fills its cell, and how a cell fills a record being read back. */
import type { Cell } from "../../grid/grid";
import type { Lang } from "../../model/codes";
import type { AsWritten } from "../../model/tracker";
import type { PlanCell } from "../plan";

export interface Written {
  readonly value: PlanCell;
  /** The asWritten key whose text the cell shows (so it is not stored again elsewhere), or null. */
  readonly shown: string | null;
}

export interface ColumnCodec<T, D> {
  readonly write: (record: T, lang: Lang) => Written;
  /**
   * Reads a non-empty cell into the draft; false when the cell holds no exact value of the column's kind,
   * in which case the reader keeps its text in asWritten under `key`.
   */
  readonly read: (cell: Cell, draft: D, lang: Lang) => boolean;
  /** The asWritten key of this column (a Field name). */
  readonly key: string;
}

interface Parts<T, D> {
  readonly key: string;
  /** The record's value as a cell; null when it has none. */
  readonly value: (record: T, lang: Lang) => PlanCell;
  readonly read: (cell: Cell, draft: D, lang: Lang) => boolean;
  readonly asWritten: (record: T) => AsWritten;
  readonly scratch: () => D;
}

/**
 * The usual rule: the value when there is one; otherwise the text kept as written — but only if reading that
 * text back would not turn it into a value, so the round trip stays exact (such text is stored elsewhere).
 */
export function column<T, D>(parts: Parts<T, D>): ColumnCodec<T, D> {
  const write = (record: T, lang: Lang): Written => {
    const value = parts.value(record, lang);
    if (value !== null) return { value, shown: null };
    const raw = Object.prototype.hasOwnProperty.call(parts.asWritten(record), parts.key) ? parts.asWritten(record)[parts.key] : undefined;
    if (raw === undefined || raw.trim() === "" || parts.read(raw, parts.scratch(), lang)) return { value: null, shown: null };
    return { value: raw, shown: parts.key };
  };
  return { key: parts.key, write, read: parts.read };
}

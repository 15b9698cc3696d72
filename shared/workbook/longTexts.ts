/**
 * Text longer than a cell can hold: the cell keeps the first 32,767 characters and the rest goes, in numbered
 * parts, to the Long texts sheet, keyed by the record it belongs to. Values kept as written that no cell shows
 * are stored there too (parts from 1, no cell), so nothing a record holds is lost.
 */
import { CELL_TEXT_LIMIT } from "./limits";
import type { PlanCell } from "./plan";

/** The record a stored text belongs to: a recommendation (id), an activity (id + activityId) or a log row. */
export interface LongTextOwner {
  readonly sheet: "recommendations" | "activities" | "log";
  readonly id: string;
  readonly activityId: string;
  readonly logRow: number | null;
}

export interface LongTextPart extends LongTextOwner {
  /** A column key ("text", "extra:Header") for continuations; "asWritten:key" or "statusOverride.status" otherwise. */
  readonly field: string;
  readonly part: number;
  readonly text: string;
}

/** Chunks of at most the cell limit, never cutting a surrogate pair in two. */
export function splitText(text: string, limit = CELL_TEXT_LIMIT): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + limit, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

/** The cell value to write; any overflow of a text value is appended to `out`. */
export function fitCell(value: PlanCell, owner: LongTextOwner, field: string, out: LongTextPart[]): PlanCell {
  if (typeof value !== "string" || value.length <= CELL_TEXT_LIMIT) return value;
  const [head, ...rest] = splitText(value);
  rest.forEach((text, i) => out.push({ ...owner, field, part: i + 1, text }));
  return head!;
}

/** Stores a whole text that no cell shows. */
export function storeText(text: string, owner: LongTextOwner, field: string, out: LongTextPart[]): void {
  const chunks = text === "" ? [""] : splitText(text);
  chunks.forEach((chunk, i) => out.push({ ...owner, field, part: i + 1, text: chunk }));
}

export const AS_WRITTEN_PREFIX = "asWritten:";
export const EXTRA_PREFIX = "extra:";
export const OVERRIDE_STATUS_FIELD = "statusOverride.status";

/** Derived text (messages, dashboard keys) cut to what one cell holds; it can be rebuilt, so nothing is stored aside. */
export const clipText = (text: string): string => (text.length <= CELL_TEXT_LIMIT ? text : splitText(text)[0]!);

/**
 * Where a record came from, as the Source column shows it: one "file › sheet › row" line per place.
 * The first line is the record's `source`; the lines are its `sources`. In the rare case where `sources` does
 * not start with `source`, the cell ends with an empty line, meaning "the first line is not one of the sources".
 */
import type { SourceRef } from "../../model/tracker";

const SEPARATOR = " › ";
// The file name may itself hold " › " (it takes the longest match); the sheet name may not.
const LINE = /^(.*) › (.*) › ([1-9]\d*)$/s;

export const formatSource = (ref: SourceRef): string => `${ref.file}${SEPARATOR}${ref.sheet}${SEPARATOR}${ref.row}`;

export function parseSource(text: string): SourceRef | null {
  const m = LINE.exec(text);
  if (!m) return null;
  const row = Number(m[3]);
  return Number.isSafeInteger(row) ? { file: m[1]!, sheet: m[2]!, row } : null;
}

const sameRef = (a: SourceRef | undefined, b: SourceRef): boolean =>
  a !== undefined && a.file === b.file && a.sheet === b.sheet && a.row === b.row;

export function formatSources(source: SourceRef, sources: readonly SourceRef[]): string {
  if (sameRef(sources[0], source)) return sources.map(formatSource).join("\n");
  return [source, ...sources].map(formatSource).join("\n") + "\n";
}

export interface SourcesRead {
  readonly source: SourceRef;
  readonly sources: SourceRef[];
}

/** Null when any line is not a readable place. */
export function parseSources(text: string): SourcesRead | null {
  const lines = text.split("\n");
  const detached = lines.length > 1 && lines[lines.length - 1] === "";
  if (detached) lines.pop();
  const refs: SourceRef[] = [];
  for (const line of lines) {
    const ref = parseSource(line);
    if (ref === null) return null;
    refs.push(ref);
  }
  return { source: refs[0]!, sources: detached ? refs.slice(1) : refs };
}

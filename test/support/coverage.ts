/** Checks the engine's promise that every source text ends up in the tracker or in an issue. */
import { cellText } from "../../shared/grid/cellText";
import { isBlank, type SourceFile } from "../../shared/grid/grid";
import type { TrackResult } from "../../shared/track/track";
import { splitList } from "../../shared/vocab/text";
import { parseSdg } from "../../shared/vocab/sdg";
import { parseActivityStatus, parsePosition, parseRecommendationStatus } from "../../shared/vocab/status";
import { parseMechanism } from "../../shared/vocab/mechanism";
import { parseDateValue } from "../../shared/vocab/dates";
import { parseCycle } from "../../shared/vocab/cycle";

/**
 * The free-text cells (a few words or more) found nowhere in the result, verbatim or as the items of a list.
 * Coded values (statuses, positions, mechanisms, dates, SDGs) become canonical codes, so they are not compared
 * here; nor are sheets the result reports as holding no table (their cells are counted in that issue).
 */
export function lostTexts(sources: readonly SourceFile[], result: TrackResult): string[] {
  const seen = new Set<string>();
  const add = (v: unknown): void => {
    if (typeof v === "string") seen.add(squash(v));
    else if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === "object") Object.values(v).forEach(add);
  };
  add(result.recommendations);
  add(result.issues.map((i) => i.params));
  add(result.mapping.map((m) => m.columns.map((c) => c.header)));
  const lost: string[] = [];
  const skipped = new Set(result.issues.filter((i) => i.code === "sheet.noTable").map((i) => `${i.file}\u0000${i.sheet}`));
  for (const src of sources)
    for (const grid of src.sheets) {
      if (skipped.has(`${src.file}\u0000${grid.name}`)) continue;
      grid.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (isBlank(cell) || typeof cell !== "string") return;
          const text = squash(cell);
          if (!/\S+\s+\S+\s+\S+/.test(text) || seen.has(text) || isSdgList(cell) || isCoded(cell)) return;
          const items = [splitList(cell, { comma: false }), splitList(cell, { comma: true })];
          if (items.some((list) => list.every((i) => seen.has(squash(i))))) return;
          if (seenInside(text, seen)) return;
          lost.push(`${src.file} › ${grid.name}!R${r + 1}C${c + 1}: ${cellText(cell).slice(0, 80)}`);
        }),
      );
    }
  return lost;
}

/** Runs of white space count as one space: rows differing only in spacing are one recommendation. */
const squash = (s: string): string => s.trim().replace(/\s+/g, " ");

/** SDG cells ("- 16.3 - Promote the rule of law") become goal and target numbers: the words are the goal's name. */
const isSdgList = (text: string): boolean => {
  const parsed = parseSdg(text);
  return parsed.goals.length > 0 && parsed.unrecognised.length === 0;
};

const CODE_PARSERS: ((raw: string) => { kind: string })[] = [parseRecommendationStatus, parsePosition, parseActivityStatus, parseMechanism];

function isCoded(cell: string): boolean {
  return CODE_PARSERS.some((parse) => parse(cell).kind === "exact") || parseCycle(cell) !== null || parseDateValue(cell, "en").kind === "ok" || parseDateValue(cell, "fr").kind === "ok";
}

/** Title rows are reported joined ("A · B"): a text inside a longer kept text is kept too. */
function seenInside(text: string, seen: ReadonlySet<string>): boolean {
  for (const s of seen) if (s.length > text.length && s.includes(text)) return true;
  return false;
}

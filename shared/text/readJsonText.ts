/** Reads JSON records (an array, or JSON lines as UHRI bulk exports come) into one grid: keys become headers. */
import type { z } from "zod";
import type { Cell, SourceFile } from "../grid/grid";
import { InputError } from "../grid/InputError";

/** Any value JSON.parse returns, as zod types it. */
type Json = z.infer<ReturnType<typeof z.json>>;

/** JSON records start with "{" (JSON lines) or "[" (an array); anything else is read as CSV. */
export function looksLikeJson(text: string): boolean {
  const start = text.trimStart();
  return start.startsWith("{") || start.startsWith("[");
}

export function readJsonText(file: string, text: string): SourceFile {
  const records = parseRecords(file, text);
  if (records.length === 0) throw new InputError("input.empty", { file });
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    for (const k of Object.keys(r)) {
      if (seen.has(k)) continue;
      seen.add(k);
      headers.push(k);
    }
  }
  const rows: Cell[][] = [headers, ...records.map((r) => headers.map((h) => toCell(r[h] ?? null)))];
  return { file, sheets: [{ name: file.replace(/\.[^.]+$/, ""), rows, merges: [] }] };
}

function parseRecords(file: string, text: string): Record<string, Json>[] {
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    const parsed = tryParse(trimmed);
    if (!Array.isArray(parsed)) throw new InputError("input.badJson", { file, line: 1 });
    return parsed.filter(isRecord);
  }
  return text.split(/\r\n|\r|\n/).flatMap((line, i) => {
    if (!line.trim()) return [];
    const parsed = tryParse(line);
    if (!isRecord(parsed)) throw new InputError("input.badJson", { file, line: i + 1 });
    return [parsed];
  });
}

function tryParse(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

const isRecord = (v: Json | undefined): v is Record<string, Json> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Lists are written as UHRI writes multi-values ("- a" lines); nested objects keep their JSON text. */
function toCell(v: Json): Cell {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v === "" ? null : v;
  if (Array.isArray(v)) return v.length === 0 ? null : v.map((x) => `- ${typeof x === "string" ? x : JSON.stringify(x)}`).join("\n");
  return JSON.stringify(v);
}

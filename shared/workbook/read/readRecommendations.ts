/** Reads the Recommendations sheet back into records, exactly as they were planned. */
import { cellText } from "../../grid/cellText";
import type { Grid } from "../../grid/grid";
import type { Lang, RecommendationStatus } from "../../model/codes";
import type { Recommendation, SourceRef } from "../../model/tracker";
import { RECOMMENDATION_CODECS } from "../codec/recommendationColumns";
import { emptyRecommendation } from "../../model/emptyRecommendation";
import { setOwn, type Mutable, type RecommendationDraft } from "../codec/recordDraft";
import { STATUS_VOCAB, codeOf } from "../codec/codeLabels";
import { parseSources } from "../codec/sourceText";
import { SOURCE_KEY } from "../columns";
import { AS_WRITTEN_PREFIX, OVERRIDE_STATUS_FIELD } from "../longTexts";
import { ownerKey, type LongTextIndex } from "./longTextIndex";
import { problemAt } from "./problems";
import { isBlankRow, readRow, type RowContext } from "./rowCells";
import type { TrackerProblem } from "./types";

export interface SheetReadContext {
  readonly file: string;
  readonly lang: Lang;
  readonly keys: readonly string[];
  readonly extraColumns: readonly string[];
  readonly longTexts: LongTextIndex;
  readonly problems: TrackerProblem[];
}

/** Values stored whole in Long texts: as-written texts no cell showed, and an override's own status. */
function applyStored(draft: RecommendationDraft, stored: ReadonlyMap<string, string> | undefined, lang: Lang): void {
  const rec = draft.record;
  let overrideStatus: RecommendationStatus | null = null;
  for (const [field, text] of stored ?? []) {
    if (field.startsWith(AS_WRITTEN_PREFIX)) setOwn(rec.asWritten, field.slice(AS_WRITTEN_PREFIX.length), text);
    else if (field === OVERRIDE_STATUS_FIELD) overrideStatus = codeOf(STATUS_VOCAB, text, lang);
  }
  // An override is a reason (from its column) with a status (its own if stored aside, else the recorded one).
  if (draft.reason === null && overrideStatus === null) return;
  const status = overrideStatus ?? rec.status;
  if (status !== null) rec.statusOverride = { status, reason: draft.reason ?? "" };
  else if (draft.reason !== null) rec.asWritten["statusReason"] = draft.reason;
}

function applySources(rec: Mutable<Recommendation>, text: string | null, r: number, grid: Grid, ctx: SheetReadContext): void {
  const here: SourceRef = { file: ctx.file, sheet: grid.name, row: r + 1 };
  const parsed = text === null ? null : parseSources(text);
  if (text !== null && parsed === null) ctx.problems.push(problemAt("tracker.unreadableSource", grid.name, r, ctx.keys.indexOf(SOURCE_KEY), SOURCE_KEY, text));
  rec.source = parsed?.source ?? here;
  rec.sources = parsed?.sources ?? [here];
}

function readRecommendation(grid: Grid, r: number, ctx: SheetReadContext, rowCtx: RowContext<RecommendationDraft>): Mutable<Recommendation> {
  const cells = grid.rows[r]!;
  const idCol = ctx.keys.indexOf("id");
  const draft: RecommendationDraft = { record: emptyRecommendation({ file: ctx.file, sheet: grid.name, row: r + 1 }), reason: null };
  const id = idCol < 0 ? "" : cellText(cells[idCol] ?? null);
  const stored = ctx.longTexts.get(ownerKey("recommendations", id, "", null));
  const read = readRow(cells, draft, rowCtx, (field) => stored?.get(field));
  const rec = draft.record;
  for (const [key, text] of Object.entries(read.asWritten)) setOwn(rec.asWritten, key, text);
  rec.extra = read.extra;
  applyStored(draft, stored, ctx.lang);
  applySources(rec, read.source, r, grid, ctx);
  return rec;
}

export function readRecommendations(grid: Grid | undefined, ctx: SheetReadContext): Recommendation[] {
  if (!grid) return [];
  const rowCtx: RowContext<RecommendationDraft> = { keys: ctx.keys, codecs: RECOMMENDATION_CODECS, extraColumns: ctx.extraColumns, lang: ctx.lang };
  const recs: Recommendation[] = [];
  const seen = new Set<string>();
  const idCol = Math.max(ctx.keys.indexOf("id"), 0);
  for (let r = 1; r < grid.rows.length; r++) {
    if (isBlankRow(grid.rows[r])) continue;
    const rec = readRecommendation(grid, r, ctx, rowCtx);
    if (rec.id === "") ctx.problems.push(problemAt("tracker.missingId", grid.name, r, idCol, "id", ""));
    else if (seen.has(rec.id)) ctx.problems.push(problemAt("tracker.duplicateId", grid.name, r, idCol, "id", rec.id));
    seen.add(rec.id);
    recs.push(rec);
  }
  return recs;
}

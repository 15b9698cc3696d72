/** Reads the Activities sheet and attaches each activity to its recommendation by Tracker ID; none is ever dropped. */
import { cellText } from "../../grid/cellText";
import type { Grid } from "../../grid/grid";
import type { Activity, Recommendation } from "../../model/tracker";
import { ACTIVITY_CODECS } from "../codec/activityColumns";
import { emptyActivity } from "../../model/emptyRecommendation";
import { setOwn, type ActivityDraft } from "../codec/recordDraft";
import { parseSource } from "../codec/sourceText";
import { SOURCE_KEY } from "../columns";
import { AS_WRITTEN_PREFIX } from "../longTexts";
import { ownerKey } from "./longTextIndex";
import { problemAt } from "./problems";
import type { SheetReadContext } from "./readRecommendations";
import { isBlankRow, readRow, type RowContext } from "./rowCells";
import type { TrackerRead } from "./types";

type Orphans = TrackerRead["orphanActivities"];

function readActivity(grid: Grid, r: number, ctx: SheetReadContext, rowCtx: RowContext<ActivityDraft>): ActivityDraft {
  const cells = grid.rows[r]!;
  const at = (key: string): string => cellText(cells[ctx.keys.indexOf(key)] ?? null);
  const draft: ActivityDraft = { activity: emptyActivity(), trackerId: "" };
  const stored = ctx.longTexts.get(ownerKey("activities", at("id"), at("activityId"), null));
  const read = readRow(cells, draft, rowCtx, (field) => stored?.get(field));
  const act = draft.activity;
  for (const [key, text] of Object.entries(read.asWritten)) setOwn(act.asWritten, key, text);
  for (const [field, text] of stored ?? []) {
    if (field.startsWith(AS_WRITTEN_PREFIX)) setOwn(act.asWritten, field.slice(AS_WRITTEN_PREFIX.length), text);
  }
  if (read.source !== null) {
    act.source = parseSource(read.source);
    if (act.source === null) ctx.problems.push(problemAt("tracker.unreadableSource", grid.name, r, ctx.keys.indexOf(SOURCE_KEY), SOURCE_KEY, read.source));
  }
  return draft;
}

/** Appends activities to their records in sheet order; returns those whose recommendation is not in the tracker. */
export function readActivities(grid: Grid | undefined, recs: readonly Recommendation[], ctx: SheetReadContext): Orphans {
  const orphans: { trackerId: string; activity: Activity }[] = [];
  if (!grid) return orphans;
  const byId = new Map<string, Recommendation>();
  for (const rec of recs) if (!byId.has(rec.id)) byId.set(rec.id, rec);
  const rowCtx: RowContext<ActivityDraft> = { keys: ctx.keys, codecs: ACTIVITY_CODECS, extraColumns: [], lang: ctx.lang };
  const col = (key: string): number => Math.max(ctx.keys.indexOf(key), 0);
  for (let r = 1; r < grid.rows.length; r++) {
    if (isBlankRow(grid.rows[r])) continue;
    const { activity, trackerId } = readActivity(grid, r, ctx, rowCtx);
    if (activity.id === "") ctx.problems.push(problemAt("tracker.missingActivityId", grid.name, r, col("activityId"), "activityId", ""));
    const rec = byId.get(trackerId);
    if (rec) (rec.activities as Activity[]).push(activity);
    else {
      ctx.problems.push(problemAt("tracker.unknownTrackerId", grid.name, r, col("id"), "id", trackerId));
      orphans.push({ trackerId, activity });
    }
  }
  return orphans;
}

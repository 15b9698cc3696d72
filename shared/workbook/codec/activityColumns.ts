/** The codec of each field column of the Activities sheet; a row carries its recommendation's Tracker ID. */
import type { Cell } from "../../grid/grid";
import type { Lang } from "../../model/codes";
import type { Field } from "../../model/fields";
import type { Activity } from "../../model/tracker";
import type { PlanCell } from "../plan";
import { ACTIVITY_STATUS_VOCAB } from "./codeLabels";
import { codeCell, dateOrPeriodCell, readCode, readDateOrPeriod, readText, textCell } from "./cellCodecs";
import { column, type ColumnCodec } from "./columnCodec";
import { scratchActivity, type ActivityDraft, type Mutable } from "./recordDraft";

export interface ActivityRow {
  readonly recordId: string;
  readonly activity: Activity;
}

type Codec = ColumnCodec<ActivityRow, ActivityDraft>;
type Setter = (cell: Cell, draft: ActivityDraft, act: Mutable<Activity>, lang: Lang) => boolean;

const field = (key: Field, value: (a: Activity, recordId: string, lang: Lang) => PlanCell, set: Setter): Codec =>
  column<ActivityRow, ActivityDraft>({
    key,
    value: (row, lang) => value(row.activity, row.recordId, lang),
    read: (cell, d, lang) => set(cell, d, d.activity, lang),
    asWritten: (row) => row.activity.asWritten,
    scratch: scratchActivity,
  });

export const ACTIVITY_CODECS: Readonly<Record<string, Codec>> = {
  id: field("id", (_a, recordId) => textCell(recordId), (cell, d) => ((d.trackerId = readText(cell)), true)),
  activityId: field("activityId", (a) => textCell(a.id), (cell, _d, act) => ((act.id = readText(cell) as Activity["id"]), true)),
  activity: field("activity", (a) => textCell(a.text), (cell, _d, act) => ((act.text = readText(cell)), true)),
  activityStatus: field(
    "activityStatus",
    (a, _r, lang) => codeCell(ACTIVITY_STATUS_VOCAB, a.status, lang),
    (cell, _d, act, lang) => {
      const code = readCode(ACTIVITY_STATUS_VOCAB, cell, lang);
      if (code !== undefined) act.status = code;
      return code !== undefined;
    },
  ),
  activityDeadline: field(
    "activityDeadline",
    (a) => dateOrPeriodCell(a.deadline),
    (cell, _d, act) => {
      const value = readDateOrPeriod(cell);
      if (value !== undefined) act.deadline = value;
      return value !== undefined;
    },
  ),
  activityInstitution: field("activityInstitution", (a) => textCell(a.institution), (cell, _d, act) => ((act.institution = readText(cell)), true)),
};

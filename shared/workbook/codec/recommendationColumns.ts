/** The codec of each field column of the Recommendations sheet (the Source and extra columns live in `rowCodec.ts`). */
import type { Cell } from "../../grid/grid";
import type { Lang } from "../../model/codes";
import type { Field } from "../../model/fields";
import type { Recommendation } from "../../model/tracker";
import type { PlanCell } from "../plan";
import { MECHANISM_VOCAB, POSITION_VOCAB, STATUS_VOCAB } from "./codeLabels";
import { codeCell, dateOrPeriodCell, flagCell, readCode, readDateOrPeriod, readFlag, readInteger, readPercent, readText, textCell } from "./cellCodecs";
import { column, type ColumnCodec, type Written } from "./columnCodec";
import { joinValues, parseSdgText, sdgText, splitValues } from "./multiValue";
import { scratchRecommendation, type Mutable, type RecommendationDraft } from "./recordDraft";

type Rec = Recommendation;
type Draft = RecommendationDraft;
type Codec = ColumnCodec<Rec, Draft>;
type Setter = (cell: Cell, record: Mutable<Rec>, lang: Lang) => boolean;

const field = (key: Field, value: (r: Rec, lang: Lang) => PlanCell, set: Setter): Codec =>
  column<Rec, Draft>({ key, value, read: (cell, d, lang) => set(cell, d.record, lang), asWritten: (r) => r.asWritten, scratch: scratchRecommendation });

/** Assigns a reader's result when there is one; reports whether there was. */
const assign = <V>(value: V | undefined, put: (v: V) => void): boolean => {
  if (value === undefined) return false;
  put(value);
  return true;
};

const text = (key: "ref" | "symbol" | "paragraph" | "cluster" | "comments" | "indicators"): Codec =>
  field(key, (r) => textCell(r[key]), (cell, rec) => ((rec[key] = readText(cell)), true));

const list = (key: "recommendingStates" | "themes" | "affectedPersons" | "institutions"): Codec =>
  field(key, (r) => joinValues(r[key]), (cell, rec) => ((rec[key] = splitValues(readText(cell))), true));

/** The reason column: a reason without a readable status has nothing to override, so it is kept as written. */
const statusReason: Codec = {
  key: "statusReason",
  write: (r: Rec): Written => {
    if (r.statusOverride !== null) return { value: textCell(r.statusOverride.reason), shown: null };
    const raw = r.asWritten["statusReason"];
    return r.status === null && raw !== undefined && raw.trim() !== "" ? { value: raw, shown: "statusReason" } : { value: null, shown: null };
  },
  read: (cell, d) => ((d.reason = readText(cell)), true),
};

export const RECOMMENDATION_CODECS: Readonly<Record<string, Codec>> = {
  id: field("id", (r) => textCell(r.id), (cell, rec) => ((rec.id = readText(cell) as Rec["id"]), true)),
  ref: text("ref"),
  text: field("text", (r) => textCell(r.text), (cell, rec) => ((rec.text = readText(cell)), true)),
  mechanism: field("mechanism", (r, l) => codeCell(MECHANISM_VOCAB, r.mechanism, l), (c, rec, l) => assign(readCode(MECHANISM_VOCAB, c, l), (v) => (rec.mechanism = v))),
  symbol: text("symbol"),
  paragraph: text("paragraph"),
  cycle: field("cycle", (r) => r.cycle, (c, rec) => assign(positive(readInteger(c)), (v) => (rec.cycle = v))),
  year: field("year", (r) => r.year, (c, rec) => assign(readInteger(c), (v) => (rec.year = v))),
  recommendingStates: list("recommendingStates"),
  response: field("response", (r, l) => codeCell(POSITION_VOCAB, r.response, l), (c, rec, l) => assign(readCode(POSITION_VOCAB, c, l), (v) => (rec.response = v))),
  status: field("status", (r, l) => codeCell(STATUS_VOCAB, r.status, l), (c, rec, l) => assign(readCode(STATUS_VOCAB, c, l), (v) => (rec.status = v))),
  statusReason,
  themes: list("themes"),
  sdg: field("sdg", (r) => sdgText(r.sdgGoals, r.sdgTargets), (c, rec) => assign(parseSdgText(readText(c)) ?? undefined, (v) => ((rec.sdgGoals = v.goals), (rec.sdgTargets = v.targets)))),
  affectedPersons: list("affectedPersons"),
  institutions: list("institutions"),
  progress: field("progress", (r) => r.progress, (c, rec) => assign(readPercent(c), (v) => (rec.progress = v))),
  deadline: field("deadline", (r) => dateOrPeriodCell(r.deadline), (c, rec) => assign(readDateOrPeriod(c), (v) => (rec.deadline = v))),
  cluster: text("cluster"),
  comments: text("comments"),
  followUp: field("followUp", (r, l) => flagCell(r.followUp, l), (c, rec) => assign(readFlag(c), (v) => (rec.followUp = v))),
  indicators: text("indicators"),
};

function positive(n: number | undefined): number | undefined {
  return n !== undefined && n > 0 ? n : undefined;
}

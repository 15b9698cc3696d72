/** Turns a draft record into a validated Recommendation: each field through its normaliser, nothing dropped. */
import { cellText } from "../grid/cellText";
import type { Lang, Mechanism } from "../model/codes";
import type { Field } from "../model/fields";
import type { Issue } from "../model/issue";
import type { Activity, ActivityId, Recommendation, RecommendationId } from "../model/tracker";
import { emptyRecommendation } from "../model/emptyRecommendation";
import { parseActivityStatus, parsePosition, parseRecommendationStatus } from "../vocab/status";
import { cycleFromUprSession, mechanismFromSymbol, parseMechanism, parseUprSession } from "../vocab/mechanism";
import { parseInstitutions, type AliasTable } from "../vocab/institutions";
import { parseSdg } from "../vocab/sdg";
import { splitList } from "../vocab/text";
import { parseYesNo } from "../vocab/yesNo";
import type { DraftActivity, DraftCell, DraftRecord } from "./draft";
import { issueAt } from "./issueAt";
import { codeValue, cycleValue, dateValue, errorCell, flagValue, integerValue, progressValue, report, textValue, type ValueSink } from "./normalizeValues";
import type { SourceProfile } from "./sourceKind";

export interface NormalizeOptions {
  readonly lang: Lang;
  readonly aliases: AliasTable;
  readonly profile: SourceProfile;
  /** Headers of the source columns, by field, so values kept in `extra` keep their header. */
  readonly headerOf: ReadonlyMap<Field, string>;
}

export interface Normalized {
  readonly record: Recommendation;
  readonly issues: Issue[];
}

/** The record before identification: its id is filled in by `identify`. */
export function normalizeDraft(draft: DraftRecord, opts: NormalizeOptions): Normalized {
  const issues: Issue[] = [];
  const sink: ValueSink = { place: { file: draft.file, sheet: draft.sheet }, lang: opts.lang, issues, asWritten: {} };
  const rec = emptyRecord(draft);
  const extra: Record<string, string> = {};
  rec.asWritten = sink.asWritten;
  rec.extra = extra;
  for (const [header, at] of draft.extra) extra[header] = cellText(at.value);
  for (const [field, at] of draft.fields) applyField(rec, field, at, sink, opts, extra);
  completeFromContext(rec, draft, opts.profile);
  settleOverride(rec, draft, sink);
  rec.activities = draft.activities.map((a, i) => normalizeActivity(a, i, sink, opts));
  if (rec.institutions.length === 0) rec.institutions = activityInstitutions(rec.activities);
  for (const { header, cell } of draft.leftovers) {
    issues.push(issueAt(sink.place, cell, "warning", "row.leftover", { value: cellText(cell.value), header }, { field: header }));
  }
  if (draft.hidden) issues.push(issueAt(sink.place, firstCell(draft), "info", "row.hidden", { row: draft.row }));
  return { record: rec, issues };
}

type Mutable = { -readonly [K in keyof Recommendation]: Recommendation[K] };

function emptyRecord(draft: DraftRecord): Mutable {
  return { ...emptyRecommendation({ file: draft.file, sheet: draft.sheet, row: draft.row }), cluster: draft.cluster };
}

const list = (sink: ValueSink, at: DraftCell, field: string, comma: boolean): string[] =>
  errorCell(sink, at, field) ? [] : splitList(cellText(at.value), { comma });

function applyField(rec: Mutable, field: Field, at: DraftCell, sink: ValueSink, opts: NormalizeOptions, extra: Record<string, string>): void {
  const comma = opts.profile.commaLists.includes(field);
  switch (field) {
    case "id": rec.id = (textValue(sink, at, field) ?? "") as RecommendationId; break;
    case "ref": rec.ref = textValue(sink, at, field); break;
    case "text": rec.text = textValue(sink, at, field) ?? ""; break;
    case "mechanism": rec.mechanism = codeValue(sink, at, field, parseMechanism); break;
    case "symbol": rec.symbol = textValue(sink, at, field); break;
    case "paragraph": rec.paragraph = textValue(sink, at, field); break;
    case "cycle": readCycle(rec, at, sink); break;
    case "year": rec.year = integerValue(sink, at, field, 1946, 2200); break;
    case "session": readSession(rec, at, sink, opts, extra); break;
    case "date": readDocumentDate(rec, at, sink, opts, extra); break;
    case "recommendingStates": rec.recommendingStates = list(sink, at, field, true); break;
    case "response": rec.response = codeValue(sink, at, field, parsePosition); break;
    case "status": rec.status = codeValue(sink, at, field, parseRecommendationStatus); break;
    case "statusReason": readOverrideReason(rec, at, sink); break;
    case "themes": rec.themes = list(sink, at, field, comma); break;
    case "affectedPersons": rec.affectedPersons = list(sink, at, field, comma); break;
    case "sdg": readSdg(rec, at, sink); break;
    case "institutions": rec.institutions = readInstitutions(sink, at, field, opts.aliases); break;
    case "progress": rec.progress = progressValue(sink, at, field); break;
    case "deadline": rec.deadline = dateValue(sink, at, field); break;
    case "cluster": rec.cluster = textValue(sink, at, field) ?? rec.cluster; break;
    case "comments": rec.comments = textValue(sink, at, field); break;
    case "followUp": readFollowUp(rec, at, sink, opts, extra); break;
    case "indicators": rec.indicators = textValue(sink, at, field); break;
    default: extra[opts.headerOf.get(field) ?? field] = cellText(at.value);
  }
}

function readCycle(rec: Mutable, at: DraftCell, sink: ValueSink): void {
  const { cycle, year } = cycleValue(sink, at);
  rec.cycle = cycle;
  rec.year ??= year;
}

/** The session has no field of its own: kept as written, and the UPR cycle derived from it. */
function readSession(rec: Mutable, at: DraftCell, sink: ValueSink, opts: NormalizeOptions, extra: Record<string, string>): void {
  extra[opts.headerOf.get("session") ?? "session"] = cellText(at.value);
  if (errorCell(sink, at, "session")) return;
  const session = parseUprSession(typeof at.value === "number" ? at.value : cellText(at.value));
  if (session !== null && rec.cycle === null) rec.cycle = cycleFromUprSession(session);
}

/** The document date has no field of its own: kept as written, and the year taken from it. */
function readDocumentDate(rec: Mutable, at: DraftCell, sink: ValueSink, opts: NormalizeOptions, extra: Record<string, string>): void {
  const date = dateValue(sink, at, "date");
  extra[opts.headerOf.get("date") ?? "date"] = date ?? cellText(at.value);
  if (date && rec.year === null) rec.year = Number(date.slice(0, 4));
}

/** "OUI (2 ans)" reads as yes, and the cell is also kept whole as an extra column so that its note is not lost. */
function readFollowUp(rec: Mutable, at: DraftCell, sink: ValueSink, opts: NormalizeOptions, extra: Record<string, string>): void {
  rec.followUp = flagValue(sink, at, "followUp");
  const text = cellText(at.value).trim();
  if (rec.followUp !== null && typeof at.value === "string" && parseYesNo(text) === null) extra[opts.headerOf.get("followUp") ?? "followUp"] = text;
}

function readOverrideReason(rec: Mutable, at: DraftCell, sink: ValueSink): void {
  const reason = textValue(sink, at, "statusReason");
  if (reason) rec.statusOverride = { status: "not_started", reason };
}

function readSdg(rec: Mutable, at: DraftCell, sink: ValueSink): void {
  if (errorCell(sink, at, "sdg")) return;
  const parsed = typeof at.value === "number" ? parseSdg(String(at.value)) : parseSdg(cellText(at.value));
  rec.sdgGoals = parsed.goals;
  rec.sdgTargets = parsed.targets;
  if (parsed.unrecognised.length > 0) report(sink, at, "sdg", "warning", "sdg.unknown");
}

function readInstitutions(sink: ValueSink, at: DraftCell, field: string, aliases: AliasTable): string[] {
  if (errorCell(sink, at, field)) return [];
  return parseInstitutions(cellText(at.value), aliases).names;
}

/** Context fills what the row left open: mechanism from the source, a section row, the sheet name or the symbol. */
function completeFromContext(rec: Mutable, draft: DraftRecord, profile: SourceProfile): void {
  if (profile.paragraphInText && rec.paragraph === null) rec.paragraph = paragraphFromText(rec.text);
  if (rec.mechanism === null && !rec.asWritten.mechanism) rec.mechanism = contextMechanism(rec, draft, profile);
}

/** A reason overrides the status written beside it; without a readable status, the reason is kept and reported. */
function settleOverride(rec: Mutable, draft: DraftRecord, sink: ValueSink): void {
  if (!rec.statusOverride) return;
  if (rec.status) {
    rec.statusOverride = { ...rec.statusOverride, status: rec.status };
    return;
  }
  const at = draft.fields.get("statusReason")!;
  report(sink, at, "statusReason", "warning", "override.noStatus");
  rec.statusOverride = null;
}

function contextMechanism(rec: Mutable, draft: DraftRecord, profile: SourceProfile): Mechanism | null {
  return profile.mechanism ?? draft.contextMechanism ?? (rec.symbol ? mechanismFromSymbol(rec.symbol) : null);
}

/**
 * UHRI writes the paragraph before the text ("128.26. Endeavour to ratify …"), for treaty bodies after a
 * heading line ("Domestic application of the Covenant\n7. Reiterating …").
 */
export function paragraphFromText(text: string): string | null {
  const m = /^(?:[^\n]{0,200}\n)?\s*(\d{1,3}(?:\.\d{1,3})?(?: ?\([a-z]\))?)[.)]?\s+\S/.exec(text);
  return m ? m[1]! : null;
}

function normalizeActivity(draft: DraftActivity, index: number, sink: ValueSink, opts: NormalizeOptions): Activity {
  const asWritten: Record<string, string> = {};
  const local: ValueSink = { ...sink, asWritten };
  const get = (f: Field): DraftCell | undefined => draft.fields.get(f);
  const at = (f: Field) => get(f)!;
  const institution = get("activityInstitution") ? readInstitutions(local, at("activityInstitution"), "activityInstitution", opts.aliases) : [];
  const text = get("activity") ? (textValue(local, at("activity"), "activity") ?? "") : "";
  if (!text) sink.issues.push(issueAt(sink.place, firstOf(draft), "warning", "activity.missingText", { row: draft.row }, { field: "activity" }));
  return {
    id: (get("activityId") ? (textValue(local, at("activityId"), "activityId") ?? "") : `#${index + 1}`) as ActivityId,
    text,
    status: get("activityStatus") ? codeValue(local, at("activityStatus"), "activityStatus", parseActivityStatus) : null,
    deadline: get("activityDeadline") ? dateValue(local, at("activityDeadline"), "activityDeadline") : null,
    institution: institution.length > 0 ? institution.join("; ") : null,
    asWritten,
    source: { file: sink.place.file, sheet: sink.place.sheet ?? "", row: draft.row },
  };
}

/** Where only activities name institutions, the recommendation is theirs to answer for. */
const activityInstitutions = (activities: readonly Activity[]): string[] => [
  ...new Set(activities.flatMap((a) => (a.institution ? a.institution.split("; ") : []))),
];

const firstOf = (a: DraftActivity): DraftCell | null => a.fields.values().next().value ?? null;
const firstCell = (d: DraftRecord): DraftCell | null => d.fields.values().next().value ?? null;

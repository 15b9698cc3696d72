/**
 * fast-check arbitraries of tracker documents within the importer's contract: list items trimmed, non-empty and
 * free of ";", nullable texts null or not blank, sheet names without "›" — and otherwise any unicode text,
 * including lone surrogates, formula-like text, text longer than a cell, and as-written values of any key.
 */
import fc from "fast-check";
import { ActivityStatus, LANGS, Mechanism, Position, RecommendationStatus } from "../../model/codes";
import { FIELDS } from "../../model/fields";
import type { LogEntry } from "../../model/log";
import type { Activity, ActivityId, Recommendation, RecommendationId, SourceRef } from "../../model/tracker";
import type { TrackerDocument } from "../../model/trackerDocument";
import { emptyRollups } from "./builders";

const FORMULA_LIKE = ["=SUM(A1:A2)", "+1", "-2", "@x", "\tx", "\rx", '=HYPERLINK("http://x")', "=", "==1"];
/** Text XML and spreadsheets handle badly: lone surrogates, control characters, CR LF, Excel's own escape syntax. */
const AWKWARD = ["a\ud800b", "\udc00", "x\ud83d", "_x0041_", "line\r\nnext", "\u0001\u001f", "\ufffe\uffff", " padded ", "\u200f\u202e"];

/** Any text, biased towards the awkward: formulas, long text cut mid surrogate pair, control characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 2, arbitrary: fc.constantFrom(...FORMULA_LIKE) },
  { weight: 2, arbitrary: fc.constantFrom(...AWKWARD) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("a", "😀", "é", "\u0000"), fc.integer({ min: 16380, max: 40000 }), fc.string()).map(([u, n, tail]) => u.repeat(n) + tail) },
);

const notBlank = (s: string): boolean => s.trim() !== "";
export const solidText = anyText.filter(notBlank);
const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });
const item = fc.string({ unit: "binary", minLength: 1, maxLength: 12 }).map((s) => s.replace(/;/g, ",").trim()).filter((s) => s !== "");
const items = fc.array(item, { maxLength: 4 });

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");
export const dateOrPeriod: fc.Arbitrary<string> = fc.oneof(
  fc.date({ min: new Date("1890-01-01"), max: new Date("2199-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.integer({ min: 1900, max: 2100 }).map(String),
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`),
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}-H${h}`),
  fc.constantFrom("2023-02-30", "0000-01-01", "1900-02-28", "1900-03-01"),
);

const sourceRef: fc.Arbitrary<SourceRef> = fc.record({
  file: fc.string({ unit: "binary", maxLength: 15 }).map((s) => s.replace(/\n/g, " ")),
  sheet: fc.string({ unit: "binary", maxLength: 10 }).map((s) => s.replace(/[\n›]/g, " ")),
  row: fc.integer({ min: 1, max: 1_048_576 }),
});

const asWritten = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 8 })), anyText), { maxLength: 3 }).map((pairs) => Object.fromEntries(pairs));
const target = fc.tuple(fc.integer({ min: 1, max: 17 }), fc.oneof(fc.integer({ min: 1, max: 19 }).map(String), fc.constantFrom("a", "b", "c"))).map(([g, t]) => `${g}.${t}`);

const activityArb = (id: string): fc.Arbitrary<Activity> =>
  fc.record({
    id: fc.constant(id as ActivityId),
    text: fc.oneof(fc.constant(""), solidText),
    status: maybe(fc.constantFrom(...ActivityStatus.options)),
    deadline: maybe(dateOrPeriod),
    institution: maybe(solidText),
    asWritten,
    source: maybe(sourceRef),
  });

const shortId = solidText.filter((s) => s.length < 100);
const activitiesArb = fc.uniqueArray(shortId, { maxLength: 3 }).chain((ids) => fc.tuple(...ids.map(activityArb)));

export function recommendationArb(id: string, extraHeaders: readonly string[]): fc.Arbitrary<Recommendation> {
  const extra = fc.subarray([...extraHeaders]).chain((hs) => fc.tuple(...hs.map((h) => fc.tuple(fc.constant(h), solidText)))).map((pairs) => Object.fromEntries(pairs));
  const statusPart = fc.tuple(maybe(fc.constantFrom(...RecommendationStatus.options)), maybe(fc.record({ status: fc.constantFrom(...RecommendationStatus.options), reason: solidText })), fc.boolean())
    // Usually the override's status is the recorded one (as the importer settles it); sometimes not.
    .map(([status, override, same]) => ({ status, statusOverride: override && same && status ? { ...override, status } : override }));
  const sources = fc.tuple(sourceRef, fc.array(sourceRef, { maxLength: 2 }), fc.boolean()).map(([source, more, withSource]) => ({ source, sources: withSource ? [source, ...more] : more }));
  return fc.record({
    base: fc.record({
      id: fc.constant(id as RecommendationId), ref: maybe(solidText), text: fc.oneof(fc.constant(""), solidText), mechanism: maybe(fc.constantFrom(...Mechanism.options)),
      symbol: maybe(solidText), paragraph: maybe(solidText), cycle: maybe(fc.integer({ min: 1, max: 99 })), year: maybe(fc.integer({ min: -5000, max: 5000 })),
      recommendingStates: items, response: maybe(fc.constantFrom(...Position.options)), themes: items,
      sdgGoals: fc.array(fc.integer({ min: 1, max: 17 }), { maxLength: 3 }), sdgTargets: fc.array(target, { maxLength: 3 }),
      affectedPersons: items, institutions: items, progress: maybe(fc.double({ min: 0, max: 100, noNaN: true }).map((p) => (p === 0 ? 0 : p))),
      deadline: maybe(dateOrPeriod), cluster: maybe(solidText), comments: maybe(solidText), followUp: maybe(fc.boolean()), indicators: maybe(solidText), extra, asWritten, activities: activitiesArb,
    }),
    status: statusPart,
    where: sources,
  }).map(({ base, status, where }) => ({ ...base, ...status, ...where }));
}

const logEntry: fc.Arbitrary<LogEntry> = fc.record({
  at: fc.oneof(fc.constant(""), solidText), action: fc.oneof(fc.constant(""), solidText), by: fc.oneof(fc.constant(""), solidText),
  recordId: maybe(solidText), field: maybe(solidText), oldValue: maybe(solidText), newValue: maybe(solidText), note: maybe(solidText),
});

export const trackerDocArb: fc.Arbitrary<TrackerDocument> = fc
  .record({
    lang: fc.constantFrom(...LANGS),
    headers: fc.uniqueArray(fc.string({ unit: "binary", minLength: 1, maxLength: 10 }), { maxLength: 3 }),
    ids: fc.uniqueArray(shortId, { maxLength: 6 }),
    log: fc.array(logEntry, { maxLength: 3 }),
  })
  .chain(({ lang, headers, ids, log }) =>
    fc.tuple(...ids.map((id) => recommendationArb(id, headers))).map((recommendations) => ({
      recommendations, issues: [], rollups: emptyRollups(), log, lang, extraColumns: headers, generatedAt: "2025-06-30T10:00:00Z",
    })),
  );

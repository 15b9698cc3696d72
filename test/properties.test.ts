/** Properties of the engine on random grids: it never throws, and tracking a tracker it wrote gives the same records. */
import fc from "fast-check";
import type { Cell, Grid, SourceFile } from "../shared/grid/grid";
import { track, type TrackOptions } from "../shared/track/track";
import { planWorkbook } from "../shared/workbook/planWorkbook";
import { planToSourceFile } from "../shared/workbook/planToSourceFile";
import { toSummary } from "../shared/summary/toSummary";
import { SummaryJson } from "../shared/summary/summarySchema";
import { LANGS } from "../shared/model/codes";

const OPTS: TrackOptions = { lang: "en", asOf: "2026-01-01", now: "2026-01-01T00:00:00Z", by: "test" };

/** Words real trackers hold, so random grids reach the interesting paths (headers, statuses, dates, sections). */
const WORDS = [
  "N°", "No.", "Recommendation", "Recommandation", "Recomendación", "Status", "Statut", "Estado", "Deadline", "Échéance",
  "Activités", "Activity", "Institution responsable", "ODD", "SDG", "Position", "Mechanism", "Paragraphe", "Cycle",
  "En cours", "Mise en œuvre", "Done", "In progres", "Non entamée", "Acceptée", "Noted", "EPU", "CEDAW", "CDE",
  "31/02/2021", "Q3 2025", "fin 2026", "ODD 5; 16.2", "45 %", "MJDH; MFFE", "1. Justice", "=SUM(A1:A2)", "+ de 200",
  "- Torture\n- Detention", "Ratify the Optional Protocol to the Convention against Torture", "#N/A",
];

const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -5, max: 100000 }), fc.double({ noNaN: true })) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 80000 }).map((serial) => ({ kind: "date" as const, serial })) },
  { weight: 1, arbitrary: fc.constantFrom("#N/A", "#REF!", "#VALUE!").map((code) => ({ kind: "error" as const, code })) },
);

const grid: fc.Arbitrary<Grid> = fc
  .record({
    name: fc.constantFrom("EPU", "CAT (EN)", "Feuil1", "Suivi", "CEDEF"),
    rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }),
    mergeRows: fc.array(fc.nat({ max: 24 }), { maxLength: 3 }),
    hidden: fc.array(fc.nat({ max: 24 }), { maxLength: 2 }),
  })
  .map(({ name, rows, mergeRows, hidden }) => ({
    name,
    rows,
    merges: mergeRows.filter((r) => r < rows.length).map((r) => ({ top: r, left: 0, bottom: r, right: 3 })),
    hiddenRows: hidden,
  }));

/** A header row the engine recognises, above random rows: reaches the record paths far more often. */
const trackerLike: fc.Arbitrary<Grid> = fc
  .tuple(grid, fc.shuffledSubarray(["N°", "Recommandation", "Statut", "Échéance", "Activités", "Statut de l'activité", "ODD", "Institution responsable", "Position"], { minLength: 2 }))
  .map(([g, header]) => ({ ...g, rows: [header.includes("Recommandation") ? header : ["Recommandation", ...header], ...g.rows] }));

const source = (sheets: Grid[]): SourceFile => ({ file: "random.xlsx", sheets });

describe("the engine on random grids", () => {
  it("never throws, and what it returns is a valid summary", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(grid, trackerLike), { minLength: 1, maxLength: 3 }), fc.constantFrom(...LANGS), (sheets, lang) => {
        const result = track([source(sheets)], { ...OPTS, lang });
        expect(SummaryJson.safeParse(toSummary(result, { generatedAt: OPTS.now, lang, asOf: OPTS.asOf })).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("tracking a tracker it wrote gives the same records, with the same IDs", () => {
    fc.assert(
      fc.property(fc.array(trackerLike, { minLength: 1, maxLength: 2 }), fc.constantFrom(...LANGS), (sheets, lang) => {
        const first = track([source(sheets)], { ...OPTS, lang });
        const plan = planWorkbook({ ...first, lang, generatedAt: OPTS.now });
        const again = track([planToSourceFile(plan, "tracker.xlsx")], { ...OPTS, lang });
        expect(again.recommendations.map((r) => r.id)).toEqual(first.recommendations.map((r) => r.id));
        expect(again.recommendations).toEqual(first.recommendations);
      }),
      { numRuns: 150 },
    );
  });
});

it("the random grids do reach records and activities (the properties above are not vacuous)", () => {
  const results = fc.sample(fc.array(trackerLike, { minLength: 1, maxLength: 2 }), { numRuns: 100, seed: 42 }).map((sheets) => track([source(sheets)], OPTS));
  const recs = results.flatMap((r) => r.recommendations);
  expect(recs.length).toBeGreaterThan(300);
  expect(recs.filter((r) => r.activities.length > 0).length).toBeGreaterThan(20);
  expect(recs.filter((r) => Object.keys(r.asWritten).length > 0).length).toBeGreaterThan(20);
});

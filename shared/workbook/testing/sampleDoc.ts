/** A small but complete tracker document exercising every sheet: codes, dates, lists, long and formula-like text, issues. */
import type { ActivityId, RecommendationId } from "../../model/tracker";
import type { Lang } from "../../model/codes";
import type { TrackerDocument } from "../../model/trackerDocument";
import { activity, issue, recommendation, rollupRow, trackerDoc } from "./builders";

export const LONG_TEXT = "Ensure access to justice. ".repeat(1500) + "😀".repeat(10) + "end";
export const FORMULA_TEXT = '=HYPERLINK("http://example.org","click")';

export function sampleDoc(lang: Lang = "en"): TrackerDocument {
  const r1 = recommendation({
    id: "UPR-3-001" as RecommendationId, ref: "128.26", text: LONG_TEXT, mechanism: "UPR", symbol: "A/HRC/40/6", paragraph: "128",
    cycle: 3, year: 2019, recommendingStates: ["France", "Chile"], response: "supported", status: "in_progress",
    themes: ["Right to health"], sdgGoals: [3, 5], sdgTargets: ["5.2"], affectedPersons: ["Women & girls"],
    institutions: ["Ministry of Justice", "Ministry of Health"], progress: 40, deadline: "2025-12-31", cluster: "Justice",
    comments: FORMULA_TEXT, extra: { Session: "32" },
    activities: [
      activity({ id: "A1" as ActivityId, text: "Draft the law", status: "completed", deadline: "2024-Q2", institution: "Ministry of Justice", source: { file: "source.xlsx", sheet: "UPR", row: 3 } }),
      activity({ id: "A2" as ActivityId, text: "+ train judges", status: null, asWritten: { activityStatus: "Ongoing?" }, deadline: "2025-03-01", institution: "Judiciary" }),
    ],
  });
  const r2 = recommendation({
    id: "CEDAW-8-037" as RecommendationId, text: "-Adopt a national action plan", mechanism: "CEDAW", status: null,
    asWritten: { status: "Done ✓", progress: "half" }, statusOverride: null, deadline: "2024", followUp: true,
    indicators: "Number of shelters opened; share of complaints prosecuted", source: { file: "cedaw.csv", sheet: "cedaw", row: 5 },
    sources: [{ file: "cedaw.csv", sheet: "cedaw", row: 5 }, { file: "upr › 2019.xlsx", sheet: "Sheet 1", row: 9 }],
  });
  const r3 = recommendation({
    id: "UPR-3-002" as RecommendationId, text: "@mention the Ombudsperson", mechanism: "UPR", response: "noted", status: "implemented",
    statusOverride: { status: "implemented", reason: "Law adopted in 2024" }, followUp: false, source: { file: "source.xlsx", sheet: "UPR", row: 4 },
  });
  return trackerDoc({
    lang,
    recommendations: [r1, r2, r3],
    extraColumns: ["Session"],
    issues: [
      issue({ recordId: "CEDAW-8-037", field: "status", message: "Status not recognised: Done ✓", cell: "M5", row: 5, file: "cedaw.csv", sheet: "cedaw" }),
      issue({ severity: "error", recordId: "UPR-3-001", field: "activityStatus", code: "activityStatus.unknown", message: "Activity status unknown", row: 3 }),
      issue({ severity: "info", recordId: null, field: null, code: "row.hidden", message: "Hidden row", cell: null }),
    ],
    rollups: {
      asOf: "2025-06-30",
      total: rollupRow(""),
      tables: [
        { dimension: "mechanism", rows: [rollupRow("UPR"), rollupRow("CEDAW"), rollupRow("")] },
        { dimension: "sdgGoal", rows: [rollupRow("5")] },
      ],
    },
    log: [{ at: "2025-06-30T10:00:00Z", action: "import", by: "nmirf track", recordId: "UPR-3-001", field: "status", oldValue: null, newValue: "in_progress", note: null }],
  });
}

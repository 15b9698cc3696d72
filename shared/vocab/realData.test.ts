// Checks the vocabularies against real exports kept beside the project (../shared/data); skipped in a fresh clone.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { Field } from "../model/fields";
import { matchHeader } from "./headers";
import { cycleFromUprSession, cycleFromYear, mechanismFromSymbol, parseMechanism, parseUprSession } from "./mechanism";
import { parseSdg } from "./sdg";
import { parsePosition } from "./status";
import { SHARED_DATA, describeWithSharedData, hasSharedData } from "../../test/support/sharedData";

const DATA = SHARED_DATA;

const readCsv = (file: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(readFileSync(join(DATA, file), "utf8"), { header: true, skipEmptyLines: true }).data;

/** Expected field per header; null = an extra column. */
function expectHeaders(expected: Record<string, Field | null>): void {
  for (const [header, field] of Object.entries(expected)) {
    expect([header, matchHeader(header)?.field ?? null]).toEqual([header, field]);
  }
}

describeWithSharedData("UPR Info database", () => {
  const rows = hasSharedData ? readCsv("upr-info/recommendations.csv") : [];

  it("maps its headers", () => {
    expectHeaders({
      uid: "ref", state_under_review: null, sur_regional_group: null, sur_organisations: null, text: "text",
      recommending_state: "recommendingStates", rs_regional_group: null, rs_organisations: null, response: "response",
      action_category: null, issues: "themes", session: "session", cycle: "cycle", review_year: "year",
      source_file: null, source_row: null,
    });
    expectHeaders({ To: null, "To-Rgrp": null, "To-Org": null, Text: "text", From: "recommendingStates", "From-Rgrp": null, "From-Org": null, Response: "response", Issue: "themes", Session: "session" });
  });

  it("reads every response exactly", () => {
    const responses = new Set(rows.map((r) => r.response));
    for (const response of responses) expect([response, parsePosition(response).kind]).toEqual([response, "exact"]);
  });

  it("derives each row's cycle from its session and from its year", () => {
    for (const r of rows.slice(0, 5000)) {
      const session = parseUprSession(r.session);
      expect(session).not.toBeNull();
      expect(cycleFromUprSession(session ?? 0)).toBe(Number(r.cycle));
      expect(cycleFromYear(Number(r.review_year), "UPR")).toBe(Number(r.cycle));
    }
  });
});

for (const file of ["ohchr-matrices/slovenia_upr_c2_c3.csv", "ohchr-matrices/china_upr_c2_c3.csv"]) describeWithSharedData(`OHCHR matrix ${file}`, () => {
  const rows = hasSharedData ? readCsv(file) : [];

  it("maps its headers", () => {
    expectHeaders({
      uid: "ref", state_under_review: null, cycle: "cycle", session: "session", year: "year", wg_report: "symbol",
      rec_id: "paragraph", text: "text", recommending_states: "recommendingStates", recommending_state: "recommendingStates",
      position: "response", source_of_position: null, section_theme: "cluster", themes: "themes",
      affected_persons: "affectedPersons", sdg_goals: "sdg",
    });
  });

  it("reads positions, SDGs, symbols, sessions and cycles", () => {
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      expect([r.position, parsePosition(r.position).kind]).toEqual([r.position, "exact"]);
      expect([r.sdg_goals, parseSdg(r.sdg_goals).unrecognised]).toEqual([r.sdg_goals, []]);
      expect(mechanismFromSymbol(r.wg_report)).toBe("UPR");
      expect(cycleFromUprSession(parseUprSession(r.session) ?? 0)).toBe(Number(r.cycle));
      expect(cycleFromYear(Number(r.year), "UPR")).toBe(Number(r.cycle));
    }
  });
});

describeWithSharedData("UHRI sample", () => {
  const records = hasSharedData
    ? readFileSync(join(DATA, "uhri-sample/uhri_sample.jsonl"), "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as { body: string; symbol: string; sdgs: string[] })
    : [];

  it("reads bodies, symbols and SDG strings", () => {
    expect(records.length).toBeGreaterThan(0);
    for (const r of records) {
      expect(parseMechanism(r.body)).toEqual({ kind: "exact", value: r.body });
      expect(mechanismFromSymbol(r.symbol)).toBe(r.body);
      const sdg = parseSdg(r.sdgs.map((s) => `- ${s}`).join("\n"));
      expect(sdg.unrecognised).toEqual([]);
      expect(sdg.goals.length).toBeGreaterThanOrEqual(r.sdgs.length > 0 ? 1 : 0);
    }
  });

  it("maps the UHRI Export to Excel headers", () => {
    expectHeaders({
      Text: "text", "Countries Concerned": null, "Reccomending Body": "mechanism", "Document Symbol": "symbol",
      Themes: "themes", "Affected Persons": "affectedPersons", Sdgs: "sdg", "Document Publication Date": "date",
      "UPR Reccomending States": "recommendingStates", "UPR Position": "response", Type: null,
      "OHCHR Annotation Id": "id", "UPR Session": "session", "Regions Concerned": null, "Recommending Regions": null,
      "Date of publication on UHRI": null,
    });
  });
});

/** Seeds the fake with institution sheets in an own-tracker layout and an empty tracker, for tests and the bench. */
import type { FakeSheetsApi } from "./server";

export const INSTITUTION_HEADERS = ["Mechanism", "Recommendation", "Status", "Responsible institution", "Comments"];
const STATUSES = ["Not started", "In progress", "Partially implemented", "Implemented"];

export const institutionId = (i: number): string => `inst-${String(i).padStart(2, "0")}`;

/** Row r (0-based, after the header) of institution i: a recommendation text unique to it. */
export function institutionRow(i: number, r: number, status = STATUSES[(i + r) % STATUSES.length]!): string[] {
  return ["UPR", `Strengthen programme ${r} of institution ${i} for the protection of human rights defenders`, status, `Ministry ${i}`, ""];
}

export function seedInstitutions(api: FakeSheetsApi, count: number, rowsEach: number): string[] {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const rows = [["Follow-up of recommendations — Ministry " + i], INSTITUTION_HEADERS, ...Array.from({ length: rowsEach }, (_, r) => institutionRow(i, r))];
    api.store.seed(institutionId(i), `Ministry ${i}`, [{ title: "Follow-up", rows }]);
    ids.push(institutionId(i));
  }
  return ids;
}

export const TRACKER_ID = "tracker-main";

export function seedTracker(api: FakeSheetsApi): void {
  api.store.seed(TRACKER_ID, "National tracker", [{ title: "Sheet1" }]);
}

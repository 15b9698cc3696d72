/** A tracker already in the user's workbook: a plan's sheets as Excel stores them (dates as serials with their format). */
import type { SeedSheet } from "../../fakes/excel";
import type { WorkbookPlan } from "../../../shared/workbook/plan";

export const seedFromPlan = (plan: WorkbookPlan): SeedSheet[] =>
  plan.sheets.map((sheet) => ({
    name: sheet.name,
    rows: sheet.values.map((row) => row.map((cell) => (cell !== null && typeof cell === "object" ? (cell.kind === "date" ? cell.serial : cell.text) : cell))),
    formats: sheet.values.map((row) => row.map((cell) => (cell !== null && typeof cell === "object" && cell.kind === "date" ? plan.dateFormat : null))),
    visibility: sheet.hidden ? "Hidden" : "Visible",
  }));

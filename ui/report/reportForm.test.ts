import { buildSection, rebuildSections, type LoadedTracker } from "../../shared/flows";
import { RECORDS } from "../../shared/report/testReports";
import { formProblems, initialForm, sectionRequest, type ReportForm } from "./reportForm";

const form = (fields: Partial<ReportForm> = {}): ReportForm => ({ ...initialForm("custom", "en"), ...fields });

it("asks for no filter, grouping or columns when nothing is chosen", () => {
  expect(sectionRequest(form())).toEqual({ template: "custom", lang: "en", filters: {} });
});

it("turns every choice into the spec's filters, grouping and columns", () => {
  const chosen = form({
    mechanisms: ["CEDAW", "CRC"], cycle: "3", cluster: "3. Women", theme: "Right to health", institution: "Ministry of Women",
    status: "in_progress", from: "2021-01-01", to: "2021-12-31", groupBy: "institution", fields: ["reference", "indicators", "status"],
  });
  expect(sectionRequest(chosen)).toEqual({
    template: "custom",
    lang: "en",
    filters: {
      mechanism: ["CEDAW", "CRC"], cycle: 3, cluster: "3. Women", theme: "Right to health", institution: "Ministry of Women",
      status: "in_progress", period: { from: "2021-01-01", to: "2021-12-31" },
    },
    groupBy: "institution",
    fields: ["reference", "indicators", "status"],
  });
});

it("keeps columns only for the custom template", () => {
  expect(sectionRequest(form({ template: "tb-followup", fields: ["reference"] }))).toEqual({ template: "tb-followup", lang: "en", filters: {} });
});

it.each<[string, Partial<ReportForm>, { cycle: boolean; period: boolean }]>([
  ["a cycle that is no whole number", { cycle: "2.5" }, { cycle: true, period: false }],
  ["a cycle of zero", { cycle: "0" }, { cycle: true, period: false }],
  ["a period missing its end", { from: "2021-01-01" }, { cycle: false, period: true }],
  ["a reversed period", { from: "2021-12-31", to: "2021-01-01" }, { cycle: false, period: true }],
])("leaves out and reports %s", (_what, fields, problems) => {
  expect(formProblems(form(fields))).toEqual(problems);
  expect(sectionRequest(form(fields)).filters).toEqual({});
});

it("builds a section whose tag rebuilds it with the same choices", () => {
  const tracker: LoadedTracker = {
    file: "t.xlsx", lang: "en", dataDate: "2026-03-01", recommendations: RECORDS, log: [], unreadCells: 0,
    choices: { clusters: [], themes: [], institutions: [], cycles: [] },
  };
  const built = buildSection(tracker, sectionRequest(form({ mechanisms: ["CRC", "CEDAW"], status: "in_progress", groupBy: "none", fields: ["reference", "status"] })));
  expect(built.count).toBe(1);
  const [rebuilt] = rebuildSections(tracker, [built.tag], {});
  expect(rebuilt!.section).toEqual(built);
});

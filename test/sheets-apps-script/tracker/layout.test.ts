import { RECORD_ROLES } from "../../../shared/workbook/basedOn";
import { planWorkbook } from "../../../shared/workbook/planWorkbook";
import { sampleDoc } from "../../../shared/workbook/testing/sampleDoc";
import { applyPlan } from "../../../sheets-apps-script/src/adapter/applyPlan";
import { readLayout, readTrackerSheets } from "../../../sheets-apps-script/src/tracker/layout";
import { FakeAppsScript } from "../../fakes/appsScript";
import { withGlobals } from "../support";

describe("readTrackerSheets", () => {
  const plan = planWorkbook(sampleDoc("fr"));
  const tracker = (advancedSheets: boolean): FakeAppsScript => {
    const fake = new FakeAppsScript().seed({ name: "Suivi", rows: [["x"]] });
    fake.advancedSheets = advancedSheets;
    withGlobals(fake, () => applyPlan(plan));
    fake.host.resetCounts();
    return fake;
  };

  it.each([false, true])("reads the tracker's sheets by the names its Settings give, without listing the sheets (Sheets API: %s)", (api) => {
    const fake = tracker(api);
    const layout = withGlobals(fake, () => readLayout())!;
    fake.host.resetCounts();
    const read = withGlobals(fake, () => readTrackerSheets(layout, RECORD_ROLES, undefined, ["Suivi"]));
    expect(read.sheets.map((g) => g.name)).toEqual(["Suivi", ...RECORD_ROLES.flatMap((r) => layout.names[r] ?? [])]);
    // one read: no listing of the sheets first (SpreadsheetApp: getSheets and a getName each; the API: a get)
    expect(api ? fake.host.count("Sheets.Spreadsheets.get") : fake.host.count("Spreadsheet.getSheets")).toBe(api ? 1 : 0);
  });

  it.each([false, true])("reads the others when one was deleted by hand (Sheets API: %s)", (api) => {
    const fake = tracker(api);
    const layout = withGlobals(fake, () => readLayout())!;
    const gone = layout.names.activities!;
    fake.spreadsheet.sheets.splice(fake.spreadsheet.sheets.indexOf(fake.sheet(gone)), 1);
    const read = withGlobals(fake, () => readTrackerSheets(layout, RECORD_ROLES));
    expect(read.sheets.map((g) => g.name)).toEqual(RECORD_ROLES.flatMap((r) => layout.names[r] ?? []).filter((n) => n !== gone));
  });
});

import { readSpreadsheetGrids } from "../../../sheets-apps-script/src/adapter/readSpreadsheetGrids";
import { FakeAppsScript } from "../../fakes/appsScript";
import { MESSY_SHEET, seededFake, withGlobals } from "../support";

describe("readSpreadsheetGrids on the strict fake", () => {
  it("reads values, Dates as serials, merges and hidden rows, with one getValues for the sheet", () => {
    const fake = seededFake();
    const src = withGlobals(fake, () => readSpreadsheetGrids({ sheets: [MESSY_SHEET.name] }));
    const [grid] = src.sheets;
    expect(src.file).toBe("Tracker Burkina");
    expect(grid?.rows[0]).toEqual(["Suivi des recommandations – EPU 4e cycle"]);
    expect(grid?.rows[1]).toEqual([]);
    expect(grid?.rows[3]).toEqual(["128.1", "=Ratifier le Protocole facultatif", "Acceptée", "En cours", "Ministère de la Justice", { kind: "date", serial: 46022 }]);
    expect(grid?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);
    expect(grid?.hiddenRows).toEqual([6]);
    expect(fake.host.count("Range.getValues")).toBe(1);
  });

  it("reads a long sheet in blocks of whole rows and skips hidden-row checks past the limit", () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [`r${i}`, i]);
    const fake = new FakeAppsScript().seed({ name: "Long", rows });
    const src = withGlobals(fake, () => readSpreadsheetGrids({ cellsPerRead: 2000 }));
    expect(src.sheets[0]?.rows).toEqual(rows);
    expect(fake.host.count("Range.getValues")).toBe(3);
    expect(fake.host.count("Sheet.isRowHiddenByUser")).toBe(0);
  });

  it("reads an empty sheet as no rows", () => {
    const fake = new FakeAppsScript().seed({ name: "Empty", rows: [] });
    expect(withGlobals(fake, () => readSpreadsheetGrids()).sheets).toEqual([{ name: "Empty", rows: [], merges: [] }]);
  });
});

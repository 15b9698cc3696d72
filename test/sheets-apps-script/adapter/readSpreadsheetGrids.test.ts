import { readSpreadsheetGrids } from "../../../sheets-apps-script/src/adapter/readSpreadsheetGrids";
import { apiCell } from "../../../sheets-apps-script/src/adapter/sheetsApi/readGrids";
import { FakeAppsScript } from "../../fakes/appsScript";
import { MESSY_SHEET, seededFake, withGlobals } from "../support";

describe("readSpreadsheetGrids on the strict fake", () => {
  it("reads values, Dates as serials and merges with one getValues for the sheet, and no call per row", () => {
    const fake = seededFake();
    const src = withGlobals(fake, () => readSpreadsheetGrids({ sheets: [MESSY_SHEET.name] }));
    const [grid] = src.sheets;
    expect(src.file).toBe("Tracker Burkina");
    expect(grid?.rows[0]).toEqual(["Suivi des recommandations – EPU 4e cycle"]);
    expect(grid?.rows[1]).toEqual([]);
    expect(grid?.rows[3]).toEqual(["128.1", "=Ratifier le Protocole facultatif", "Acceptée", "En cours", "Ministère de la Justice", { kind: "date", serial: 46022 }]);
    expect(grid?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);
    expect(grid?.hiddenRows).toBeUndefined();
    expect(fake.host.count("Range.getValues")).toBe(1);
    expect(fake.host.count("Sheet.isRowHiddenByUser")).toBe(0);
  });

  it("reads a long sheet in blocks of whole rows", () => {
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

describe("readSpreadsheetGrids through the Sheets API (the Advanced Sheets service enabled)", () => {
  const withApi = (fake: FakeAppsScript): FakeAppsScript => Object.assign(fake, { advancedSheets: true });

  it("reads the same grid as SpreadsheetApp — values, dates, merges — and the hidden rows too, in one get", () => {
    const fromApp = withGlobals(seededFake(), () => readSpreadsheetGrids({ sheets: [MESSY_SHEET.name] }));
    const fake = withApi(seededFake());
    const fromApi = withGlobals(fake, () => readSpreadsheetGrids({ sheets: [MESSY_SHEET.name] }));
    expect(fromApi).toEqual({ ...fromApp, sheets: [{ ...fromApp.sheets[0], hiddenRows: [6] }] });
    expect([fake.host.count("Sheets.Spreadsheets.get"), fake.host.count("Range.getValues")]).toEqual([1, 0]);
  });

  it("knows the hidden rows of a sheet of any length, still in one call", () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [`r${i}`, i]);
    const fake = withApi(new FakeAppsScript().seed({ name: "Long", rows, hiddenRows: [2500] }));
    const [grid] = withGlobals(fake, () => readSpreadsheetGrids()).sheets;
    expect([grid?.rows, grid?.hiddenRows]).toEqual([rows, [2499]]);
    expect(fake.host.count("Sheets.Spreadsheets.get")).toBe(2);
    expect(fake.host.count("Sheet.isRowHiddenByUser")).toBe(0);
  });

  it("names a missing sheet as SpreadsheetApp's reader does, and reads an empty sheet as no rows", () => {
    const fake = withApi(new FakeAppsScript().seed({ name: "Empty", rows: [] }));
    expect(() => withGlobals(fake, () => readSpreadsheetGrids({ sheets: ["Nope"] }))).toThrow('No sheet named "Nope".');
    expect(withGlobals(fake, () => readSpreadsheetGrids()).sheets).toEqual([{ name: "Empty", rows: [], merges: [] }]);
  });
});

describe("apiCell", () => {
  it("reads the API's values as the engine's cells: dates by their format, errors by their type", () => {
    expect(apiCell({ effectiveValue: { numberValue: 46022 }, effectiveFormat: { numberFormat: { type: "DATE" } } })).toEqual({ kind: "date", serial: 46022 });
    expect(apiCell({ effectiveValue: { numberValue: 0.5 }, effectiveFormat: { numberFormat: { type: "PERCENT" } } })).toBe(0.5);
    expect(apiCell({ effectiveValue: { errorValue: { type: "DIVIDE_BY_ZERO" } } })).toEqual({ kind: "error", code: "#DIV/0!" });
    expect(apiCell({ effectiveValue: { errorValue: { type: "NULL_VALUE" } } })).toEqual({ kind: "error", code: "#NULL!" });
    expect([apiCell({ effectiveValue: { boolValue: false } }), apiCell({ effectiveValue: { stringValue: "" } }), apiCell({})]).toEqual([false, null, null]);
  });
});

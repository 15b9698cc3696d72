/** The Advanced Sheets fake: each request read back through the SpreadsheetApp fake, all-or-nothing batches, strictness and counting. */
import { FakeAppsScript, SHEETS_PAYLOAD_LIMIT_BYTES, type FakeAdvancedSheets } from "..";

type Request = GoogleAppsScript.Sheets.Schema.Request;
type Sheet = ReturnType<FakeAppsScript["sheet"]>;

const ID = "1FakeSpreadsheetId";
const grid = (sheetId: number, startRowIndex: number, endRowIndex: number, startColumnIndex: number, endColumnIndex: number) =>
  ({ sheetId, startRowIndex, endRowIndex, startColumnIndex, endColumnIndex });
const LIGHT_RED = { red: 1, green: 199 / 255, blue: 206 / 255 };

function setup() {
  const fake = new FakeAppsScript().seed({ name: "Data", rows: [["Status", "Count"], ["Done", 2]] }).seed({ name: "Lists", rows: [["Status"], ["Done"], ["Open"]] });
  fake.advancedSheets = true;
  const Sheets = fake.globals().Sheets as FakeAdvancedSheets;
  const update = (...requests: Request[]) => Sheets.Spreadsheets.batchUpdate({ requests }, ID);
  return { fake, Sheets, update, data: fake.sheet("Data"), lists: fake.sheet("Lists") };
}

/** Everything either path can change, rule contents included (FakeSheet.state() only counts rules and validations). */
const everything = (fake: FakeAppsScript) =>
  JSON.stringify(fake.spreadsheet.sheets.map((s) => [s.id, s.state(), s.conditionalRules, [...s.validations].map(([k, v]) => [k, v.listSheet.name, v.listA1, v.allowInvalid])]));

describe("the Advanced Sheets fake", () => {
  it("is a global only when the project enabled the service", () => {
    const fake = new FakeAppsScript();
    expect("Sheets" in fake.globals()).toBe(false);
    fake.advancedSheets = true;
    expect("Sheets" in fake.globals()).toBe(true);
  });

  it("gets the spreadsheet's and its sheets' properties, refusing another spreadsheet and options it does not model", () => {
    const { fake, Sheets, data } = setup();
    data.setFrozenRows(1);
    fake.host.resetCounts();
    expect(Sheets.Spreadsheets.get(ID).properties).toEqual({ title: "NMIRF tracker", locale: "en_US", timeZone: fake.spreadsheet.timeZone });
    const got = Sheets.Spreadsheets.get(ID, { fields: "sheets.properties" });
    expect(Object.keys(got)).toEqual(["sheets"]); // only what the mask asks for
    expect(got.sheets?.map((s) => s.properties)).toEqual([
      { sheetId: 0, title: "Data", index: 0, sheetType: "GRID", gridProperties: { rowCount: 1000, columnCount: 26, frozenRowCount: 1 } },
      { sheetId: 1, title: "Lists", index: 1, sheetType: "GRID", gridProperties: { rowCount: 1000, columnCount: 26 } },
    ]);
    expect(() => Sheets.Spreadsheets.get("other")).toThrow("GoogleJsonResponseException: API call to sheets.spreadsheets.get failed with error: Requested entity was not found.");
    expect(() => Sheets.Spreadsheets.get(ID, { valueRenderOption: "FORMULA" } as never)).toThrow(/unsupported by the fake: optionalArgs.valueRenderOption/);
    expect(fake.host.count("Sheets.Spreadsheets.get")).toBe(4);
  });

  it("adds, renames, hides, freezes and deletes sheets, as SpreadsheetApp then reads them", () => {
    const { fake, update, data } = setup();
    const { replies } = update(
      { addSheet: { properties: { title: "Dashboard", index: 0, rightToLeft: true, gridProperties: { rowCount: 40, columnCount: 8, frozenRowCount: 2 } } } },
      { addSheet: { properties: { sheetId: 77, title: "Scratch" } } },
      { updateSheetProperties: { properties: { sheetId: 0, title: "Recommendations", hidden: true }, fields: "title,hidden" } },
      { deleteSheet: { sheetId: 77 } },
    );
    expect(replies?.[0]).toEqual({ addSheet: { properties: { sheetId: 2, title: "Dashboard", index: 0, sheetType: "GRID", rightToLeft: true, gridProperties: { rowCount: 40, columnCount: 8, frozenRowCount: 2 } } } });
    expect(replies?.slice(1).map((r) => Object.keys(r))).toEqual([["addSheet"], [], []]);
    expect(fake.sheetNames()).toEqual(["Dashboard", "Recommendations", "Lists"]);
    const dashboard = fake.spreadsheet.getSheetByName("Dashboard") as Sheet;
    expect([dashboard.getMaxRows(), dashboard.getMaxColumns(), dashboard.getFrozenRows(), dashboard.rightToLeft, data.isSheetHidden()]).toEqual([40, 8, 2, true, true]);
    expect(fake.spreadsheet.insertSheet("Next").getSheetId()).toBe(78); // ids given by the API stay unique for SpreadsheetApp too
    // A field named in the mask but absent goes back to its default.
    update({ updateSheetProperties: { properties: { sheetId: 2 }, fields: "rightToLeft,gridProperties.frozenRowCount" } });
    expect([dashboard.rightToLeft, dashboard.getFrozenRows()]).toEqual([false, 0]);
  });

  it("sets column widths (1-based in the fake) and hides rows, within the grid", () => {
    const { update, data } = setup();
    update(
      { updateDimensionProperties: { range: { sheetId: 0, dimension: "COLUMNS", startIndex: 0, endIndex: 2 }, properties: { pixelSize: 180 }, fields: "pixelSize" } },
      { updateDimensionProperties: { range: { sheetId: 0, dimension: "ROWS", startIndex: 4, endIndex: 6 }, properties: { hiddenByUser: true }, fields: "hiddenByUser" } },
    );
    expect([...data.columnWidths]).toEqual([[1, 180], [2, 180]]);
    expect([4, 5, 6, 7].map((r) => data.isRowHiddenByUser(r))).toEqual([false, true, true, false]);
    expect(() => update({ updateDimensionProperties: { range: { sheetId: 0, dimension: "COLUMNS", startIndex: 25, endIndex: 27 }, properties: { pixelSize: 9 }, fields: "pixelSize" } }))
      .toThrow("Invalid requests[0].updateDimensionProperties: Range ('Data'!Z1:AA1) exceeds grid limits. Max rows: 1000, max columns: 26");
  });

  it("formats cells with repeatCell as SpreadsheetApp would: '@' for TEXT, 'General' for no format, #RRGGBB, bold", () => {
    const { update, data } = setup();
    data.getRange(5, 1).setNumberFormat("General").setBackground("#FFC7CE").setFontWeight("bold");
    update(
      { repeatCell: { range: grid(0, 0, 2, 0, 2), cell: { userEnteredFormat: { numberFormat: { type: "TEXT" }, textFormat: { bold: true } } }, fields: "userEnteredFormat.numberFormat,userEnteredFormat.textFormat.bold" } },
      { repeatCell: { range: grid(0, 1, 2, 1, 2), cell: { userEnteredFormat: { numberFormat: { type: "NUMBER", pattern: "0.0" } } }, fields: "userEnteredFormat.numberFormat" } },
      { repeatCell: { range: grid(0, 5, 6, 0, 1), cell: { userEnteredFormat: { backgroundColor: LIGHT_RED, textFormat: { bold: true } } }, fields: "userEnteredFormat" } },
    );
    expect(data.getRange(1, 1, 2, 2).getNumberFormats()).toEqual([["@", "@"], ["@", "0.0"]]);
    expect(data.getRange(1, 1, 2, 2).getValues()).toEqual([["Status", "Count"], ["Done", 2]]); // formats only
    expect(data.cellAt(6, 1)).toEqual(data.cellAt(5, 1)); // the two paths store the same cell
    update({ repeatCell: { range: grid(0, 5, 6, 0, 1), cell: {}, fields: "userEnteredFormat.backgroundColor,userEnteredFormat.textFormat.bold" } });
    expect(data.cellAt(6, 1)).toEqual({ value: "", format: "General" });
  });

  it("writes cells with updateCells: a string stays text even as '=…', and a named field left out is cleared", () => {
    const { update, data } = setup();
    data.getRange(3, 3).setNote("old").setBackground("#FFEB9C");
    update({
      updateCells: {
        start: { sheetId: 0, rowIndex: 2, columnIndex: 0 },
        rows: [{ values: [{ userEnteredValue: { stringValue: "=1+1" } }, { userEnteredValue: { numberValue: 12 }, note: "why" }, {}] }, { values: [{ userEnteredValue: { boolValue: true } }] }],
        fields: "userEnteredValue,note,userEnteredFormat.backgroundColor",
      },
    });
    expect(data.getRange(3, 1, 2, 3).getValues()).toEqual([["=1+1", 12, ""], [true, "", ""]]);
    expect([data.cellAt(3, 1)?.formula, data.cellAt(3, 2)?.note, data.cellAt(3, 3)]).toEqual([undefined, "why", { value: "", format: "" }]);
    expect(() => update({ updateCells: { range: grid(0, 0, 1, 0, 1), rows: [{ values: [{}, {}] }], fields: "note" } })).toThrow(/do not fit the range A1/);
  });

  it("stores a list validation exactly as Range.setDataValidation does", () => {
    const { fake, update, data, lists } = setup();
    const app = fake.globals().SpreadsheetApp as { newDataValidation(): { requireValueInRange(r: unknown, dropdown: boolean): { setAllowInvalid(a: boolean): { setHelpText(t: string): { build(): unknown } } } } };
    data.getRange(2, 1, 3, 1).setDataValidation(app.newDataValidation().requireValueInRange(lists.getRange(2, 1, 2, 1), true).setAllowInvalid(false).setHelpText("Pick one").build() as never);
    update({
      setDataValidation: {
        range: grid(0, 1, 4, 1, 2),
        rule: { condition: { type: "ONE_OF_RANGE", values: [{ userEnteredValue: "='Lists'!$A$2:$A$3" }] }, strict: true, showCustomUi: true, inputMessage: "Pick one" },
      },
    });
    expect(data.getRange(2, 2).getDataValidation()).toEqual(data.getRange(2, 1).getDataValidation());
    expect(data.getRange(4, 2).getDataValidation()).toEqual({ listSheet: lists, listA1: "A2:A3", showDropdown: true, allowInvalid: false, helpText: "Pick one" });
    update({ setDataValidation: { range: grid(0, 1, 4, 1, 2) } });
    expect(data.getRange(2, 2).getDataValidation()).toBeNull();
  });

  it("adds a TEXT_EQ conditional rule in the shape SpreadsheetApp's builder builds, at the end or at an index", () => {
    const { fake, update, data } = setup();
    const app = fake.globals().SpreadsheetApp as { newConditionalFormatRule(): { whenTextEqualTo(t: string): { setBackground(c: string): { setRanges(r: unknown[]): { build(): unknown } } } } };
    data.setConditionalFormatRules([app.newConditionalFormatRule().whenTextEqualTo("Done").setBackground("#FFC7CE").setRanges([data.getRange(2, 1, 9, 1)]).build()]);
    const rule = (equals: string) => ({ ranges: [grid(0, 1, 10, 0, 1)], booleanRule: { condition: { type: "TEXT_EQ", values: [{ userEnteredValue: equals }] }, format: { backgroundColor: LIGHT_RED } } });
    update({ addConditionalFormatRule: { rule: rule("Done") } }, { addConditionalFormatRule: { rule: rule("Open"), index: 0 } });
    const [open, fromApi, fromApp] = data.getConditionalFormatRules();
    expect(fromApi).toEqual(fromApp);
    expect(open).toEqual({ ranges: ["A2:A10"], equals: "Open", background: "#FFC7CE" });
  });

  it("adds a BAR chart stored as the chart builder stores one, on the sheet it charts", () => {
    const { update, data, lists } = setup();
    const chart = (chartType: string, sheetId = 0) => ({
      addChart: {
        chart: {
          spec: {
            title: "By status",
            basicChart: { chartType, stackedType: "STACKED", headerCount: 1, domains: [{ domain: { sourceRange: { sources: [grid(sheetId, 0, 3, 0, 1)] } } }], series: [{ series: { sourceRange: { sources: [grid(0, 0, 3, 1, 2)] } } }] },
          },
          position: { overlayPosition: { anchorCell: { sheetId: 0, rowIndex: 1, columnIndex: 3 }, widthPixels: 400, heightPixels: 210 } },
        },
      },
    });
    const { replies } = update(chart("BAR"));
    const [embedded] = data.getCharts();
    expect(replies?.[0]?.addChart?.chart?.chartId).toBe(Number(embedded?.getChartId()));
    expect({ ...embedded?.chart, id: "x" }).toEqual({ id: "x", type: "bar", stacked: true, title: "By status", ranges: ["A1:A3", "B1:B3"], numHeaders: 1, position: { row: 2, col: 4, offsetX: 0, offsetY: 0 }, options: { width: 400, height: 210 }, sheetId: 0 });
    expect(() => update(chart("COLUMN"))).toThrow(/chartType COLUMN \(the fake models BAR only/);
    expect(() => update(chart("BAR", lists.id))).toThrow(/ranges are on another sheet/);
  });

  it("applies a batch in order: a sheet added, renamed, then named by a validation's formula", () => {
    const { fake, update, data } = setup();
    update(
      { addSheet: { properties: { sheetId: 10, title: "tmp" } } },
      { updateCells: { start: { sheetId: 10 }, rows: [{ values: [{ userEnteredValue: { stringValue: "Yes" } }] }, { values: [{ userEnteredValue: { stringValue: "No" } }] }], fields: "userEnteredValue" } },
      { updateSheetProperties: { properties: { sheetId: 10, title: "Answers" }, fields: "title" } },
      { setDataValidation: { range: grid(0, 1, 2, 0, 1), rule: { condition: { type: "ONE_OF_RANGE", values: [{ userEnteredValue: "='Answers'!A1:A2" }] } } } },
    );
    expect(data.getRange(2, 1).getDataValidation()?.listSheet).toBe(fake.sheet("Answers"));
    expect(fake.sheet("Answers").getRange(1, 1, 2, 1).getValues()).toEqual([["Yes"], ["No"]]);
  });

  it("is all or nothing: a bad request at the end leaves everything as it was, naming requests[i]", () => {
    const { fake, update } = setup();
    const before = everything(fake);
    expect(() =>
      update(
        { addSheet: { properties: { title: "New" } } },
        { deleteSheet: { sheetId: 1 } },
        { updateSheetProperties: { properties: { sheetId: 0, title: "Renamed", hidden: false }, fields: "title" } },
        { repeatCell: { range: grid(0, 0, 5, 0, 5), cell: { userEnteredValue: { stringValue: "x" }, userEnteredFormat: { backgroundColor: LIGHT_RED } }, fields: "*" } },
        { addConditionalFormatRule: { rule: { ranges: [grid(0, 0, 1, 0, 1)], booleanRule: { condition: { type: "TEXT_EQ", values: [{ userEnteredValue: "a" }] }, format: {} } } } },
        { addSheet: { properties: { title: "renamed" } } },
      ),
    ).toThrow('GoogleJsonResponseException: API call to sheets.spreadsheets.batchUpdate failed with error: Invalid requests[5].addSheet: A sheet with the name "renamed" already exists. Please enter another name.');
    expect(everything(fake)).toBe(before);
    expect(fake.sheetNames()).toEqual(["Data", "Lists"]);
    expect(fake.spreadsheet.insertSheet("Then").getSheetId()).toBe(2);
  });

  it("is strict: unknown requests and keys, missing masks, grids, names, ids, the last visible sheet, other spreadsheets, 10 MB", () => {
    const { Sheets, update } = setup();
    const refused: [() => unknown, string | RegExp][] = [
      [() => update({ mergeCells: { range: grid(0, 0, 1, 0, 2) } }), "Invalid requests[0]: unsupported by the fake: mergeCells"],
      [() => update({ repeatCell: { range: grid(0, 0, 1, 0, 1), cell: { userEnteredFormat: { wrapStrategy: "WRAP" } }, fields: "userEnteredFormat" } }), /unsupported by the fake: cell.userEnteredFormat.wrapStrategy/],
      [() => update({ repeatCell: { range: grid(0, 0, 1, 0, 1), cell: {} } }), "Invalid requests[0].repeatCell: At least one field must be specified."],
      [() => update({ repeatCell: { range: grid(0, 0, 1, 0, 1), cell: {}, fields: "userEnteredFormat.horizontalAlignment" } }), /unsupported by the fake: field "userEnteredFormat.horizontalAlignment"/],
      [() => update({ repeatCell: { range: grid(0, 0, 2000, 0, 2), cell: {}, fields: "note" } }), "Range ('Data'!A1:B2000) exceeds grid limits. Max rows: 1000, max columns: 26"],
      [() => update({ repeatCell: { range: grid(9, 0, 1, 0, 1), cell: {}, fields: "note" } }), "Invalid requests[0].repeatCell: No grid with id: 9"],
      [() => update({ addSheet: { properties: {} } }, { addSheet: { properties: { title: "LISTS" } } }), /Invalid requests\[1\].addSheet: A sheet with the name "LISTS" already exists/],
      [() => update({ addSheet: { properties: { sheetId: 1, title: "X" } } }), "Invalid requests[0].addSheet: Sheet with id 1 already exists."],
      [() => update({ deleteSheet: { sheetId: 0 } }, { deleteSheet: { sheetId: 1 } }), "Invalid requests[1].deleteSheet: You can't remove all the visible sheets in a document."],
      [() => update({ updateSheetProperties: { properties: { sheetId: 0, hidden: true } } }), "At least one field must be specified."],
      [() => update({ setDataValidation: { range: grid(0, 0, 1, 0, 1), rule: { condition: { type: "ONE_OF_RANGE", values: [{ userEnteredValue: "='Nope'!A1:A2" }] } } } }), /names no sheet/],
      [() => update(), "Must specify at least one request."],
      [() => Sheets.Spreadsheets.batchUpdate({ requests: [{ deleteSheet: { sheetId: 1 } }] }, "1SomeOtherId"), "failed with error: Requested entity was not found."],
      [() => update({ updateCells: { start: { sheetId: 0 }, rows: [{ values: [{ note: "x".repeat(SHEETS_PAYLOAD_LIMIT_BYTES) }] }], fields: "note" } }), "GoogleJsonResponseException: API call to sheets.spreadsheets.batchUpdate failed with error: Request payload size exceeds the limit: 10485760 bytes."],
    ];
    for (const [call, message] of refused) expect(call).toThrow(message);
  });

  it("writes RAW values with Values.batchUpdate: text stays text, rows may be short, never past the range or the grid", () => {
    const { fake, Sheets, data } = setup();
    data.getRange(1, 1).setNumberFormat("0.00");
    const write = (data: { range: string; values: unknown[][] }[], valueInputOption: string | null = "RAW") =>
      Sheets.Spreadsheets.Values.batchUpdate({ ...(valueInputOption === null ? {} : { valueInputOption }), data } as never, ID);
    const res = write([{ range: "'Data'!A1:C3", values: [["=1+1", "012", true], [4.5, ""]] }, { range: "Lists!B1", values: [["It's"]] }]);
    expect(data.getRange(1, 1, 2, 3).getValues()).toEqual([["=1+1", "012", true], [4.5, "", ""]]);
    expect([data.cellAt(1, 1)?.formula, data.getRange(1, 1).getNumberFormats()]).toEqual([undefined, [["0.00"]]]);
    expect([res.totalUpdatedCells, res.totalUpdatedSheets, res.responses?.map((r) => r.updatedRange)]).toEqual([6, 2, ["'Data'!A1:C2", "'Lists'!B1"]]);
    const refused: [() => unknown, string | RegExp][] = [
      [() => write([{ range: "Data!A1:B2", values: [["a"], ["b"], ["c"]] }]), "Requested writing within range [Data!A1:B2], but tried writing to row [3]"],
      [() => write([{ range: "Data!A1:B2", values: [["a", "b", "c"]] }]), "tried writing to column [C]"],
      [() => write([{ range: "Data!Z1000:AA1000", values: [["a"]] }]), "Range ('Data'!Z1000:AA1000) exceeds grid limits"],
      [() => write([{ range: "'No sheet'!A1", values: [["a"]] }]), "Unable to parse range: 'No sheet'!A1"],
      [() => write([{ range: "Data!A1", values: [["a"]] }], null), "'valueInputOption' is required but not specified"],
      [() => write([{ range: "Data!A1", values: [["a"]] }], "USER_ENTERED"), /USER_ENTERED is not modelled/],
    ];
    const before = everything(fake);
    for (const [call, message] of refused) expect(call).toThrow(message);
    expect(() => write([{ range: "Data!A5", values: [["kept?"]] }, { range: "Data!A1", values: [[{ not: "a value" }]] }])).toThrow(/data\[1\].values\[0\]\[0\]/);
    expect(everything(fake)).toBe(before);
  });

  it("counts each call, charges the clock by the cells it touches, and records the largest request", () => {
    const { fake, Sheets, update } = setup();
    fake.host.resetCounts();
    const start = fake.host.clockMs;
    update({ repeatCell: { range: grid(0, 0, 1000, 0, 26), cell: { userEnteredFormat: { numberFormat: { type: "TEXT" } } }, fields: "userEnteredFormat.numberFormat" } });
    expect(fake.host.clockMs - start).toBeCloseTo(fake.host.msPerCall + 26_000 * fake.host.msPerCell);
    const values = [["a".repeat(1000)]];
    Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: "RAW", data: [{ range: "Data!A1", values }] }, ID);
    expect(() => update({ deleteSheet: { sheetId: 5 } })).toThrow(/No grid with id: 5/);
    expect([fake.host.count("Sheets.Spreadsheets.batchUpdate"), fake.host.count("Sheets.Spreadsheets.Values.batchUpdate"), fake.host.total]).toEqual([2, 1, 3]);
    expect(fake.host.largestRequestBytes).toBe(JSON.stringify({ valueInputOption: "RAW", data: [{ range: "Data!A1", values }] }).length);
  });

  it("makes the same sheet as SpreadsheetApp calls do, in one batchUpdate and one Values.batchUpdate", () => {
    const rows = [["Status", "Count"], ["Done", "012"], ["Open", "=1"]];
    const viaApp = setup();
    {
      const { fake } = viaApp;
      const sheet = fake.spreadsheet.insertSheet("Summary");
      const range = sheet.getRange(1, 1, 3, 2);
      range.setNumberFormats(rows.map((r) => r.map(() => "@")));
      range.setValues(rows);
      sheet.setColumnWidths(1, 2, 150);
      sheet.setFrozenRows(1);
      const app = fake.globals().SpreadsheetApp as { newDataValidation(): { requireValueInRange(r: unknown, d: boolean): { setAllowInvalid(a: boolean): { build(): unknown } } }; newConditionalFormatRule(): { whenTextEqualTo(t: string): { setBackground(c: string): { setRanges(r: unknown[]): { build(): unknown } } } } };
      sheet.getRange(2, 1, 2, 1).setDataValidation(app.newDataValidation().requireValueInRange(viaApp.lists.getRange(2, 1, 2, 1), true).setAllowInvalid(false).build() as never);
      sheet.setConditionalFormatRules([app.newConditionalFormatRule().whenTextEqualTo("Open").setBackground("#FFC7CE").setRanges([sheet.getRange(2, 1, 2, 1)]).build()]);
      const chart = sheet.newChart().addRange(sheet.getRange(1, 1, 3, 1)).addRange(sheet.getRange(1, 2, 3, 1)).setNumHeaders(1).setPosition(2, 4, 0, 0).setOption("width", 400).setOption("height", 210);
      sheet.insertChart(chart.asBarChart().setTitle("By status").build());
    }
    const viaApi = setup();
    viaApi.update(
      { addSheet: { properties: { sheetId: 2, title: "Summary", gridProperties: { frozenRowCount: 1 } } } },
      { repeatCell: { range: grid(2, 0, 3, 0, 2), cell: { userEnteredFormat: { numberFormat: { type: "TEXT", pattern: "@" } } }, fields: "userEnteredFormat.numberFormat" } },
      { updateDimensionProperties: { range: { sheetId: 2, dimension: "COLUMNS", startIndex: 0, endIndex: 2 }, properties: { pixelSize: 150 }, fields: "pixelSize" } },
      { setDataValidation: { range: grid(2, 1, 3, 0, 1), rule: { condition: { type: "ONE_OF_RANGE", values: [{ userEnteredValue: "='Lists'!$A$2:$A$3" }] }, strict: true, showCustomUi: true } } },
      { addConditionalFormatRule: { rule: { ranges: [grid(2, 1, 3, 0, 1)], booleanRule: { condition: { type: "TEXT_EQ", values: [{ userEnteredValue: "Open" }] }, format: { backgroundColor: LIGHT_RED } } } } },
      {
        addChart: {
          chart: {
            spec: { title: "By status", basicChart: { chartType: "BAR", headerCount: 1, domains: [{ domain: { sourceRange: { sources: [grid(2, 0, 3, 0, 1)] } } }], series: [{ series: { sourceRange: { sources: [grid(2, 0, 3, 1, 2)] } } }] } },
            position: { overlayPosition: { anchorCell: { sheetId: 2, rowIndex: 1, columnIndex: 3 }, widthPixels: 400, heightPixels: 210 } },
          },
        },
      },
    );
    viaApi.Sheets.Spreadsheets.Values.batchUpdate({ valueInputOption: "RAW", data: [{ range: "'Summary'!A1:B3", values: rows }] }, ID);
    const summary = (fake: FakeAppsScript) => {
      const sheet = fake.sheet("Summary");
      return { ...JSON.parse(sheet.state()), charts: sheet.charts.map((c) => ({ ...c, id: "normalised" })), rules: sheet.conditionalRules,
        validations: [...sheet.validations].map(([key, v]) => [key, v.listSheet.name, v.listA1, v.showDropdown, v.allowInvalid, v.helpText]) };
    };
    expect(summary(viaApi.fake)).toEqual(summary(viaApp.fake));
  });
});

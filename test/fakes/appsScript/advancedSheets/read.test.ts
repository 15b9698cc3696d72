/** The Advanced Sheets fake's Spreadsheets.get: grid data of whole sheets and A1 ranges, strict field masks, counting. */
import { FakeAppsScript, dateToSerial, type FakeAdvancedSheets } from "..";

const ID = "1FakeSpreadsheetId";
const DUE = new Date(2026, 2, 15);
const INVALID = "GoogleJsonResponseException: API call to sheets.spreadsheets.get failed with error: Request contains an invalid argument.";
const text = (s: string) => ({ userEnteredValue: { stringValue: s }, effectiveValue: { stringValue: s }, formattedValue: s });

/** A tracker sheet: a merged title, a blank row, a header, numbers, a date, a formula-like string, a hidden row, a formula error, a note. */
function setup() {
  const fake = new FakeAppsScript()
    .seed({ name: "Data", rows: [["x"]] })
    .seed({
      name: "My sheet",
      rows: [
        ["Recommendations tracker", null, null],
        [],
        ["Rec", "Count", "Due", "Check"],
        ["R-1", 12, DUE, "=VLOOKUP(A4,B:B,1)"],
        ["R-2", 3.5, null, true],
      ],
      formats: { "4,2": "0.0", "5,2": "@" },
      merges: [{ row: 1, col: 1, rows: 1, cols: 3 }],
      hiddenRows: [5],
    });
  const sheet = fake.sheet("My sheet");
  Object.assign(sheet.cellAt(6, 1, true), { formula: '=VLOOKUP("x",A:A,1,FALSE)', value: "#N/A" });
  sheet.cellAt(6, 4, true).note = "check this";
  sheet.columnWidths.set(2, 180);
  fake.advancedSheets = true;
  const Sheets = fake.globals().Sheets as FakeAdvancedSheets;
  return { fake, Sheets, sheet };
}

describe("Sheets.Spreadsheets.get in the Advanced Sheets fake", () => {
  it("reads a range's values, formats, notes, hidden rows and merges in one call, as the API shapes them", () => {
    const { fake, Sheets } = setup();
    fake.host.resetCounts();
    const got = Sheets.Spreadsheets.get(ID, {
      ranges: "'My sheet'!A1:F8",
      fields: "sheets(properties(title),data(startRow,startColumn,rowData(values(userEnteredValue,effectiveValue,formattedValue,userEnteredFormat/numberFormat,note)),rowMetadata,columnMetadata),merges)",
    });
    expect(got).toEqual({
      sheets: [
        {
          properties: { title: "My sheet" },
          data: [
            {
              rowData: [
                { values: [text("Recommendations tracker")] },
                {},
                { values: [text("Rec"), text("Count"), text("Due"), text("Check")] },
                {
                  values: [
                    text("R-1"),
                    { userEnteredValue: { numberValue: 12 }, effectiveValue: { numberValue: 12 }, formattedValue: "12", userEnteredFormat: { numberFormat: { type: "NUMBER", pattern: "0.0" } } },
                    { userEnteredValue: { numberValue: dateToSerial(DUE) }, effectiveValue: { numberValue: dateToSerial(DUE) }, formattedValue: "2026-03-15", userEnteredFormat: { numberFormat: { type: "DATE", pattern: "d mmm yyyy" } } },
                    text("=VLOOKUP(A4,B:B,1)"), // a string that looks like a formula stays a string
                  ],
                },
                {
                  values: [
                    text("R-2"),
                    { userEnteredValue: { numberValue: 3.5 }, effectiveValue: { numberValue: 3.5 }, formattedValue: "3.5", userEnteredFormat: { numberFormat: { type: "TEXT" } } },
                    {},
                    { userEnteredValue: { boolValue: true }, effectiveValue: { boolValue: true }, formattedValue: "TRUE" },
                  ],
                },
                {
                  values: [
                    { userEnteredValue: { formulaValue: '=VLOOKUP("x",A:A,1,FALSE)' }, effectiveValue: { errorValue: { type: "N_A", message: "Value not available." } }, formattedValue: "#N/A" },
                    {},
                    {},
                    { note: "check this" },
                  ],
                },
              ],
              rowMetadata: [1, 2, 3, 4, 5, 6, 7, 8].map((r) => (r === 5 ? { pixelSize: 21, hiddenByUser: true } : { pixelSize: 21 })),
              columnMetadata: [100, 180, 100, 100, 100, 100].map((pixelSize) => ({ pixelSize })),
            },
          ],
          merges: [{ sheetId: 1, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 3 }],
        },
      ],
    });
    expect(fake.host.count("Sheets.Spreadsheets.get")).toBe(1);
    expect(fake.host.total).toBe(1);
  });

  it("reads whole sheets (maxRows × maxColumns) with includeGridData, and ranges by sheet in the spreadsheet's order", () => {
    const { Sheets, sheet } = setup();
    const all = Sheets.Spreadsheets.get(ID, { includeGridData: true });
    expect(all.sheets?.map((s) => s.properties?.title)).toEqual(["Data", "My sheet"]);
    const [data] = all.sheets?.[1]?.data ?? [];
    expect([data?.startRow, data?.startColumn, data?.rowData?.length, data?.rowMetadata?.length, data?.columnMetadata?.length]).toEqual([undefined, undefined, 6, 1000, 26]);
    expect(all.sheets?.[0]?.data?.[0]?.rowData).toEqual([{ values: [text("x")] }]);

    const some = Sheets.Spreadsheets.get(ID, { ranges: ["'My sheet'!B3:C", "Data!A1", "'my sheet'!D6"], includeGridData: true });
    expect(some.sheets?.map((s) => [s.properties?.title, s.data?.length])).toEqual([["Data", 1], ["My sheet", 2]]);
    const [open, note] = some.sheets?.[1]?.data ?? [];
    expect([open?.startRow, open?.startColumn, open?.rowMetadata?.length, open?.columnMetadata]).toEqual([2, 1, 998, [{ pixelSize: 180 }, { pixelSize: 100 }]]);
    expect(open?.rowData?.map((r) => r.values?.map((v) => v.formattedValue))).toEqual([["Count", "Due"], ["12", "2026-03-15"], ["3.5"]]);
    expect(note).toEqual({ startRow: 5, startColumn: 3, rowData: [{ values: [{ note: "check this" }] }], rowMetadata: [{ pixelSize: 21 }], columnMetadata: [{ pixelSize: 100 }] });
    expect(some.sheets?.[1]?.merges).toBeUndefined(); // the title's merge lies outside both ranges

    // No grid data by default: ranges still choose the sheets, and merges are sheet fields.
    const bare = Sheets.Spreadsheets.get(ID, { ranges: "'My sheet'" });
    expect(bare.sheets?.map((s) => Object.keys(s))).toEqual([["properties", "merges"]]);

    // Date-time and time formats; an empty sheet has no rowData.
    sheet.cellAt(7, 1, true).value = 46_096.5;
    sheet.cellAt(7, 1, true).format = "yyyy-mm-dd hh:mm";
    sheet.cellAt(7, 2, true).value = 0.75;
    sheet.cellAt(7, 2, true).format = "h:mm AM/PM";
    const times = Sheets.Spreadsheets.get(ID, { ranges: "'My sheet'!A7:B7", fields: "sheets.data.rowData.values(formattedValue,effectiveFormat)" });
    expect(times.sheets?.[0]?.data?.[0]?.rowData?.[0]?.values).toEqual([
      { formattedValue: "2026-03-15 12:00:00", effectiveFormat: { numberFormat: { type: "DATE_TIME", pattern: "yyyy-mm-dd hh:mm" } } },
      { formattedValue: "18:00:00", effectiveFormat: { numberFormat: { type: "TIME", pattern: "h:mm AM/PM" } } },
    ]);
    const empty = Sheets.Spreadsheets.get(ID, { ranges: "'My sheet'!H1:H2", includeGridData: true });
    expect(empty.sheets?.[0]?.data).toEqual([{ startColumn: 7, rowMetadata: [{ pixelSize: 21 }, { pixelSize: 21 }], columnMetadata: [{ pixelSize: 100 }] }]);
  });

  it("returns only the fields a mask asks for, whatever includeGridData says", () => {
    const { Sheets } = setup();
    expect(Sheets.Spreadsheets.get(ID, { fields: "sheets.properties.title" })).toEqual({ sheets: [{ properties: { title: "Data" } }, { properties: { title: "My sheet" } }] });
    expect(Sheets.Spreadsheets.get(ID, { fields: "sheets/properties/title,spreadsheetId" })).toEqual({ spreadsheetId: ID, sheets: [{ properties: { title: "Data" } }, { properties: { title: "My sheet" } }] });
    expect(Sheets.Spreadsheets.get(ID, { fields: "sheets(properties(title)), sheets(properties(sheetId))", ranges: "Data" })).toEqual({ sheets: [{ properties: { sheetId: 0, title: "Data" } }] });
    // includeGridData is ignored under a mask: the mask alone says whether data comes back.
    expect(Sheets.Spreadsheets.get(ID, { fields: "sheets.properties", includeGridData: true }).sheets?.[0]).not.toHaveProperty("data");
    const values = Sheets.Spreadsheets.get(ID, { ranges: "Data!A1:B2", fields: "sheets(data(rowData(values(effectiveValue))))" });
    expect(values).toEqual({ sheets: [{ data: [{ rowData: [{ values: [{ effectiveValue: { stringValue: "x" } }] }] }] }] });
    // An empty cell keeps its place in a row, a row nothing was asked of stays as {}.
    const notes = Sheets.Spreadsheets.get(ID, { ranges: "'My sheet'!A5:D6", fields: "sheets.data.rowData.values.note" });
    expect(notes.sheets?.[0]?.data?.[0]?.rowData).toEqual([{ values: [{}, {}, {}, {}] }, { values: [{}, {}, {}, { note: "check this" }] }]);
    // "*" is everything, grid data included; a real field the fake does not model is accepted and absent.
    const star = Sheets.Spreadsheets.get(ID, { fields: "*", ranges: "Data!A1" });
    expect(star).toEqual(Sheets.Spreadsheets.get(ID, { includeGridData: true, ranges: "Data!A1" }));
    expect(star.sheets?.[0]?.data).toHaveLength(1);
    expect(Sheets.Spreadsheets.get(ID, { fields: "sheets(charts,protectedRanges(range/sheetId),properties(tabColor))" })).toEqual({ sheets: [{}, {}] });
    expect(Sheets.Spreadsheets.get(ID, { fields: "sheets(properties(*))", ranges: "Data" }).sheets?.[0]?.properties?.title).toBe("Data");
  });

  it("refuses malformed masks and fields the schema does not have, like the API", () => {
    const { Sheets } = setup();
    const get = (fields: string) => () => Sheets.Spreadsheets.get(ID, { fields });
    for (const bad of ["", "sheets(properties", "sheets)", "sheets,,properties", "sheets()", "sheets.", "/sheets", "sheets properties", "sheets(properties)title"]) {
      expect(get(bad)).toThrow(INVALID);
    }
    expect(get("sheets(propertys)")).toThrow("GoogleJsonResponseException: API call to sheets.spreadsheets.get failed with error: Invalid field selection propertys");
    expect(get("sheets.data.rowData.values.value")).toThrow("Invalid field selection value");
    expect(get("properties.title.text")).toThrow("Invalid field selection title.text");
    expect(get("sheets/*/title")).toThrow("Invalid field selection *");
    expect(get("data")).toThrow("Invalid field selection data"); // data is a Sheet's field, not the Spreadsheet's
  });

  it("refuses unknown sheets, ranges past the grid and options it does not model", () => {
    const { Sheets } = setup();
    const refused: [() => unknown, string | RegExp][] = [
      [() => Sheets.Spreadsheets.get(ID, { ranges: "Nope" }), "GoogleJsonResponseException: API call to sheets.spreadsheets.get failed with error: Unable to parse range: Nope"],
      [() => Sheets.Spreadsheets.get(ID, { ranges: ["Data!A1", "'Nope'!A1:B2"], includeGridData: true }), "Unable to parse range: 'Nope'!A1:B2"],
      [() => Sheets.Spreadsheets.get(ID, { ranges: "Data!A1:AA2", includeGridData: true }), "Range ('Data'!A1:AA2) exceeds grid limits. Max rows: 1000, max columns: 26"],
      [() => Sheets.Spreadsheets.get(ID, { ranges: [3] } as never), /Invalid ranges: 3 is not a string/],
      [() => Sheets.Spreadsheets.get(ID, { includeGridData: "true" } as never), /Invalid value for includeGridData/],
      [() => Sheets.Spreadsheets.get(ID, { excludeTablesInBandedRanges: true } as never), /unsupported by the fake: optionalArgs.excludeTablesInBandedRanges/],
      [() => Sheets.Spreadsheets.get("other", { includeGridData: true }), "Requested entity was not found."],
    ];
    for (const [call, message] of refused) expect(call).toThrow(message);
  });

  it("is one counted call, charged by the cells it returns; a refused call is still counted", () => {
    const { fake, Sheets } = setup();
    fake.host.resetCounts();
    const start = fake.host.clockMs;
    const got = Sheets.Spreadsheets.get(ID, { ranges: "'My sheet'", includeGridData: true });
    const cells = (got.sheets?.[0]?.data?.[0]?.rowData ?? []).reduce((n, r) => n + (r.values?.length ?? 0), 0);
    expect(cells).toBe(1 + 4 + 4 + 4 + 4);
    expect(fake.host.clockMs - start).toBeCloseTo(fake.host.msPerCall + cells * fake.host.msPerCell);
    const next = fake.host.clockMs;
    Sheets.Spreadsheets.get(ID, { ranges: "'My sheet'", fields: "sheets.data.rowMetadata" }); // no cells asked for, none charged
    expect(fake.host.clockMs - next).toBeCloseTo(fake.host.msPerCall);
    expect(() => Sheets.Spreadsheets.get(ID, { fields: "sheets(" })).toThrow(INVALID);
    expect([fake.host.count("Sheets.Spreadsheets.get"), fake.host.total]).toEqual([3, 3]);
  });
});

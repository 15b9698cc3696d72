/** The fake behaves like Apps Script where the add-on depends on it: bounds, shapes, text formats, Dates, lock, limits. */
import { FakeAppsScript, EXECUTION_LIMIT_MS, MAX_CELL_CHARS, PROPERTY_VALUE_LIMIT } from ".";

type Sheet = ReturnType<FakeAppsScript["sheet"]>;
const fresh = (): { fake: FakeAppsScript; sheet: Sheet } => {
  const fake = new FakeAppsScript().seed({ name: "Data", rows: [["a"]] });
  return { fake, sheet: fake.sheet("Data") };
};

describe("the Apps Script fake", () => {
  it("checks ranges against the sheet's 1-based dimensions like Apps Script", () => {
    const { sheet } = fresh();
    expect(() => sheet.getRange(0, 1, 1, 1)).toThrow("The coordinates of the range are outside the dimensions of the sheet.");
    expect(() => sheet.getRange(1000, 26, 2, 1)).toThrow("The coordinates of the range are outside the dimensions of the sheet.");
    expect(() => sheet.getRange(1, 27)).toThrow("outside the dimensions");
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange(1001, 1, 5, 1).getNumRows()).toBe(5);
  });

  it("rejects data whose shape differs from the range", () => {
    const { sheet } = fresh();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([["x", "y"]])).toThrow(/^The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2./);
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([["x"]])).toThrow(/number of columns in the data does not match/);
    expect(() => sheet.getRange(1, 1, 1, 1).setNumberFormats([["@", "@"]])).toThrow(/number of columns/);
  });

  it("keeps strings as text under '@' and otherwise turns '=…' into formulas and '12' into numbers, like typed input", () => {
    const { sheet } = fresh();
    const range = sheet.getRange(1, 1, 1, 3);
    range.setValues([["=1+1", "12", "TRUE"]]);
    expect(range.getValues()).toEqual([["#ERROR!", 12, true]]);
    expect(sheet.cellAt(1, 1)?.formula).toBe("=1+1");
    range.setNumberFormats([["@", "@", "@"]]);
    range.setValues([["=1+1", "12", "TRUE"]]);
    expect(range.getValues()).toEqual([["=1+1", "12", "TRUE"]]);
    expect(() => sheet.getRange(2, 1).setValues([["x".repeat(MAX_CELL_CHARS + 1)]])).toThrow(/maximum of 50000 characters/);
  });

  it("returns Dates for numbers under a date format", () => {
    const { sheet } = fresh();
    const range = sheet.getRange(1, 1, 1, 2);
    range.setNumberFormats([["yyyy-mm-dd", "General"]]);
    range.setValues([[46022, 46022]]);
    const [[date, number]] = range.getValues() as [[Date, number]];
    expect([date.getFullYear(), date.getMonth(), date.getDate(), number]).toEqual([2025, 11, 31, 46022]);
  });

  it("counts every service call, apart from local builders, and charges the clock for service calls only", () => {
    const { fake, sheet } = fresh();
    const start = fake.host.clockMs;
    sheet.getRange(1, 1).getValues();
    const afterCalls = fake.host.clockMs;
    const app = fake.globals().SpreadsheetApp as { newConditionalFormatRule(): { whenTextEqualTo(t: string): unknown } };
    app.newConditionalFormatRule().whenTextEqualTo("x");
    expect([fake.host.count("Sheet.getRange"), fake.host.count("Range.getValues"), fake.host.total]).toEqual([1, 1, 2]);
    expect(afterCalls).toBeGreaterThan(start);
    expect(fake.host.clockMs).toBe(afterCalls);
  });

  it("stops an execution past 6 minutes, as Apps Script does", () => {
    const { fake, sheet } = fresh();
    fake.host.clockMs += EXECUTION_LIMIT_MS + 1;
    expect(() => sheet.getName()).toThrow("Exceeded maximum execution time");
    fake.host.beginExecution();
    expect(sheet.getName()).toBe("Data");
  });

  it("refuses document calls in AuthMode.NONE but allows the menu and the locale", () => {
    const { fake } = fresh();
    fake.host.documentAccess = false;
    const g = fake.globals() as { SpreadsheetApp: { getActive(): unknown; getUi(): { createAddonMenu(): { addItem(a: string, b: string): { addToUi(): void } } } }; Session: { getActiveUserLocale(): string } };
    expect(() => g.SpreadsheetApp.getActive()).toThrow(/permission/);
    g.SpreadsheetApp.getUi().createAddonMenu().addItem("Go", "go").addToUi();
    expect(g.Session.getActiveUserLocale()).toBe("en");
    expect(fake.ui.menus).toEqual([{ title: "", addon: true, items: [{ caption: "Go", functionName: "go" }], submenus: [] }]);
  });

  it("tracks the document lock, another holder, and property size limits", () => {
    const { fake } = fresh();
    fake.lock.waitLock(1000);
    fake.lock.releaseLock();
    expect([fake.lock.acquisitions, fake.lock.releases, fake.lock.held]).toEqual([1, 1, false]);
    fake.lock.heldElsewhere = true;
    expect(() => fake.lock.waitLock(1000)).toThrow(/Lock timeout/);
    expect(() => fake.documentProperties.setProperty("k", "x".repeat(PROPERTY_VALUE_LIMIT + 1))).toThrow(/too large/);
  });

  it("names sheets uniquely, makes an inserted sheet active, and keeps one sheet at least", () => {
    const { fake, sheet } = fresh();
    const ss = fake.spreadsheet;
    expect(() => ss.insertSheet("data")).toThrow(/already exists/);
    const added = ss.insertSheet("Other");
    expect(ss.active).toBe(added);
    ss.deleteSheet(added);
    expect(() => ss.deleteSheet(sheet)).toThrow(/remove all the sheets/);
  });

  it("builds charts locally and counts only insertChart, getCharts and removeChart; a chart stays on the sheet it charts", () => {
    const { fake, sheet } = fresh();
    const other = fake.spreadsheet.add("Other");
    expect(() => sheet.newChart().addRange(other.getRange(1, 1))).toThrow(/on the sheet the chart is built for/);
    expect(() => sheet.newChart().asBarChart().build()).toThrow(/no data/);
    fake.host.resetCounts();
    const chart = sheet.newChart().addRange(sheet.getRange(1, 1, 3, 2)).setNumHeaders(1).setPosition(2, 4, 0, 0).asBarChart().setTitle("By status").setStacked().build();
    sheet.insertChart(chart);
    expect(() => sheet.insertChart(chart)).toThrow(/already in the sheet/);
    expect(() => other.insertChart(chart)).toThrow(/on another sheet/);
    expect(sheet.charts.map((c) => [c.title, c.stacked, c.ranges, c.position.row])).toEqual([["By status", true, ["A1:B3"], 2]]);
    const [embedded] = sheet.getCharts();
    sheet.removeChart(embedded!);
    expect(() => sheet.removeChart(embedded!)).toThrow(/not in this sheet/);
    expect([fake.host.count("Sheet.insertChart"), fake.host.count("Sheet.getCharts"), fake.host.count("Sheet.removeChart"), fake.host.total]).toEqual([3, 1, 2, 7]);
  });

  it("keeps protections with a description, warning-only or editors (the script's user always one), removable", () => {
    const { fake, sheet } = fresh();
    const warning = sheet.getRange(2, 1, 3, 4).protect().setDescription("nmirf: A").setWarningOnly(true);
    expect(() => warning.addEditors(["a@example.org"])).toThrow(/only shows a warning/);
    const strict = sheet.getRange(5, 1).protect().setDescription("nmirf: B");
    strict.removeEditors(strict.getEditors());
    strict.addEditors(["fp@example.org"]);
    if (strict.canDomainEdit()) strict.setDomainEdit(false);
    expect(sheet.getProtections("RANGE").map((p) => [p.a1, p.description, p.warningOnly, p.editors, p.domainEdit])).toEqual([
      ["A2:D4", "nmirf: A", true, ["secretariat@example.org"], true],
      ["A5", "nmirf: B", false, ["secretariat@example.org", "fp@example.org"], false],
    ]);
    warning.remove();
    expect(() => warning.getDescription()).toThrow(/removed/);
    expect(sheet.getProtections("RANGE")).toHaveLength(1);
    expect(() => sheet.getProtections("ALL" as never)).toThrow(/method signature/);
    expect(fake.host.count("Protection.setDescription")).toBe(2);
  });

  it("creates spreadsheet triggers through the builder, lists and deletes them, and refuses past the limit", () => {
    const { fake } = fresh();
    const app = fake.scriptApp;
    const created = app.newTrigger("onEditHandler").forSpreadsheet(fake.spreadsheet).onEdit().create();
    expect([created.getHandlerFunction(), created.getEventType(), created.getTriggerSourceId()]).toEqual(["onEditHandler", "ON_EDIT", fake.spreadsheet.id]);
    expect(app.getProjectTriggers()).toHaveLength(1);
    app.deleteTrigger(created);
    expect(() => app.deleteTrigger(created)).toThrow(/does not exist/);
    for (let i = 0; i < 20; i++) app.newTrigger(`f${i}`).forSpreadsheet(fake.spreadsheet).onEdit().create();
    expect(() => app.newTrigger("one more").forSpreadsheet(fake.spreadsheet).onEdit().create()).toThrow(/too many triggers/);
  });

  it("answers alerts that ask with what the test queued, and records submenus", () => {
    const { fake } = fresh();
    fake.ui.answers.push("YES");
    expect(fake.ui.alert("Title", "Sure?", fake.ui.ButtonSet.YES_NO)).toBe("YES");
    expect(fake.ui.alert("Sure?", fake.ui.ButtonSet.YES_NO)).toBe("CLOSE");
    expect(fake.ui.alerts).toEqual(["Title\nSure?", "Sure?"]);
    const sub = fake.ui.createMenu("Protect").addItem("Strict", "strict");
    fake.ui.createAddonMenu().addItem("Go", "go").addSubMenu(sub).addToUi();
    expect(fake.ui.menus.at(-1)).toEqual({ title: "", addon: true, items: [{ caption: "Go", functionName: "go" }, { caption: "Strict", functionName: "strict" }], submenus: [{ title: "Protect", items: [{ caption: "Strict", functionName: "strict" }] }] });
  });

  it("installs only Apps Script globals and removes them after", () => {
    const target: Record<string, unknown> = {};
    const uninstall = new FakeAppsScript().install(target);
    expect(Object.keys(target).sort()).toEqual(["HtmlService", "LockService", "PropertiesService", "ScriptApp", "Session", "SpreadsheetApp"]);
    uninstall();
    expect(target).toEqual({});
  });
});

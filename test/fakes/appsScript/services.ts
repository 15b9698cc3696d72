/**
 * The strict fake of the Apps Script services the add-on uses, counting every call. `globals()` returns only
 * Apps Script globals, to install on a fresh `vm` context or on globalThis (and remove after).
 */
import { dateToSerial, isDate } from "./cells";
import { FakeHost } from "./host";
import type { FakeRange } from "./range";
import { FakeSheet, type FakeValidation } from "./sheet";
import { advancedSheetsService } from "./advancedSheets/service";
import { FakeSpreadsheet, FakeUi } from "./spreadsheet";
import { FakeScriptApp } from "./triggers";

/** PropertiesService's limit on one value. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;

export interface SeedSheet {
  readonly name: string;
  readonly rows: readonly (readonly (string | number | boolean | Date | null)[])[];
  readonly formats?: Record<string, string>;
  readonly merges?: readonly { row: number; col: number; rows: number; cols: number }[];
  readonly hiddenRows?: readonly number[];
}

export class FakeLock {
  held = false;
  acquisitions = 0;
  releases = 0;
  /** Set by a test to play another execution holding the lock. */
  heldElsewhere = false;

  constructor(private readonly host: FakeHost) {}

  tryLock(_ms: number): boolean {
    this.host.call("Lock.tryLock");
    if (this.heldElsewhere) return false;
    if (!this.held) this.acquisitions++;
    this.held = true;
    return true;
  }
  waitLock(ms: number): void {
    if (!this.tryLock(ms)) throw new Error("Lock timeout: another process was holding the lock for too long.");
  }
  hasLock(): boolean { this.host.call("Lock.hasLock"); return this.held; }
  releaseLock(): void {
    this.host.call("Lock.releaseLock");
    if (this.held) this.releases++;
    this.held = false;
  }
}

export class FakeProperties {
  readonly store = new Map<string, string>();
  constructor(private readonly host: FakeHost) {}
  getProperty(key: string): string | null { this.host.call("Properties.getProperty"); return this.store.get(key) ?? null; }
  setProperty(key: string, value: string): FakeProperties {
    this.host.call("Properties.setProperty");
    if (value.length > PROPERTY_VALUE_LIMIT) throw new Error("Argument too large: value");
    this.store.set(key, value);
    return this;
  }
  deleteProperty(key: string): FakeProperties { this.host.call("Properties.deleteProperty"); this.store.delete(key); return this; }
  getProperties(): Record<string, string> { this.host.call("Properties.getProperties"); return Object.fromEntries(this.store); }
}

function validationBuilder(host: FakeHost) {
  let rule: { listSheet: FakeSheet; listA1: string; showDropdown: boolean; allowInvalid: boolean; helpText: string } | null = null;
  const b = {
    requireValueInRange(range: FakeRange, showDropdown = true) {
      host.call("Builder.requireValueInRange");
      rule = { listSheet: range.sheet, listA1: range.a1(), showDropdown, allowInvalid: true, helpText: "" };
      return b;
    },
    setAllowInvalid(allow: boolean) { host.call("Builder.setAllowInvalid"); if (rule) rule.allowInvalid = allow; return b; },
    setHelpText(text: string) { host.call("Builder.setHelpText"); if (rule) rule.helpText = text; return b; },
    build(): FakeValidation {
      host.call("Builder.build");
      if (!rule) throw new Error("Exception: A data validation rule needs a criterion.");
      return { ...rule };
    },
  };
  return b;
}

function conditionalBuilder(host: FakeHost) {
  const rule: { equals?: string; background?: string; ranges: string[] } = { ranges: [] };
  const b = {
    whenTextEqualTo(text: string) { host.call("Builder.whenTextEqualTo"); rule.equals = text; return b; },
    setBackground(color: string) { host.call("Builder.setBackground"); rule.background = color; return b; },
    setRanges(ranges: FakeRange[]) { host.call("Builder.setRanges"); rule.ranges = ranges.map((r) => r.a1()); return b; },
    build() {
      host.call("Builder.build");
      if (rule.equals === undefined || rule.ranges.length === 0) throw new Error("Exception: Conditional format rule cannot have an empty range or no condition.");
      return { ...rule };
    },
  };
  return b;
}

function htmlOutput(html: string) {
  const out = { title: "", getContent: () => html, getTitle: () => out.title, setTitle: (t: string) => ((out.title = t), out), setWidth: () => out };
  return out;
}

export class FakeAppsScript {
  readonly host = new FakeHost();
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly lock: FakeLock;
  readonly documentProperties: FakeProperties;
  /** The running user's own properties (one user is modelled). */
  readonly userProperties: FakeProperties;
  readonly scriptApp: FakeScriptApp;
  /** The project's HTML files by name (without ".html"), as `createHtmlOutputFromFile` finds them. */
  readonly htmlFiles = new Map<string, string>();
  locale = "en_US";
  /** Whether the project enabled the Advanced Sheets service: only then is there a `Sheets` global. */
  advancedSheets = false;

  /** The user's email as Session gives it ("" where the domain withholds it). */
  get email(): string {
    return this.host.user;
  }
  set email(email: string) {
    this.host.user = email;
  }

  constructor(name = "NMIRF tracker") {
    this.spreadsheet = new FakeSpreadsheet(this.host, name);
    this.ui = new FakeUi(this.host);
    this.lock = new FakeLock(this.host);
    this.documentProperties = new FakeProperties(this.host);
    this.userProperties = new FakeProperties(this.host);
    this.scriptApp = new FakeScriptApp(this.host);
  }

  /** Adds a sheet with values (and formats by "row,col", 1-based), without counting calls. */
  seed(seed: SeedSheet): FakeAppsScript {
    const sheet = this.spreadsheet.add(seed.name);
    seed.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = sheet.cellAt(r + 1, c + 1, true);
        cell.format = seed.formats?.[`${r + 1},${c + 1}`] ?? cell.format;
        cell.value = isDate(value) ? dateToSerial(value as Date) : (value as string | number | boolean);
        if (isDate(value) && cell.format === "") cell.format = "d mmm yyyy";
      }),
    );
    sheet.maxRows = Math.max(sheet.maxRows, seed.rows.length);
    sheet.maxColumns = Math.max(sheet.maxColumns, ...seed.rows.map((r) => r.length));
    sheet.merges.push(...(seed.merges ?? []));
    for (const r of seed.hiddenRows ?? []) sheet.hiddenRows.add(r);
    return this;
  }

  sheet(name: string): FakeSheet {
    const found = this.spreadsheet.find(name);
    if (!found) throw new Error(`No sheet "${name}" in the fake`);
    return found;
  }

  sheetNames(): string[] {
    return this.spreadsheet.sheets.map((s) => s.name);
  }

  /** The Apps Script globals, and nothing else. */
  globals(): Record<string, unknown> {
    const { host, spreadsheet } = this;
    const SpreadsheetApp = {
      getActive: () => (host.call("SpreadsheetApp.getActive"), spreadsheet),
      getActiveSpreadsheet: () => (host.call("SpreadsheetApp.getActiveSpreadsheet"), spreadsheet),
      getUi: () => (host.call("Ui.getUi"), this.ui),
      newDataValidation: () => validationBuilder(host),
      newConditionalFormatRule: () => conditionalBuilder(host),
      flush: () => host.call("SpreadsheetApp.flush"),
      ProtectionType: { RANGE: "RANGE", SHEET: "SHEET" },
    };
    return {
      SpreadsheetApp,
      LockService: { getDocumentLock: () => (host.call("LockService.getDocumentLock"), this.lock) },
      PropertiesService: {
        getDocumentProperties: () => (host.call("PropertiesService.getDocumentProperties"), this.documentProperties),
        getUserProperties: () => (host.call("PropertiesService.getUserProperties"), this.userProperties),
      },
      Session: {
        getActiveUser: () => (host.call("Session.getActiveUser"), { getEmail: () => this.email }),
        getActiveUserLocale: () => (host.call("Session.getActiveUserLocale"), this.locale.split("_")[0]),
      },
      HtmlService: {
        createHtmlOutput: (html = "") => {
          host.call("HtmlService.createHtmlOutput");
          return htmlOutput(html);
        },
        createHtmlOutputFromFile: (name: string) => {
          host.call("HtmlService.createHtmlOutputFromFile");
          const html = this.htmlFiles.get(name.replace(/\.html$/, ""));
          if (html === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
          return htmlOutput(html);
        },
      },
      ScriptApp: this.scriptApp,
      ...(this.advancedSheets ? { Sheets: advancedSheetsService(host, spreadsheet, () => this.locale) } : {}),
    };
  }

  /** Installs the globals on a target (globalThis in jest) and returns a function removing them. */
  install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): () => void {
    const globals = this.globals();
    Object.assign(target, globals);
    return () => {
      for (const key of Object.keys(globals)) delete target[key];
    };
  }
}

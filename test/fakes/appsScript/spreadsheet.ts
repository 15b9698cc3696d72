/** A fake Spreadsheet (sheets in order, the active one, toasts) and the Ui with its menus, alerts and sidebars. */
import type { FakeHost } from "./host";
import { FakeSheet } from "./sheet";

export interface MenuRecord {
  readonly title: string;
  readonly addon: boolean;
  /** Every item a user can choose, submenus' items included, in order. */
  readonly items: { caption: string; functionName: string }[];
  /** Submenus by title, with their items. */
  readonly submenus: { title: string; items: { caption: string; functionName: string }[] }[];
}

export class FakeUi {
  readonly menus: MenuRecord[] = [];
  readonly alerts: string[] = [];
  readonly ButtonSet = { OK: "OK", OK_CANCEL: "OK_CANCEL", YES_NO: "YES_NO", YES_NO_CANCEL: "YES_NO_CANCEL" };
  readonly Button = { OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO", CLOSE: "CLOSE" };
  /** What the user answers to the next alerts that ask (a test pushes them; "CLOSE" when none is left). */
  readonly answers: string[] = [];

  constructor(private readonly host: FakeHost) {}

  private menu(title: string, addon: boolean) {
    const record: MenuRecord = { title, addon, items: [], submenus: [] };
    const builder = {
      record,
      addItem: (caption: string, functionName: string) => {
        this.host.call("Ui.Menu.addItem");
        record.items.push({ caption, functionName });
        return builder;
      },
      addSeparator: () => builder,
      addSubMenu: (sub: { record: MenuRecord }) => {
        this.host.call("Ui.Menu.addSubMenu");
        if (sub.record.items.length === 0) throw new Error("Exception: A submenu needs at least one item.");
        record.items.push(...sub.record.items);
        record.submenus.push({ title: sub.record.title, items: sub.record.items });
        return builder;
      },
      addToUi: () => {
        this.host.call("Ui.Menu.addToUi");
        this.menus.push(record);
      },
    };
    return builder;
  }

  createAddonMenu() { this.host.call("Ui.createAddonMenu"); return this.menu("", true); }
  createMenu(title: string) { this.host.call("Ui.createMenu"); return this.menu(title, false); }
  alert(titleOrPrompt: string, prompt?: string, buttons?: string): string {
    this.host.call("Ui.alert");
    const text = prompt === undefined || prompt in this.ButtonSet ? titleOrPrompt : `${titleOrPrompt}\n${prompt}`;
    this.alerts.push(text);
    const set = buttons ?? (prompt !== undefined && prompt in this.ButtonSet ? prompt : "OK");
    return set === "OK" ? "OK" : (this.answers.shift() ?? "CLOSE");
  }
  readonly sidebars: string[] = [];
  readonly sidebarTitles: string[] = [];
  showSidebar(output: { getContent(): string; getTitle(): string }): void {
    this.host.call("Ui.showSidebar");
    this.sidebars.push(output.getContent());
    this.sidebarTitles.push(output.getTitle());
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet | null = null;
  readonly toasts: string[] = [];
  /** The id the next new sheet gets (ids are never reused, as in Sheets). */
  nextId = 0;

  /** The file's ID, as triggers name their source. */
  readonly id = "1FakeSpreadsheetId";

  constructor(private readonly host: FakeHost, readonly name: string) {}

  private renamer = (sheet: FakeSheet, name: string): void => {
    const taken = this.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase());
    if (taken) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    sheet.name = name;
  };

  /** Adds a sheet without counting calls (test seeding, and the Sheets API's addSheet with its own id). */
  add(name: string, id = this.nextId): FakeSheet {
    const sheet = new FakeSheet(this.host, "", id, this.renamer);
    this.nextId = Math.max(this.nextId, id + 1);
    this.renamer(sheet, name);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  find(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  /** The zone the fake's Dates are made in: the process's own, like a sheet and script sharing one zone. */
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  getName(): string { this.host.call("Spreadsheet.getName"); return this.name; }
  getId(): string { this.host.call("Spreadsheet.getId"); return this.id; }
  getSpreadsheetTimeZone(): string { this.host.call("Spreadsheet.getSpreadsheetTimeZone"); return this.timeZone; }
  getSheets(): FakeSheet[] { this.host.call("Spreadsheet.getSheets"); return [...this.sheets]; }
  getSheetByName(name: string): FakeSheet | null { this.host.call("Spreadsheet.getSheetByName"); return this.find(name); }
  getActiveSheet(): FakeSheet { this.host.call("Spreadsheet.getActiveSheet"); return this.active ?? (this.sheets[0] as FakeSheet); }
  setActiveSheet(sheet: FakeSheet): FakeSheet { this.host.call("Spreadsheet.setActiveSheet"); this.active = sheet; return sheet; }
  insertSheet(name: string): FakeSheet {
    this.host.call("Spreadsheet.insertSheet");
    const sheet = this.add(name);
    this.active = sheet; // like Sheets, the new sheet becomes the active one
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    this.host.call("Spreadsheet.deleteSheet");
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new Error("Sheet not found.");
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(i, 1);
    if (this.active === sheet) this.active = this.sheets[0] as FakeSheet;
  }
  toast(message: string): void { this.host.call("Spreadsheet.toast"); this.toasts.push(message); }
}

/** Test drivers for the add-on's tracker tools: a sheet with institutions in runs, and the tracker's columns by key. */
import { cellText } from "../../../shared/grid/cellText";
import { readLog } from "../../../shared/workbook/read/readLog";
import { readSettings } from "../../../shared/workbook/read/settings";
import type { LogEntry } from "../../../shared/model/log";
import { readSpreadsheetGrids } from "../../../sheets-apps-script/src/adapter/readSpreadsheetGrids";
import { FakeAppsScript, type FakeSheet } from "../../fakes/appsScript";
import { withGlobals } from "../../sheets-apps-script/support";

/** Blocks of rows per institution, in this order: the tracker keeps the source's order. */
export function institutionsFake(blocks: readonly (readonly [string, number])[]): FakeAppsScript {
  const header = ["N°", "Recommandation", "Position", "Statut", "Institution responsable", "Observations"];
  let n = 0;
  const rows = blocks.flatMap(([institution, count]) =>
    Array.from({ length: count }, () => {
      n++;
      return [`128.${n}`, `Recommandation ${n} sur l'accès à la justice`, "Acceptée", "En cours", institution, ""];
    }),
  );
  const fake = new FakeAppsScript("Suivi des recommandations").seed({ name: "Suivi", rows: [header, ...rows] });
  fake.locale = "fr_FR";
  return fake;
}

export interface TrackerSheet {
  readonly sheet: FakeSheet;
  readonly keys: readonly string[];
  /** 1-based column of a key. */
  col(key: string): number;
  /** 1-based row of a record. */
  row(id: string): number;
}

/** A record sheet of the tracker in the fake, with its column keys from the Settings sheet. */
export function trackerSheet(fake: FakeAppsScript, role: "recommendations" | "activities" | "log"): TrackerSheet {
  const settings = readSettings(withGlobals(fake, () => readSpreadsheetGrids({ sheets: ["Paramètres"] })))!;
  const sheet = fake.sheet(settings.names[role]!);
  const keys = settings.columns[role]!;
  const col = (key: string): number => keys.indexOf(key) + 1;
  return {
    sheet, keys, col,
    row: (id) => {
      for (let r = 2; r <= sheet.lastRow(); r++) if (sheet.cellAt(r, col("id"))?.value === id) return r;
      throw new Error(`no record ${id}`);
    },
  };
}

export function logEntries(fake: FakeAppsScript): LogEntry[] {
  const log = trackerSheet(fake, "log");
  const grid = withGlobals(fake, () => readSpreadsheetGrids({ sheets: [log.sheet.name] })).sheets[0];
  return readLog(grid, log.keys, new Map());
}

export const textAt = (sheet: FakeSheet, row: number, col: number): string => cellText(sheet.cellAt(row, col)?.value ?? null);

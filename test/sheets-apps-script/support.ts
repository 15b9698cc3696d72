/** Test drivers for the Sheets add-on: a fake with the Apps Script globals installed for one call, and a messy sheet. */
import type { Cell, Grid } from "../../shared/grid/grid";
import { dateToSerial, FakeAppsScript, type SeedSheet } from "../fakes/appsScript";

/** Runs `fn` with the fake's globals on globalThis, removing them after, whatever happens. */
export function withGlobals<T>(fake: FakeAppsScript, fn: () => T): T {
  const uninstall = fake.install();
  try {
    return fn();
  } finally {
    uninstall();
  }
}

/** A sheet as NMIRFs keep them: a merged title, a blank row, a date, French statuses, formula-like text, a hidden row. */
export const MESSY_SHEET: SeedSheet = {
  name: "Suivi UPR 2024",
  rows: [
    ["Suivi des recommandations – EPU 4e cycle", null, null, null, null, null],
    [],
    ["N°", "Recommandation", "Position", "Statut", "Institution responsable", "Échéance"],
    ["128.1", "=Ratifier le Protocole facultatif", "Acceptée", "En cours", "Ministère de la Justice", new Date(2025, 11, 31)],
    ["128.2", "+ de 200 agents formés", "Notée", "Non commencé", "Ministère de la Santé", "2025"],
    ["128.3", "Adopter une loi sur la violence domestique", "Acceptée", "Mise en œuvre", "Assemblée nationale", new Date(2024, 5, 30)],
    ["128.4", "Renforcer la CNDH", "acceptée", "en cours ??", "CNDH", "31/02/2025"],
  ],
  merges: [{ row: 1, col: 1, rows: 1, cols: 6 }],
  hiddenRows: [7],
};

export const seededFake = (): FakeAppsScript => {
  const fake = new FakeAppsScript("Tracker Burkina").seed(MESSY_SHEET);
  fake.locale = "fr_FR";
  return fake;
};

/** The same sheet as a Grid, built without the adapter: what the CLI would read from a file. */
export function messyGrid(): Grid {
  const rows = MESSY_SHEET.rows.map((row) => {
    const cells: Cell[] = row.map((v) => (v === null ? null : v instanceof Date ? { kind: "date", serial: dateToSerial(v) } : v));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  const merges = (MESSY_SHEET.merges ?? []).map((m) => ({ top: m.row - 1, left: m.col - 1, bottom: m.row + m.rows - 2, right: m.col + m.cols - 2 }));
  return { name: MESSY_SHEET.name, rows, merges, hiddenRows: (MESSY_SHEET.hiddenRows ?? []).map((r) => r - 1) };
}

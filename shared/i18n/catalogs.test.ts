import { LANGS } from "../model/codes";
import { FIELD_LABELS } from "../model/fields";
import { ACTIVITY_STATUS_LABELS, MECHANISM_LABELS, POSITION_LABELS, RECOMMENDATION_STATUS_LABELS } from "../vocab/labels";
import { direction, interpolate, translate, type Catalog } from "./catalog";
import { CLI_MESSAGES } from "./messages/cli";
import { HISTORY_MESSAGES } from "./messages/history";
import { INPUT_MESSAGES } from "./messages/input";
import { ISSUE_MESSAGES } from "./messages/issues";
import { PACKS_MESSAGES } from "./messages/packs";
import { REPORT_MESSAGES } from "./messages/report";
import { SHEETS_MESSAGES } from "./messages/sheets";
import { SHEETS_ADDON_MESSAGES } from "./messages/sheetsAddon";
import { TASK_PANE_MESSAGES } from "./messages/taskPane";
import { WORKBOOK_MESSAGES } from "./messages/workbook";

const CATALOGS: Record<string, Catalog> = {
  CLI_MESSAGES,
  HISTORY_MESSAGES,
  INPUT_MESSAGES,
  ISSUE_MESSAGES,
  PACKS_MESSAGES,
  REPORT_MESSAGES,
  SHEETS_MESSAGES,
  SHEETS_ADDON_MESSAGES,
  TASK_PANE_MESSAGES,
  WORKBOOK_MESSAGES,
  FIELD_LABELS,
  RECOMMENDATION_STATUS_LABELS,
  POSITION_LABELS,
  ACTIVITY_STATUS_LABELS,
  MECHANISM_LABELS,
};

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe.each(Object.entries(CATALOGS))("%s", (_name, catalog) => {
  it.each(Object.keys(catalog))("%s is translated into every UI language with the same placeholders", (key) => {
    const entry = catalog[key]!;
    const english = placeholders(entry.en);
    for (const lang of LANGS) {
      expect(entry[lang]?.trim()).toBeTruthy();
      expect(placeholders(entry[lang])).toEqual(english);
    }
  });
});

describe("translate", () => {
  it("fills placeholders in the asked language", () => {
    expect(translate(CLI_MESSAGES, "cli.summaryWritten", "fr", { path: "a.json" })).toBe("Résumé JSON écrit : a.json");
  });
  it("shows the key of an unknown message instead of nothing", () => {
    expect(translate(CLI_MESSAGES, "no.such.key", "fr")).toBe("no.such.key");
  });
  it("leaves an unknown placeholder visible", () => {
    expect(interpolate("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
  it("gives Arabic a right-to-left direction and the others left-to-right", () => {
    expect(LANGS.filter((l) => direction(l) === "rtl")).toEqual(["ar"]);
  });
});

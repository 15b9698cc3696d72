import { LANGS } from "../model/codes";
import { WORKBOOK_MESSAGES } from "../i18n/messages/workbook";
import { absoluteRange, linkTarget, sheetNames, sheetRef, TABLE_NAMES } from "./sheetNames";

describe("sheetNames", () => {
  it.each(LANGS)("are valid and distinct Excel sheet names in %s", (lang) => {
    const names = Object.values(sheetNames(lang));
    for (const name of names) {
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
      expect(name).not.toMatch(/^'|'$/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});

describe("table names", () => {
  it("are unique identifiers Excel accepts", () => {
    const names = Object.values(TABLE_NAMES);
    for (const name of names) expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("sheetRef", () => {
  it.each([
    ["Lists", "Lists"],
    ["Listes", "Listes"],
    ["Long texts", "'Long texts'"],
    ["Активности", "'Активности'"],
    ["O'Brien", "'O''Brien'"],
    ["A1", "'A1'"],
    ["R1C1", "'R1C1'"],
  ])("%s → %s", (name, ref) => {
    expect(sheetRef(name)).toBe(ref);
  });
});

describe("references", () => {
  it("builds absolute list sources", () => {
    expect(absoluteRange("Lists", { top: 1, left: 0, bottom: 4, right: 0 })).toBe("=Lists!$A$2:$A$5");
    expect(absoluteRange("Listes de valeurs", { top: 1, left: 27, bottom: 9, right: 27 })).toBe("='Listes de valeurs'!$AB$2:$AB$10");
  });

  it("builds in-workbook link targets, always quoted", () => {
    expect(linkTarget("Recommendations", { row: 11, col: 10 })).toBe("#'Recommendations'!K12");
    expect(linkTarget("L'an", { row: 0, col: 0 })).toBe("#'L''an'!A1");
  });
});

describe("WORKBOOK_MESSAGES", () => {
  const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
  it.each(Object.keys(WORKBOOK_MESSAGES))("%s is translated into every language with the same placeholders", (key) => {
    const entry = WORKBOOK_MESSAGES[key]!;
    for (const lang of LANGS) {
      expect(entry[lang].trim()).not.toBe("");
      expect(placeholders(entry[lang])).toEqual(placeholders(entry.en));
    }
  });

  it.each(LANGS)("fits Excel's data-validation limits in %s (title 32, message 225 characters)", (lang) => {
    expect(WORKBOOK_MESSAGES["validation.title"]![lang].length).toBeLessThanOrEqual(32);
    expect(WORKBOOK_MESSAGES["validation.message"]![lang].length).toBeLessThanOrEqual(225);
  });
});

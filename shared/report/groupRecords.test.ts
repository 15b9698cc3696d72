import type { Lang } from "../model/codes";
import type { GroupBy } from "./reportSpec";
import { groupRecords } from "./groupRecords";
import { RECORDS } from "./testReports";

describe("groupRecords", () => {
  it.each<[GroupBy, Lang, [string, number][]]>([
    ["cluster", "en", [["1. Justice", 1], ["2. Health", 1], ["3. Women", 1], ["Not classified", 2]]],
    ["theme", "fr", [["Prohibition of torture", 1], ["Right to health", 1], ["Non classé", 3]]],
    ["mechanism", "fr", [["EPU", 3], ["CEDEF", 1], ["CDE", 1]]],
    ["institution", "en", [["Ministry of Justice", 1], ["Ministry of Health", 1], ["Ministry of Women", 1], ["Not classified", 2]]],
    ["none", "es", [["Todas las recomendaciones", 5]]],
  ])("by %s in %s", (groupBy, lang, expected) => {
    const groups = groupRecords(RECORDS, groupBy, lang);
    expect(groups.map((g) => [g.title, g.records.length])).toEqual(expected);
    expect(groups.filter((g) => !g.classified).map((g) => g.title)).toEqual(expected.filter(([t]) => /Not classified|Non classé/.test(t)).map(([t]) => t));
    expect(groups.reduce((n, g) => n + g.records.length, 0)).toBe(RECORDS.length);
  });
});

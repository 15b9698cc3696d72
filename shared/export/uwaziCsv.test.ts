import type { ActivityId, RecommendationId } from "../model/tracker";
import { act, rec } from "../rollup/testRecords";
import { parseCsv } from "./testCsv";
import { UWAZI_COLUMNS, uwaziCsv } from "./uwaziCsv";

describe("uwaziCsv", () => {
  const records = [
    rec({ id: "UPR-C3:128.31" as RecommendationId, text: "Criminalise torture", mechanism: "UPR", paragraph: "128.31", cycle: 3, year: 2019, response: "supported", themes: ["Torture", "Justice | courts"], institutions: ["MJ", "Parliament"], deadline: "2025-Q2", followUp: true, indicators: "Number of convictions for torture", activities: [act({ id: "a" as ActivityId, text: "Draft bill", status: "completed" }), act({ id: "b" as ActivityId, text: "=Adopt", status: "planned" })] }),
  ];
  const grid = parseCsv(uwaziCsv(records, "en"));
  const row = Object.fromEntries(UWAZI_COLUMNS.map((c, i) => [c, grid.rows[1]![i]]));
  it("uses property names without spaces, title first", () => {
    expect(grid.rows[0]).toEqual([...UWAZI_COLUMNS]);
    expect(UWAZI_COLUMNS.every((c) => /^[a-z_]+$/.test(c))).toBe(true);
  });
  it.each([
    ["title", "UPR-C3:128.31"],
    ["recommendation", "Criminalise torture"],
    ["mechanism", "UPR"],
    ["cycle", "3"],
    ["position", "Supported"],
    ["implementation_status", "Partially implemented"],
    ["themes", "Torture|Justice / courts"],
    ["institutions", "MJ|Parliament"],
    ["deadline", "2025-Q2"],
    ["deadline_date", "2025-06-30"],
    ["activities", "Draft bill|=Adopt"],
    ["follow_up", "yes"],
    ["indicators", "Number of convictions for torture"],
  ])("%s is %j", (column, value) => {
    expect(row[column]).toBe(value);
  });
});

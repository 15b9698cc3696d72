import type { PlanCell } from "./plan";
import { planToSourceFile } from "./planToSourceFile";
import { sheetPlan } from "./sheetPlan";

describe("planToSourceFile", () => {
  it.each<[string, PlanCell[], unknown[]]>([
    ["keeps values as a spreadsheet stores them", ["a", 1, true, { kind: "date", serial: 45838 }], ["a", 1, true, { kind: "date", serial: 45838 }]],
    ["reads an empty string as an empty cell", ["", "b"], [null, "b"]],
    ["reads a link as its text", [{ kind: "link", text: "Go to cell", target: "#'Issues'!A1" }], ["Go to cell"]],
    ["drops trailing empty cells, as file readers do", ["a", null, ""], ["a"]],
    ["keeps formula-like text as text", ["=1+1"], ["=1+1"]],
  ])("%s", (_what, row, cells) => {
    const src = planToSourceFile({ lang: "en", rightToLeft: false, dateFormat: "yyyy-mm-dd", sheets: [sheetPlan("lists", "Lists", [row], false)] }, "t.xlsx");
    expect(src).toEqual({ file: "t.xlsx", sheets: [{ name: "Lists", rows: [cells], merges: [] }] });
  });
});

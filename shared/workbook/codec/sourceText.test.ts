import type { SourceRef } from "../../model/tracker";
import { formatSources, parseSource, parseSources } from "./sourceText";

const a: SourceRef = { file: "upr.xlsx", sheet: "Cycle 3", row: 12 };
const b: SourceRef = { file: "cedaw › 2023.csv", sheet: "cedaw", row: 5 };

describe("parseSource", () => {
  it.each<[string, SourceRef | null]>([
    ["upr.xlsx › Cycle 3 › 12", a],
    ["cedaw › 2023.csv › cedaw › 5", b],
    ["f ›  › 1", { file: "f", sheet: "", row: 1 }],
    ["upr.xlsx › Cycle 3 › 0", null],
    ["upr.xlsx › 12", null],
    ["written by hand", null],
  ])("%j", (text, ref) => {
    expect(parseSource(text)).toEqual(ref);
  });
});

describe("formatSources / parseSources", () => {
  it.each<[string, SourceRef, SourceRef[], string]>([
    ["one place", a, [a], "upr.xlsx › Cycle 3 › 12"],
    ["several places, the record's first", a, [a, b], "upr.xlsx › Cycle 3 › 12\ncedaw › 2023.csv › cedaw › 5"],
    ["no sources", a, [], "upr.xlsx › Cycle 3 › 12\n"],
    ["sources not starting with the record's", a, [b], "upr.xlsx › Cycle 3 › 12\ncedaw › 2023.csv › cedaw › 5\n"],
  ])("%s", (_what, source, sources, text) => {
    expect(formatSources(source, sources)).toBe(text);
    expect(parseSources(text)).toEqual({ source, sources });
  });

  it("is null when a line is not a place", () => {
    expect(parseSources("upr.xlsx › Cycle 3 › 12\nsomewhere")).toBeNull();
  });
});

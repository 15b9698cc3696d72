import { joinValues, parseSdgText, sdgText, splitValues } from "./multiValue";

describe("lists", () => {
  it.each<[string[], string | null]>([
    [[], null],
    [["France"], "France"],
    [["France", "Chile"], "France; Chile"],
  ])("%j joins as %j and splits back", (items, text) => {
    expect(joinValues(items)).toBe(text);
    expect(splitValues(text ?? "")).toEqual(items);
  });

  it("ignores spaces and empty pieces typed by people", () => {
    expect(splitValues(" France ;;Chile ; ")).toEqual(["France", "Chile"]);
  });
});

describe("SDGs", () => {
  it.each<[number[], string[], string | null]>([
    [[], [], null],
    [[5, 16], ["16.2"], "5; 16; 16.2"],
    [[], ["5.a", "17.19"], "5.a; 17.19"],
  ])("goals %j and targets %j read %j", (goals, targets, text) => {
    expect(sdgText(goals, targets)).toBe(text);
    expect(parseSdgText(text ?? "")).toEqual({ goals, targets });
  });

  it.each(["18", "0", "05", "SDG 5", "5; sixteen"])("%j is not read (kept as written)", (text) => {
    expect(parseSdgText(text)).toBeNull();
  });
});

import { parseSdg } from "./sdg";

describe("parseSdg", () => {
  it.each<[string, number[], string[], string[]]>([
    ["ODS 5; 16.2", [5, 16], ["16.2"], []],
    ["Objetivo 10", [10], [], []],
    ["10 (10.7)", [10], ["10.7"], []],
    ["SDG 5, SDG 16", [5, 16], [], []],
    ["Goal 4", [4], [], []],
    ["5.2", [5], ["5.2"], []],
    ["16.a", [16], ["16.a"], []],
    ["16.A", [16], ["16.a"], []],
    ["8.7 - End modern slavery, trafficking and child labour", [8], ["8.7"], []],
    ["- 16.3 - Promote the rule of law\n- 5 - Gender equality", [5, 16], ["16.3"], []],
    ["11 - SUSTAINABLE CITIES AND COMMUNITIES", [11], [], []],
    ["1.4 - Equal rights to ownership, basic services, technology and economic resources", [1], ["1.4"], []],
    ["ЦУР 5", [5], [], []],
    ["目标5", [5], [], []],
    ["الهدف 5", [5], [], []],
    ["الهدف ٥", [5], [], []],
    ["10|16", [10, 16], [], []],
    ["16", [16], [], []],
    ["SDG5", [5], [], []],
    ["Goals 5 and 16", [5, 16], [], []],
    ["ODS 5 y 16", [5, 16], [], []],
    ["Objectif de développement durable 13", [13], [], []],
    ["Goal 5: Gender equality", [5], [], []],
    ["17.19", [17], ["17.19"], []],
    ["5.2.1", [5], ["5.2"], []],
    ["16.10; 16.2; 16.a; 5.1", [5, 16], ["5.1", "16.2", "16.10", "16.a"], []],
    ["5; 5; 5.2; 5.2", [5], ["5.2"], []],
    ["19", [], [], ["19"]],
    ["Goal 42", [], [], ["Goal 42"]],
    ["blah", [], [], ["blah"]],
    ["16.h", [], [], ["16.h"]],
    ["5.20", [], [], ["5.20"]],
    ["0", [], [], ["0"]],
    ["SDG", [], [], ["SDG"]],
    ["5; 42 - Something", [5], [], ["42 - Something"]],
    ["ODS 5, blah", [5], [], ["blah"]],
    ["", [], [], []],
  ])("%j", (raw, goals, targets, unrecognised) => {
    expect(parseSdg(raw)).toEqual({ goals, targets, unrecognised });
  });

  it("returns fresh arrays that callers may change", () => {
    const a = parseSdg("5");
    a.goals.push(99);
    expect(parseSdg("5").goals).toEqual([5]);
  });
});

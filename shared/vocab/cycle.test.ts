import { parseCycle } from "./cycle";

describe("parseCycle", () => {
  it.each<[string | number, number]>([
    [3, 3],
    ["3", 3],
    ["3e cycle", 3],
    ["3e cycle (2019)", 3],
    ["4e cycle (2024)", 4],
    ["EPU 4", 4],
    ["Cycle 2", 2],
    ["2nd cycle", 2],
    ["ciclo 3", 3],
    ["第3周期", 3],
  ])("%j is cycle %d", (raw, cycle) => {
    expect(parseCycle(raw)).toBe(cycle);
  });

  it.each<string | number>(["2019", "3 or 4", "cycle", "Session 40", 3.5, 0, "12"])("%j is not a cycle", (raw) => {
    expect(parseCycle(raw)).toBeNull();
  });
});

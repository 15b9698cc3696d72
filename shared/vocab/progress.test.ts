import type { Cell } from "../grid/grid";
import { parseProgress, type ProgressResult } from "./progress";

const ok = (value: number): ProgressResult => ({ kind: "ok", value });
const invalid: ProgressResult = { kind: "invalid" };
const empty: ProgressResult = { kind: "empty" };

describe("parseProgress", () => {
  it.each<[Cell, ProgressResult]>([
    [null, empty],
    ["", empty],
    ["  ", empty],
    // Number cells: a percent-formatted cell holds a fraction, a typed number holds the percent.
    [45, ok(45)],
    [0.45, ok(45)],
    [0.455, ok(45.5)],
    [0.07, ok(7)],
    [1, ok(1)],
    [0, ok(0)],
    [100, ok(100)],
    [45.5, ok(45.5)],
    [100.5, invalid],
    [150, invalid],
    [-5, invalid],
    [Number.NaN, invalid],
    // Text.
    ["45%", ok(45)],
    ["45 %", ok(45)],
    ["45,5 %", ok(45.5)],
    ["45.5", ok(45.5)],
    ["0.455", ok(45.5)],
    ["0,5%", ok(0.5)],
    ["%45", ok(45)],
    ["٤٥٪", ok(45)],
    ["100 %", ok(100)],
    ["100\u00a0%", ok(100)],
    ["0", ok(0)],
    ["101%", invalid],
    ["Ninety", invalid],
    ["50-60%", invalid],
    ["N/A", invalid],
    ["-5%", invalid],
    ["Done", invalid],
    [true, invalid],
    [{ kind: "date", serial: 45000 }, invalid],
    [{ kind: "error", code: "#DIV/0!" }, invalid],
  ])("%j → %j", (raw, expected) => {
    expect(parseProgress(raw)).toEqual(expected);
  });
});

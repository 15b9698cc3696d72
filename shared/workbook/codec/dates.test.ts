import { isoDayToSerial, serialToIsoDay } from "./dates";

describe("isoDayToSerial", () => {
  it.each([
    ["1900-03-01", 61],
    ["1970-01-01", 25569],
    ["2025-06-30", 45838],
    ["9999-12-31", 2958465],
  ])("%s is serial %d", (iso, serial) => {
    expect(isoDayToSerial(iso)).toBe(serial);
    expect(serialToIsoDay(serial)).toBe(iso);
  });

  it.each([
    ["a period", "2023-Q3"],
    ["a month", "2023-07"],
    ["an impossible day", "2023-02-30"],
    ["a day Excel shows wrongly (before 1 March 1900)", "1900-02-28"],
    ["year zero", "0000-01-01"],
    ["a timestamp", "2025-06-30T10:00:00Z"],
  ])("is null for %s", (_what, text) => {
    expect(isoDayToSerial(text)).toBeNull();
  });
});

describe("serialToIsoDay", () => {
  it("drops the time of day", () => {
    expect(serialToIsoDay(45838.75)).toBe("2025-06-30");
  });
});

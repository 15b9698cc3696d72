import { neutralise, toCsv } from "./csv";

describe("neutralise", () => {
  it.each([
    ["=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"],
    ["+1+1", "'+1+1"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["Ratify the Convention", "Ratify the Convention"],
    ["a = b", "a = b"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(neutralise(input)).toBe(expected);
  });
});

describe("toCsv", () => {
  it("writes a BOM, CRLF rows, every field quoted with quotes doubled, numbers as numbers", () => {
    expect(toCsv(["a", "b"], [["say \"hi\"", 42], ["line\nbreak", null], ["=1+1", -5]])).toBe(
      '\uFEFF"a","b"\r\n"say ""hi""","42"\r\n"line\nbreak",""\r\n"\'=1+1","-5"\r\n',
    );
  });
});

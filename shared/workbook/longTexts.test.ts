import { fitCell, splitText, storeText, type LongTextOwner, type LongTextPart } from "./longTexts";

const owner: LongTextOwner = { sheet: "recommendations", id: "R1", activityId: "", logRow: null };

describe("splitText", () => {
  it.each([
    ["short text", "abc", 5, ["abc"]],
    ["exact multiples", "abcdef", 3, ["abc", "def"]],
    ["a surrogate pair at the cut", "ab😀cd", 3, ["ab", "😀c", "d"]],
    ["empty text", "", 3, []],
  ])("%s", (_what, text, limit, chunks) => {
    expect(splitText(text, limit)).toEqual(chunks);
    expect(splitText(text, limit).join("")).toBe(text);
  });

  it("never leaves a lone surrogate at the end of a full-size chunk", () => {
    const chunks = splitText("😀".repeat(20000));
    expect(chunks.map((c) => c.length)).toEqual([32766, 7234]);
  });
});

describe("fitCell", () => {
  it("keeps what fits and stores the rest in numbered parts", () => {
    const out: LongTextPart[] = [];
    const text = "x".repeat(32767) + "y".repeat(40000);
    expect(fitCell(text, owner, "text", out)).toBe("x".repeat(32767));
    expect(out.map((p) => [p.field, p.part, p.text.length])).toEqual([["text", 1, 32767], ["text", 2, 7233]]);
  });

  it.each([null, 12, "short"])("leaves %j alone", (value) => {
    const out: LongTextPart[] = [];
    expect(fitCell(value, owner, "text", out)).toBe(value);
    expect(out).toEqual([]);
  });
});

describe("storeText", () => {
  it("stores even an empty text, as one empty part", () => {
    const out: LongTextPart[] = [];
    storeText("", owner, "asWritten:status", out);
    expect(out).toEqual([{ ...owner, field: "asWritten:status", part: 1, text: "" }]);
  });
});

import { chunkBySize, chunkWithin, utf8Length } from "./chunkBySize";

describe("chunkBySize", () => {
  it("counts UTF-8 bytes as Node does, for Latin, Arabic, Chinese, emoji and a lone surrogate", () => {
    for (const text of ["Ministère", "وزارة العدل", "司法部", "✓ 👍🏽", "\ud800x", ""]) expect(utf8Length(text)).toBe(Buffer.byteLength(text));
  });

  it("keeps each chunk's JSON under the limit and every item once, in order", () => {
    const items = Array.from({ length: 50 }, (_, i) => ({ i, text: "é".repeat(i * 3) }));
    const chunks = chunkBySize(items, 400);
    expect(chunks.flat()).toEqual(items);
    for (const chunk of chunks) expect(chunk.length === 1 || Buffer.byteLength(chunk.map((x) => JSON.stringify(x)).join(",")) <= 400).toBe(true);
    expect(chunks.length).toBeGreaterThan(5);
  });
});

describe("chunkWithin", () => {
  it("closes a group when any measure would pass its limit, and lets an item over a limit stand alone", () => {
    const parts = [{ bytes: 4, cells: 10 }, { bytes: 4, cells: 10 }, { bytes: 1, cells: 30 }, { bytes: 20, cells: 1 }, { bytes: 1, cells: 1 }];
    const groups = chunkWithin(parts, (p) => [p.bytes, p.cells], [10, 30]);
    expect(groups.map((g) => g.map((p) => parts.indexOf(p)))).toEqual([[0, 1], [2], [3], [4]]);
  });
});

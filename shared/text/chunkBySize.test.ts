import { chunkBySize, utf8Length } from "./chunkBySize";

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

import { InputError } from "./InputError";
import { looksLikeJson, readJson } from "./readJson";

const buf = (s: string) => Buffer.from(s, "utf8");

describe("readJson", () => {
  it("reads JSON lines into a grid whose headers are the keys, lists as '- ' lines", () => {
    const src = readJson("uhri.jsonl", buf('{"text":"Ratify","themes":["A","B"],"n":1}\n\n{"text":"Adopt","extra":null}\n'));
    expect(src.sheets[0]!.rows).toEqual([
      ["text", "themes", "n", "extra"],
      ["Ratify", "- A\n- B", 1, null],
      ["Adopt", null, null, null],
    ]);
  });

  it("reads a JSON array of records", () => {
    expect(readJson("a.json", buf('[{"a":"x"},{"a":"y"}]')).sheets[0]!.rows).toEqual([["a"], ["x"], ["y"]]);
  });

  it("names the line that is not JSON", () => {
    expect(() => readJson("bad.jsonl", buf('{"a":1}\n{"a":\n'))).toThrow(expect.objectContaining({ code: "input.badJson", params: { file: "bad.jsonl", line: 2 } }));
    expect(() => readJson("bad.jsonl", buf('{"a":1}\n{"a":\n'))).toThrow(InputError);
  });

  it("says a file without records is empty", () => {
    expect(() => readJson("e.json", buf("[]"))).toThrow(expect.objectContaining({ code: "input.empty" }));
  });

  it("tells JSON from CSV by its first character", () => {
    expect(looksLikeJson(buf('  {"a":1}'))).toBe(true);
    expect(looksLikeJson(buf("a,b\n1,2"))).toBe(false);
  });
});

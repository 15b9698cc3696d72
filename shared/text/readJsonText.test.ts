/** Tests JSON and JSON-lines records read into a grid, and the located failures. */
import { InputError } from "../grid/InputError";
import { looksLikeJson, readJsonText } from "./readJsonText";

describe("readJsonText", () => {
  it("reads JSON lines into a grid whose headers are the keys, lists as '- ' lines", () => {
    const src = readJsonText("uhri.jsonl", '{"text":"Ratify","themes":["A","B"],"n":1}\n\n{"text":"Adopt","extra":null}\n');
    expect(src.sheets[0]!.rows).toEqual([
      ["text", "themes", "n", "extra"],
      ["Ratify", "- A\n- B", 1, null],
      ["Adopt", null, null, null],
    ]);
  });

  it("reads a JSON array of records", () => {
    expect(readJsonText("a.json", '[{"a":"x"},{"a":"y"}]').sheets[0]!.rows).toEqual([["a"], ["x"], ["y"]]);
  });

  it("names the line that is not JSON", () => {
    expect(() => readJsonText("bad.jsonl", '{"a":1}\n{"a":\n')).toThrow(expect.objectContaining({ code: "input.badJson", params: { file: "bad.jsonl", line: 2 } }));
    expect(() => readJsonText("bad.jsonl", '{"a":1}\n{"a":\n')).toThrow(InputError);
  });

  it("says a file without records is empty", () => {
    expect(() => readJsonText("e.json", "[]")).toThrow(expect.objectContaining({ code: "input.empty" }));
  });

  it("tells JSON from CSV by its first character", () => {
    expect(looksLikeJson('  {"a":1}')).toBe(true);
    expect(looksLikeJson("a,b\n1,2")).toBe(false);
  });
});

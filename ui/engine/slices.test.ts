import { cutSlices, mendSlices } from "./slices";

describe("long arrays sent in slices", () => {
  const plan = {
    name: "tracker",
    sheets: [
      { name: "Recommendations", values: Array.from({ length: 2500 }, (_, i) => [`R${i}`, i, null]) },
      { name: "Lists", values: [["a"], ["b"]] },
    ],
    when: new Date(0),
    bytes: new Uint8Array([1, 2, 3]),
  };

  it("cuts every array over the limit into slices of at most the limit, leaving short ones in place", () => {
    const { skeleton, slices } = cutSlices(plan, 1000);
    expect(slices.map((s) => s.length)).toEqual([1000, 1000, 500]);
    expect(JSON.stringify(skeleton)).not.toContain("R1999");
    expect((skeleton as typeof plan).sheets[1]!.values).toEqual([["a"], ["b"]]);
  });

  it("mends the slices back into the same value, dates and bytes included", () => {
    const { skeleton, slices } = cutSlices(plan, 1000);
    expect(mendSlices(structuredClone(skeleton), structuredClone(slices))).toEqual(plan);
  });

  it("leaves values without long arrays as they are", () => {
    expect(cutSlices({ a: [1, 2], b: "x" }, 10)).toEqual({ skeleton: { a: [1, 2], b: "x" }, slices: [] });
    expect(mendSlices(null, [])).toBeNull();
  });
});

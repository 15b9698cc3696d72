import { DIMENSION, hashFeature, rawFeatures, weigh } from "./features";

describe("hashFeature", () => {
  it("is deterministic and inside the feature space", () => {
    expect(hashFeature("w:tortur")).toBe(hashFeature("w:tortur"));
    for (const key of ["", "a", "b:tortur prevent", "@sdg:16"]) {
      expect(hashFeature(key)).toBeGreaterThanOrEqual(0);
      expect(hashFeature(key)).toBeLessThan(DIMENSION);
    }
  });
});

describe("rawFeatures and weigh", () => {
  it("counts unigrams, bigrams, leading words and extra features", () => {
    const raw = rawFeatures("Ratify the Optional Protocol", [{ key: "sdg:16", words: "optional protocol" }]);
    const names = [...raw.values()].map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(["ratify", "optional", "protocol", "optional protocol", "ratify the"]));
  });

  it("gives a unit-length vector", () => {
    const x = weigh(rawFeatures("Combat trafficking in persons and protect victims"), () => 2);
    const norm = Math.sqrt(x.value.reduce((a, v) => a + v * v, 0));
    expect(norm).toBeCloseTo(1, 9);
    expect(x.index).toHaveLength(x.name.length);
  });

  it("gives an empty vector for an empty text", () => {
    expect(weigh(rawFeatures(""), () => 1).index).toEqual([]);
  });
});

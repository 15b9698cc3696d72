import { DIMENSION } from "./features";
import { featureRows } from "./featureRows";

describe("featureRows", () => {
  it("gives each feature its position and -1 to others", () => {
    const features = [7, 0, DIMENSION - 1, 123_456, 2 ** 31 - 1];
    const rows = featureRows(features);
    features.forEach((f, r) => expect(rows.row(f)).toBe(r));
    for (const f of [-1, 1, 8, DIMENSION, 123_457]) expect(rows.row(f)).toBe(-1);
  });

  it("finds every feature of a large set sharing low bits", () => {
    const features = Array.from({ length: 50_000 }, (_, i) => i * 1024);
    const rows = featureRows(features);
    expect(features.every((f, r) => rows.row(f) === r)).toBe(true);
    expect(rows.row(1024 * 50_000)).toBe(-1);
  });

  it("works with no features and refuses a feature listed twice", () => {
    expect(featureRows([]).row(3)).toBe(-1);
    expect(() => featureRows([4, 9, 4])).toThrow(/twice/);
  });
});

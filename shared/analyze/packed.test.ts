import { packIntegers, unpackIntegers } from "./packed";

describe("packIntegers", () => {
  it.each([[[]], [[0]], [[1, -1, 63, -64, 64, 127, 128, -129]], [[1048575, -20000, 2 ** 31 - 1, -(2 ** 31 - 1)]]])("round-trips %j", (values) => {
    expect(unpackIntegers(packIntegers(values))).toEqual(values);
  });

  it("takes one byte for small magnitudes and only base64 characters", () => {
    const text = packIntegers([1, -2, 3]);
    expect(text).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(text).toHaveLength(4);
  });

  it("refuses text outside the base64 alphabet", () => {
    expect(() => unpackIntegers("AB@C")).toThrow(/Not base64/);
  });
});

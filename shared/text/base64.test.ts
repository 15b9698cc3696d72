import { base64, fromBase64 } from "./base64";

describe("base64", () => {
  it("writes RFC 4648 text with padding, from any byte list", () => {
    expect([base64([]), base64([77]), base64([77, 97]), base64(new Uint8Array([77, 97, 110]))]).toEqual(["", "TQ==", "TWE=", "TWFu"]);
  });

  it("reads back every byte value, whatever the padding", () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (const n of [0, 1, 2, 3, 254, 255, 256]) expect(fromBase64(base64(bytes.subarray(0, n)))).toEqual(bytes.subarray(0, n));
  });

  it("refuses a character outside the alphabet", () => {
    expect(() => fromBase64("TW@u")).toThrow(/Not base64: "@"/);
  });
});

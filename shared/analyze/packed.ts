/**
 * Integer lists packed as base64 text of LEB128 varints: the model ships its weights this way so that loading the
 * bundle only scans a few string literals, and numbers are decoded when the analyzer is first used.
 */
import { base64, fromBase64 } from "../text/base64";

/** Signed to unsigned (0, -1, 1, -2, … → 0, 1, 2, 3, …), so small magnitudes take one byte either way. */
const zigzag = (n: number): number => (n < 0 ? -2 * n - 1 : 2 * n);
const unzigzag = (n: number): number => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);

/** Packs integers (any sign, |n| < 2^31) as base64 varints. */
export function packIntegers(values: readonly number[]): string {
  const bytes: number[] = [];
  for (const value of values) {
    let n = zigzag(value);
    while (n >= 0x80) {
      bytes.push((n % 0x80) | 0x80);
      n = Math.floor(n / 0x80);
    }
    bytes.push(n);
  }
  return base64(bytes);
}

export function unpackIntegers(text: string): number[] {
  const bytes = fromBase64(text);
  const out: number[] = [];
  let n = 0, shift = 1;
  for (const b of bytes) {
    n += (b & 0x7f) * shift;
    if (b & 0x80) shift *= 0x80;
    else {
      out.push(unzigzag(n));
      n = 0;
      shift = 1;
    }
  }
  return out;
}

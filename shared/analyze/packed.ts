/**
 * Integer lists packed as base64 text of LEB128 varints: the model ships its weights this way so that loading the
 * bundle only scans a few string literals, and numbers are decoded when the analyzer is first used.
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** Character code → 6-bit value (-1 outside the alphabet): a table, as decoding runs over every character of the model. */
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;

/** Signed to unsigned (0, -1, 1, -2, … → 0, 1, 2, 3, …), so small magnitudes take one byte either way. */
const zigzag = (n: number): number => (n < 0 ? -2 * n - 1 : 2 * n);
const unzigzag = (n: number): number => (n % 2 === 1 ? -(n + 1) / 2 : n / 2);

function toBase64(bytes: readonly number[]): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : "=";
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : "=";
  }
  return out;
}

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, "");
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let acc = 0, bits = 0, j = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = VALUE[clean.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error(`Not base64: ${JSON.stringify(clean[i])}`);
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (acc >> bits) & 0xff;
    }
  }
  return bytes;
}

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
  return toBase64(bytes);
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

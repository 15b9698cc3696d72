/**
 * Splits a batch so each request body stays under the Sheets API's 2 MB payload limit. Sizes are counted in UTF-8
 * bytes without Buffer or TextEncoder, so the same code runs in Node and in Apps Script.
 */

export const MAX_PAYLOAD_BYTES = 1_800_000;

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character; a lone surrogate is written as U+FFFD (3 bytes).
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Consecutive items grouped while each of their measures, summed, stays within its limit (an item over a limit on its
 * own makes a group of one): request bodies by bytes, and by cells too where a call's time follows them.
 */
export function chunkWithin<T>(items: readonly T[], measure: (item: T) => readonly number[], limits: readonly number[]): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let sums = limits.map(() => 0);
  for (const item of items) {
    const sizes = measure(item);
    if (current.length > 0 && sizes.some((n, i) => (sums[i] as number) + n > (limits[i] as number))) {
      out.push(current);
      [current, sums] = [[], limits.map(() => 0)];
    }
    current.push(item);
    sums = sums.map((sum, i) => sum + (sizes[i] as number));
  }
  if (current.length > 0) out.push(current);
  return out;
}

export const chunkBySize = <T>(items: readonly T[], maxBytes = MAX_PAYLOAD_BYTES): T[][] =>
  chunkWithin(items, (item) => [utf8Length(JSON.stringify(item)) + 1], [maxBytes]);

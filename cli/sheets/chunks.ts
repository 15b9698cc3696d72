/** Splits a batch so each request body stays under the API's 2 MB payload limit. */

export const MAX_PAYLOAD_BYTES = 1_800_000;

export function chunkBySize<T>(items: readonly T[], maxBytes = MAX_PAYLOAD_BYTES): T[][] {
  const out: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const bytes = Buffer.byteLength(JSON.stringify(item)) + 1;
    if (current.length > 0 && size + bytes > maxBytes) {
      out.push(current);
      [current, size] = [[], 0];
    }
    current.push(item);
    size += bytes;
  }
  if (current.length > 0) out.push(current);
  return out;
}

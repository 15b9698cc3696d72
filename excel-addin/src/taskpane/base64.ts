/** Bytes as base64, the form Excel.createWorkbook takes a file in. */

/** Characters per String.fromCharCode call: far below the engines' argument limits. */
const CHUNK = 0x8000;

export function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

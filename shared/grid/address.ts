/** A1-style cell addresses from 0-based row and column indexes. */

export function columnLetter(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export const cellAddress = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;

/** A sheet name quoted for an A1 range: 'It''s'. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** Lays out rows of text as an aligned plain-text table for the terminal (East Asian wide characters count double). */

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** The first column is left-aligned, the others right-aligned (they hold numbers). */
export function textTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  const pad = (cell: string, i: number): string => {
    const space = " ".repeat((widths[i] ?? 0) - displayWidth(cell));
    return i === 0 ? cell + space : space + cell;
  };
  const lines = rows.map((row) => row.map(pad).join("  ").trimEnd());
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [lines[0], rule, ...lines.slice(1)].join("\n") + "\n";
}

/** Office.context.requirements.isSetSupported over a seeded list of the highest version of each set. */

/** Recent Excel on the web; seed lower versions to test how the pane degrades on older Excel. */
export const DEFAULT_REQUIREMENT_SETS: Readonly<Record<string, string>> = { ExcelApi: "1.17" };

const parts = (version: string): number[] => version.split(".").map((p) => Number(p) || 0);

/** Compares versions part by part as numbers, so "1.10" is above "1.9". */
function atLeast(have: string, want: string): boolean {
  const [h, w] = [parts(have), parts(want)];
  for (let i = 0; i < Math.max(h.length, w.length); i++) {
    const diff = (h[i] ?? 0) - (w[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
}

/** Like Office.js: set names ignore case, a missing version means "1.1", and a number version is read as its text. */
export function isSetSupported(sets: Readonly<Record<string, string>>, name: string, minVersion?: string | number): boolean {
  const entry = Object.entries(sets).find(([set]) => set.toLowerCase() === name.toLowerCase());
  return entry !== undefined && atLeast(entry[1], minVersion === undefined ? "1.1" : String(minVersion));
}

/** Decides from a cell's number format whether its number is a date, because .xlsx stores dates as plain numbers. */

/** Built-in formats that show dates or times: 14–22 and 45–47 everywhere, the others in East Asian and Thai Excel. */
const BUILT_IN_DATE_IDS = new Set<number>([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
  71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
]);

export function isDateFormatId(id: number): boolean {
  return BUILT_IN_DATE_IDS.has(id);
}

/**
 * A custom format is a date when its first section still has a date or time letter once literal text, escapes,
 * fill/padding characters and bracketed parts (colours, locales, conditions) are removed; elapsed times such as
 * "[h]:mm" keep their letter because the brackets are removed, not their content.
 */
export function isDateFormatCode(code: string): boolean {
  const section = code.replace(/"[^"]*"/g, "").split(";")[0] ?? "";
  const bare = section
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "$1")
    .replace(/\[[^\]]*\]/g, "");
  if (/^(general|@)$/i.test(bare.trim())) return false;
  return /[ymdhsb]/i.test(bare);
}

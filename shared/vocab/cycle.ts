/** Reads a UPR cycle as trackers write it: "3", "3e cycle (2019)", "EPU 4", "Cycle 2", "2nd cycle", "ciclo 3". */

/** The one small number left once years are set aside; anything less clear is not a cycle. */
export function parseCycle(raw: string | number): number | null {
  if (typeof raw === "number") return Number.isInteger(raw) && raw >= 1 && raw <= 9 ? raw : null;
  const withoutYears = raw.replace(/\d{4}/g, " ");
  const numbers = withoutYears.match(/\d+/g) ?? [];
  if (numbers.length !== 1) return null;
  const n = Number(numbers[0]);
  const rest = withoutYears.replace(/\d+/, " ").replace(/[()[\]\-–—.,:°º]/g, " ").trim();
  const words = rest.split(/\s+/).filter(Boolean);
  const known = /^(e|er|ère|re|ème|eme|nd|rd|th|st|o|a|cycle|cycles|ciclo|cicle|цикл|周期|第|轮|الدورة|upr|epu|rpu|упо|du|de|del|do|the|of|le|el|o)$/iu;
  return n >= 1 && n <= 9 && words.every((w) => known.test(w)) ? n : null;
}

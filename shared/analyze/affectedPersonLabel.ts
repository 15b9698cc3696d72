/** One spelling for UHRI affected-person groups across lists (legacy lower-case names, today's, per-matrix variants). */

/** Variants (folded to lower case) that name the same group as today's UHRI name. */
const ALIASES: Readonly<Record<string, string>> = {
  "migrants & domestic workers": "Migrants",
  "persons deprived of their liberty & detainees": "Persons deprived of their liberty",
  "law enforcement / police & prison officials": "Law enforcement / police officials",
  "prison officials": "Law enforcement / police officials",
  "lesbian, gay, bisexual and transgender and intersex persons (lgbti)": "Lesbian, gay, bisexual, transgender and intersex persons (LGBTI)",
  "lesbian, gay, bisexual, transgender and intersex persons (lgbti)": "Lesbian, gay, bisexual, transgender and intersex persons (LGBTI)",
  "children in street situations": "Children in vulnerable situations",
};

/** "General": the matrices' mark for "no group in particular", which is not a group to suggest. */
export const GENERAL_PERSONS = "General";

/** "women" and "Women" become "Women"; "Children in vulnerable situations (abused, …)" drops its examples. */
export function affectedPersonLabel(raw: string): string {
  const name = raw.trim().replace(/\s+/g, " ").replace(/^(Children in vulnerable situations)\s*\(.*\)$/i, "$1");
  const alias = ALIASES[name.toLowerCase()];
  if (alias !== undefined) return alias;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

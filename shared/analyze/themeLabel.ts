/** One spelling for UHRI theme names across lists: the legacy coded list ("B31 Equality & non-discrimination") and today's. */
const CODE = /^[A-Z]\d{1,3}\s+/;
const GENERAL = /\s+-\s+general$/i;

/** "B31 Equality and non-discrimination" and "Equality & non-discrimination" both become the latter. */
export function themeLabel(raw: string): string {
  return raw.trim().replace(CODE, "").replace(GENERAL, "").replace(/\s+and\s+/g, " & ").replace(/\s+/g, " ");
}

/** A pack's file name from its institution's name, unique among the packs of one split. */

/** Letters and digits of any script are kept (an Arabic ministry keeps its name); anything else becomes "-". */
export function packFileName(institution: string, taken: Set<string>): string {
  const base = institution.normalize("NFC").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "institution";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
  taken.add(name.toLowerCase());
  return `${name}.xlsx`;
}

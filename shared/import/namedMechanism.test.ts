import { namedMechanism } from "./namedMechanism";

describe("namedMechanism", () => {
  it.each([
    ["EPU", "UPR"],
    ["CAT (EN)", "CAT"],
    ["CEDEF — Comité pour l'élimination de la discrimination à l'égard des femmes", "CEDAW"],
    ["CDE — Comité des droits de l'enfant", "CRC"],
    ["Committee on the Rights of the Child", "CRC"],
    ["2. Examen périodique universel", "UPR"],
  ])("%s names %s", (label, mechanism) => {
    expect(namedMechanism(label)).toBe(mechanism);
  });

  it.each(["3. Droits de l'enfant", "Torture et mauvais traitements", "Droits des personnes handicapées", "Suivi", "Justice"])(
    "%s is a theme, not a mechanism",
    (label) => {
      expect(namedMechanism(label)).toBeNull();
    },
  );
});

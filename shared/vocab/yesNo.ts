/** Recognises a yes/no flag (a follow-up selection) as people mark it: words in the seven languages, ticks, x, 1/0. */
import type { Translations } from "../i18n/catalog";
import { createVocabulary, type SynonymTable } from "./match";

export type YesNo = "yes" | "no";

/** How the tracker writes the flag, in each language (its own dropdown's values). */
export const YES_NO_LABELS: Readonly<Record<YesNo, Translations>> = {
  yes: { en: "Yes", fr: "Oui", es: "Sí", ar: "نعم", pt: "Sim", ru: "Да", zh: "是" },
  no: { en: "No", fr: "Non", es: "No", ar: "لا", pt: "Não", ru: "Нет", zh: "否" },
};

const SYNONYMS: SynonymTable<YesNo> = {
  yes: [
    ...Object.values(YES_NO_LABELS.yes), "Y", "x", "✓", "✔", "✅", "☑", "✔️", "True", "1", "Selected", "Follow-up",
    "Vrai", "Retenue", "Sélectionnée", "Suivi", "Si", "Verdadero", "Seleccionada", "Seguimiento", "Verdadeiro",
    "Selecionada", "صحيح", "Истина", "真",
  ],
  no: [
    ...Object.values(YES_NO_LABELS.no), "N", "✗", "✘", "❌", "☐", "False", "0", "Not selected", "Faux", "Non retenue",
    "Falso", "Nao", "خطأ", "Ложь", "假",
  ],
};

const vocabulary = createVocabulary(SYNONYMS);

/** Only exact answers count: a flag guessed from a typo would select a paragraph nobody selected. */
export function parseYesNo(raw: string): boolean | null {
  const code = vocabulary.exact(raw);
  return code === undefined ? null : code === "yes";
}

/** Keys claimed by both answers (tests keep it empty). */
export const YES_NO_CONFLICTS: readonly string[] = vocabulary.conflicts;

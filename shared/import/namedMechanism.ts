/**
 * The mechanism a sheet name or section label names outright ("EPU", "CEDEF — Comité pour l'élimination…"),
 * as opposed to a theme that merely sounds like one ("Droits de l'enfant" is a cluster, not the CRC).
 */
import type { Mechanism } from "../model/codes";
import { parseMechanism } from "../vocab/mechanism";

const BODY_WORDS = /comit[ée]|committee|comisi[óo]n|commission|examen p[ée]riodique|periodic review|rapporteur|relator|groupe de travail|working group|sous-comit|subcommittee|комитет|комисси|委员会|لجنة|الاستعراض/iu;
const ACRONYM = /(?<![\p{L}])[\p{Lu}]{2,6}(?![\p{L}])/gu;

export function namedMechanism(label: string): Mechanism | null {
  const named = new Set<Mechanism>();
  for (const token of label.match(ACRONYM) ?? []) {
    const m = parseMechanism(token);
    if (m.kind === "exact") named.add(m.value);
  }
  if (named.size === 1) return [...named][0]!;
  if (named.size > 1 || !BODY_WORDS.test(label)) return null;
  const match = parseMechanism(label.replace(/^\s*(?:[0-9]+|[IVXLC]+|[A-Z])[.)\-–—]\s+/u, ""));
  return match.kind === "exact" ? match.value : null;
}

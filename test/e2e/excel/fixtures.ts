/** The team's own messy trackers, as the Excel task pane finds them in the user's workbook. */
import type { SeedSheet } from "../../fakes/excel";

/** A French tracker: a merged title row, activities under their recommendation with the recommendation cells merged. */
export const FRENCH_TRACKER: SeedSheet = {
  name: "Suivi EPU",
  rows: [
    ["MATRICE DE SUIVI DES RECOMMANDATIONS DE L'EPU — 3e CYCLE", null, null, null, null, null],
    ["N°", "Recommandation", "Position", "Activités", "Statut de l'activité", "Échéance"],
    [1, "Ratifier le Protocole facultatif se rapportant à la Convention contre la torture", "Acceptée", "Projet de loi de ratification", "Réalisé", "31/12/2024"],
    [null, null, null, "Dépôt des instruments", "encours", "30/06/2025"],
    [2, "Adopter une loi sur les violences faites aux femmes", "Notée", "Atelier national de validation", "Non commencé", "fin 2025"],
    [3, "Garantir l'enregistrement des naissances", "Acceptée", "Campagne d'enregistrement mobile", "En cours", "2025"],
  ],
  merges: [
    { top: 0, left: 0, bottom: 0, right: 5 },
    { top: 2, left: 0, bottom: 3, right: 0 },
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 2, bottom: 3, right: 2 },
  ],
};

/** A Spanish recommendations matrix in the OHCHR style. */
export const SPANISH_MATRIX: SeedSheet = {
  name: "Matriz",
  rows: [
    ["Recomendación", "Mecanismo", "Estado", "Institución responsable"],
    ["Fortalecer la Defensoría del Pueblo conforme a los Principios de París", "EPU", "En curso", "Ministerio de Justicia"],
    ["Tipificar el feminicidio en el Código Penal", "CEDAW", "Implementada", "Fiscalía General"],
  ],
};

/** An Arabic tracker, right to left. */
export const ARABIC_TRACKER: SeedSheet = {
  name: "المتابعة",
  rows: [
    ["التوصية", "الآلية", "الحالة"],
    ["التصديق على البروتوكول الاختياري لاتفاقية مناهضة التعذيب", "الاستعراض الدوري الشامل", "قيد التنفيذ"],
    ["اعتماد قانون بشأن العنف ضد المرأة", "الاستعراض الدوري الشامل", "لم يبدأ"],
  ],
};

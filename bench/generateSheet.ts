/** Writes a large synthetic tracker (own layout: header, activities under their recommendation) for benchmarks. */
import ExcelJS from "exceljs";

const STATUSES = ["Non entamée", "En cours", "Partiellement mise en œuvre", "Mise en œuvre"];
const ACTIVITY_STATUSES = ["Prévue", "En cours", "Réalisé", "Annulé"];
const THEMES = ["Justice", "Droits des femmes", "Enfance", "Torture", "Éducation", "Santé", "Migrants", "Handicap"];
const INSTITUTIONS = ["Ministère de la Justice", "MFFE", "Min. Education", "CNDH", "Police nationale", "Ministère de la Santé"];
const MECHANISMS = ["EPU", "CEDEF", "CDE", "CAT", "CCPR", "CDESC"];
const VERBS = ["Adopter", "Renforcer", "Garantir", "Ratifier", "Mettre en place", "Poursuivre"];
const OBJECTS = ["une loi", "les mesures", "l'accès", "un mécanisme national", "les capacités", "la protection"];
const TARGETS = ["des femmes", "des enfants", "des personnes handicapées", "des détenus", "des migrants", "des journalistes"];

const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;

export const HEADERS = [
  "N°", "Mécanisme", "Paragraphe", "Recommandation", "Position", "Thématique", "ODD", "Institution responsable",
  "Activités", "Statut de l'activité", "Échéance", "Taux de réalisation", "Niveau de mise en œuvre", "Observations",
];

/** The title row, the header, then `rows` rows: about two thirds recommendations, one third activity rows under them. */
export function syntheticRows(rows: number): { rows: (string | number | null)[][]; recommendations: number } {
  const out: (string | number | null)[][] = [["MATRICE DE SUIVI DES RECOMMANDATIONS (données synthétiques)"], [...HEADERS]];
  let rec = 0;
  for (let r = 0; r < rows; r++) {
    const activityRow = r % 3 === 2;
    if (!activityRow) rec++;
    const text = `${pick(VERBS, rec)} ${pick(OBJECTS, rec * 7)} ${pick(TARGETS, rec * 13)} — recommandation synthétique n° ${rec}`;
    const activity = [`Activité ${r} : atelier de formation et suivi`, pick(ACTIVITY_STATUSES, r), `${pick(["31/12/", "T3 ", "30/06/"], r)}${2024 + (r % 4)}`];
    out.push(
      activityRow
        ? [null, null, null, null, null, null, null, null, ...activity, null, null, null]
        : [rec, pick(MECHANISMS, rec), `${100 + (rec % 50)}.${rec}`, text, pick(["Acceptée", "Notée", ""], rec), `${pick(THEMES, rec)}; ${pick(THEMES, rec + 3)}`, `ODD ${1 + (rec % 17)}; 16.${1 + (rec % 9)}`, `${pick(INSTITUTIONS, rec)}; ${pick(INSTITUTIONS, rec + 2)}`, ...activity, `${rec % 101} %`, pick(STATUSES, rec), rec % 10 === 0 ? "Voir rapport annuel" : null],
    );
  }
  return { rows: out, recommendations: rec };
}

/** Writes syntheticRows(rows) as a workbook with one sheet, "Suivi". */
export async function generateSheet(path: string, rows: number): Promise<{ recommendations: number }> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet("Suivi");
  const sheet = syntheticRows(rows);
  for (const row of sheet.rows) ws.addRow(row).commit();
  ws.commit();
  await wb.commit();
  return { recommendations: sheet.recommendations };
}

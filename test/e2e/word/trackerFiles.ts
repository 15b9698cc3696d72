/** Tracker workbooks as the suite writes them, to pick in the Word pane: an older one and a newer one (two UPR recommendations, one of CEDAW). */
import { workbookBuffer } from "../../../cli/write/writeXlsx";
import { analyseConvert } from "../../../shared/flows";
import { file, sheet } from "../../support/grids";

export async function trackerXlsx(now: string, torture: string): Promise<Buffer> {
  const source = file("suivi.xlsx", sheet("EPU", [
    ["Recommandation", "Mécanisme", "Cycle", "Statut", "Institution responsable", "Groupe thématique"],
    ["Ratifier le Protocole facultatif se rapportant à la Convention contre la torture", "EPU", 3, torture, "Ministère de la Justice", "Torture"],
    ["Adopter une loi sur les violences faites aux femmes", "EPU", 3, "Non commencé", "Ministère de la Femme", "Droits des femmes"],
    ["Abroger les dispositions discriminatoires du Code de la famille", "CEDEF", null, "Non commencé", "Ministère de la Femme", "Droits des femmes"],
  ]));
  return workbookBuffer(analyseConvert({ workbook: source, sheet: "EPU", lang: "fr", now, by: "test" }).plan);
}

/**
 * A seed of French and Spanish words (folded) mapped to the English word the model was trained on, so leading
 * verbs and key terms of fr/es recommendations reach the same features. Ambiguous words ("traite") are left out.
 */
export const SEED_TRANSLATIONS: Readonly<Record<string, string>> = {
  // Leading verbs (they decide the action category).
  ratifier: "ratify", ratificar: "ratify", adherer: "accede", adherir: "accede",
  poursuivre: "continue", continuer: "continue", continuar: "continue", seguir: "continue", maintenir: "maintain", mantener: "maintain",
  envisager: "consider", examiner: "consider", considerar: "consider", estudiar: "consider", explorer: "explore", explorar: "explore",
  adopter: "adopt", adoptar: "adopt", promulguer: "enact", promulgar: "enact", abolir: "abolish", abroger: "repeal", derogar: "repeal",
  veiller: "ensure", garantir: "guarantee", garantizar: "guarantee", velar: "ensure", assurer: "ensure", asegurar: "ensure",
  prendre: "take", tomar: "take", adoptez: "adopt", renforcer: "strengthen", fortalecer: "strengthen", reforzar: "strengthen",
  intensifier: "intensify", intensificar: "intensify", redoubler: "redouble", redoblar: "redouble", etablir: "establish", establecer: "establish",
  creer: "create", crear: "create", mettre: "implement", aplicar: "implement", appliquer: "implement", lutter: "combat", combattre: "combat",
  luchar: "combat", combatir: "combat", proteger: "protect", promouvoir: "promote", promover: "promote", eliminer: "eliminate", eliminar: "eliminate",
  inviter: "invite", invitar: "invite", cooperer: "cooperate", cooperar: "cooperate", soumettre: "submit", presentar: "submit", enqueter: "investigate", investigar: "investigate",
  // Key terms.
  protocole: "protocol", protocolo: "protocol", facultatif: "optional", facultativo: "optional", convencion: "convention",
  torture: "torture", tortura: "torture", femmes: "women", mujeres: "women", enfants: "children", ninos: "children", ninas: "girls", filles: "girls",
  droits: "rights", derechos: "rights", humains: "human", humanos: "human", efforts: "efforts", esfuerzos: "efforts",
  trata: "trafficking", personnes: "persons", personas: "persons", handicapees: "disabilities", discapacidad: "disabilities",
  educacion: "education", sante: "health", salud: "health", enregistrement: "registration", registro: "registration", naissances: "births", nacimientos: "births",
  discriminacion: "discrimination", mort: "death", muerte: "death", peine: "penalty", pena: "penalty", loi: "law", ley: "law", legislacion: "legislation",
  violencia: "violence", domestique: "domestic", domestica: "domestic", defenseurs: "defenders", defensores: "defenders", journalistes: "journalists", periodistas: "journalists",
  pauvrete: "poverty", pobreza: "poverty", eau: "water", agua: "water", logement: "housing", vivienda: "housing", emploi: "employment", empleo: "employment",
  travail: "work", trabajo: "work", minorites: "minorities", minorias: "minorities", refugies: "refugees", refugiados: "refugees", asile: "asylum", asilo: "asylum",
  independance: "independence", independencia: "independence", justicia: "justice", detention: "detention", detencion: "detention", prisons: "prisons", carceles: "prisons",
  institution: "institution", institucion: "institution", nationale: "national", nacional: "national", permanente: "standing", invitation: "invitation", invitacion: "invitation",
};

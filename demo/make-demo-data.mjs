// Generates the demo tracker workbook of the fictional "République de Valmora":
//   demo/data/republique-de-valmora-suivi.xlsx            the messy NMIRF tracker `npm run demo` runs on
//   demo/data/republique-de-valmora-suivi.expected.json   what is in it (counts, rows, deliberate messes, cells)
//   demo/README.md                                        the part between the GENERATED markers
//
//   node demo/make-demo-data.mjs            write the three files and print the list of messes
//   node demo/make-demo-data.mjs --check    regenerate in memory and fail if any file differs
//
// Everything here is fictional and written for this project: the State, its institutions, towns and
// figures. UN body names and the shape of UN document symbols are real; the documents are not.
// Output is deterministic: a seeded PRNG, fixed dates, fixed zip timestamps; no clock is read.
import { Buffer } from "node:buffer";
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const req = createRequire(import.meta.url);
const ExcelJS = req("exceljs");
const JSZip = createRequire(req.resolve("exceljs"))("jszip");

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT_XLSX = join(HERE, "data", "republique-de-valmora-suivi.xlsx");
const OUT_JSON = join(HERE, "data", "republique-de-valmora-suivi.expected.json");
const OUT_README = join(HERE, "README.md");
const FILE_NAME = "republique-de-valmora-suivi.xlsx";
const FIXED_DATE = new Date(Date.UTC(2025, 2, 14, 9, 30, 0)); // "Mise à jour : mars 2025"
const SEED = 20250314;

// ---------------------------------------------------------------------------------------------------------
// Deterministic randomness
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(SEED);
const pick = (list) => list[Math.floor(rnd() * list.length)];

// ---------------------------------------------------------------------------------------------------------
// Institutions: canonical key -> the spellings people actually type (French sheets / English sheet)
const INST = {
  MJDH: {
    full: "Ministère de la Justice et des Droits humains",
    fr: ["MJDH", "MJDH", "Ministère de la Justice", "Min. Justice", "Ministère de la Justice et des Droits humains"],
    en: ["Ministry of Justice", "MoJ", "MJDH", "Min. of Justice and Human Rights"],
  },
  MFFE: {
    full: "Ministère de la Femme, de la Famille et de l'Enfance",
    fr: ["MFFE", "MFFE", "Ministère de la Femme, de la Famille et de l'Enfance", "Min. Femme", "MFFE (Dir. protection de l'enfance)"],
    en: ["Ministry of Women, Family and Children", "MFFE"],
  },
  MEN: { full: "Ministère de l'Éducation nationale", fr: ["MEN", "MEN", "Min. Education", "Ministère de l'Éducation nationale"], en: ["Ministry of Education"] },
  MSP: { full: "Ministère de la Santé publique", fr: ["MSP", "Ministère de la Santé publique", "Min. Santé"], en: ["Ministry of Health"] },
  MISP: {
    full: "Ministère de l'Intérieur et de la Sécurité publique",
    fr: ["Ministère de l'Intérieur", "MISP", "Min. Intérieur et Sécurité"],
    en: ["Ministry of the Interior", "MISP"],
  },
  MAE: { full: "Ministère des Affaires étrangères", fr: ["MAE", "Ministère des Affaires étrangères", "Affaires étrangères"], en: ["Ministry of Foreign Affairs", "MFA", "MAE"] },
  CNDH: { full: "Commission nationale des droits de l'homme", fr: ["CNDH", "CNDH", "Commission nationale des droits de l'homme"], en: ["NHRC", "CNDH", "National Human Rights Commission"] },
  POLICE: { full: "Police nationale", fr: ["Police nationale", "DGPN"], en: ["National Police", "Police nationale"] },
  AN: { full: "Assemblée nationale", fr: ["Assemblée nationale", "Assemblée nationale", "Parlement"], en: ["National Assembly", "Parliament"] },
  DGAP: { full: "Direction générale de l'Administration pénitentiaire", fr: ["Administration pénitentiaire", "DGAP", "Dir. Adm. pénitentiaire"], en: ["Prison Administration", "DGAP", "Penitentiary Administration"] },
  MCOM: { full: "Ministère de la Communication", fr: ["Ministère de la Communication", "Min. Communication"], en: ["Ministry of Communication"] },
  HAC: { full: "Haute Autorité de la Communication", fr: ["HAC", "Haute Autorité de la Communication"], en: ["HAC"] },
  MASS: { full: "Ministère de l'Action sociale et de la Solidarité", fr: ["MASS", "Ministère de l'Action sociale", "Action sociale"], en: ["Ministry of Social Action", "MASS"] },
  MTEFP: { full: "Ministère du Travail, de l'Emploi et de la Formation professionnelle", fr: ["MTEFP", "Ministère du Travail"], en: ["Ministry of Labour"] },
  CISR: { full: "Comité interministériel de suivi des recommandations", fr: ["CISR", "Secrétariat CISR", "Comité interministériel de suivi"], en: ["CISR"] },
  DEC: { full: "Direction de l'état civil", fr: ["Direction de l'état civil", "DEC/MISP"], en: ["Civil Registry Directorate"] },
  INSV: { full: "Institut national de la statistique de Valmora", fr: ["INSV", "Institut national de la statistique"], en: ["INSV"] },
  MAGRI: { full: "Ministère de l'Agriculture", fr: ["Ministère de l'Agriculture", "MAGRI"], en: ["Ministry of Agriculture"] },
  MEF: { full: "Ministère de l'Économie et des Finances", fr: ["MEF", "Ministère des Finances"], en: ["Ministry of Finance"] },
  MEA: { full: "Ministère de l'Eau et de l'Assainissement", fr: ["Ministère de l'Eau et de l'Assainissement", "MEA"], en: ["Ministry of Water"] },
  MDEF: { full: "Ministère de la Défense", fr: ["Ministère de la Défense", "Tribunal militaire"], en: ["Ministry of Defence", "Military Prosecutor"] },
  CENI: { full: "Commission électorale nationale indépendante", fr: ["CENI"], en: ["CENI"] },
};

// ---------------------------------------------------------------------------------------------------------
// Topics: sub-theme, SDG items, affected groups, lead institution, and the activities NMIRF staff wrote.
// An activity: [French text, English text or null, institution key, status, due ("YYYY-MM-DD" | "cont")].
const TOPIC = {
  torture: {
    th: ["Interdiction de la torture", "Prohibition of torture"], sdg: ["16.3", "16.a"], grp: ["Personnes privées de liberté", "Persons deprived of liberty"], lead: "MJDH",
    acts: [
      ["Avant-projet de loi portant révision du Code pénal (incrimination autonome de la torture) transmis au SGG", "Draft Criminal Code amendment making torture a separate offence sent to the Government Secretariat", "MJDH", "done", "2024-06-30"],
      ["Adoption de la loi révisant le Code pénal par l'Assemblée nationale", "Adoption of the Criminal Code amendment by the National Assembly", "AN", "planned", "2025-12-31"],
      ["Vulgarisation de la nouvelle définition auprès des magistrats et des OPJ", "Dissemination of the new definition to judges and judicial police officers", "MJDH", "planned", "2026-06-30"],
    ],
  },
  torture_inv: {
    th: ["Interdiction de la torture", "Prohibition of torture"], sdg: ["16.3"], grp: ["Personnes privées de liberté", "Persons deprived of liberty"], lead: "MJDH",
    acts: [
      ["Circulaire du Procureur général sur l'ouverture systématique d'enquêtes en cas d'allégation de torture", "Prosecutor-General circular on systematic investigation of torture allegations", "MJDH", "done", "2023-09-30"],
      ["Création d'une cellule d'inspection des services de police", "Police inspection unit set up", "POLICE", "ongoing", "2025-09-30"],
    ],
  },
  detention: {
    th: ["Conditions de détention", "Conditions of detention"], sdg: ["16.3"], grp: ["Personnes privées de liberté", "Persons deprived of liberty"], lead: "DGAP",
    acts: [
      ["Audiences foraines pour l'apurement des dossiers de détention provisoire", "Mobile court hearings to clear pre-trial detention files", "MJDH", "ongoing", "cont"],
      ["Circulaire aux parquets sur le travail d'intérêt général et les peines alternatives", "Circular to prosecutors on community service and alternative sentences", "MJDH", "done", "2023-03-31"],
      ["Construction de la maison d'arrêt de Kessara (800 places)", "Construction of Kessara remand prison (800 places)", "MJDH", "ongoing", "2026-12-31"],
    ],
  },
  conditions: {
    th: ["Conditions de détention", "Conditions of detention"], sdg: ["16.3", "6.1"], grp: ["Personnes privées de liberté", "Persons deprived of liberty"], lead: "DGAP",
    acts: [
      ["Amélioration de la ration alimentaire et des soins dans les prisons (budget 2025)", "Improved food rations and health care in prisons (2025 budget)", "DGAP", "ongoing", "2025-12-31"],
      ["Réhabilitation des infirmeries et forages dans 6 établissements pénitentiaires", "Rehabilitation of infirmaries and boreholes in 6 prisons", "DGAP", "done", "2024-11-30"],
    ],
  },
  dp: {
    th: ["Peine de mort", "Death penalty"], sdg: ["16"], grp: ["Personnes condamnées à mort", "Persons sentenced to death"], lead: "MJDH",
    acts: [
      ["Étude sur l'opinion publique relative à l'abolition de la peine de mort", "Public opinion survey on abolition of the death penalty", "CNDH", "done", "2022-12-31"],
      ["Atelier de sensibilisation des parlementaires sur l'abolition", "Awareness workshop for members of parliament on abolition", "AN", "planned", "2025-09-30"],
      ["Commutation des condamnations à mort par décret de grâce", "Commutation of death sentences by pardon decree", "MJDH", "done", "2023-12-31"],
    ],
  },
  judiciary: {
    th: ["Administration de la justice", "Administration of justice"], sdg: ["16.3", "16.6"], grp: ["", ""], lead: "MJDH",
    acts: [
      ["Adoption de la loi organique sur le Conseil supérieur de la magistrature", null, "AN", "ongoing", "2025-12-31"],
      ["Recrutement de 60 magistrats et 120 greffiers", null, "MJDH", "ongoing", "2026-12-31"],
    ],
  },
  access: {
    th: ["Accès à la justice", "Access to justice"], sdg: ["16.3"], grp: ["Populations rurales", "Rural population"], lead: "MJDH",
    acts: [
      ["Opérationnalisation du Fonds d'aide juridictionnelle", null, "MJDH", "planned", "2025-06-30"],
      ["Création de 4 tribunaux de grande instance dans les régions du nord", null, "MJDH", "ongoing", "2026-12-31"],
    ],
  },
  training: {
    th: ["Formation aux droits de l'homme", "Human rights training"], sdg: ["16.3", "4.7"], grp: ["Agents de l'État", "Public officials"], lead: "MJDH",
    acts: [
      ["Module droits de l'homme intégré au curriculum de l'École nationale de police", "Human rights module included in the National Police School curriculum", "POLICE", "done", "2023-10-31"],
      ["Sessions de formation des OPJ sur la garde à vue et l'interdiction de la torture", "Training of judicial police officers on custody and the prohibition of torture", "CNDH", "ongoing", "cont"],
      ["Formation du personnel pénitentiaire sur les Règles Nelson Mandela", "Training of prison staff on the Nelson Mandela Rules", "DGAP", "planned", "2025-09-30"],
    ],
  },
  ejk: {
    th: ["Exécutions extrajudiciaires", "Extrajudicial killings"], sdg: ["16.1", "16.3"], grp: ["Populations des zones affectées par le conflit", "Conflict-affected population"], lead: "MJDH",
    acts: [
      ["Commission d'enquête sur les événements de Tamboura (rapport remis)", "Commission of inquiry into the Tamboura events (report submitted)", "MJDH", "done", "2024-03-31"],
      ["Ouverture d'informations judiciaires par le tribunal militaire", "Judicial investigations opened by the military court", "MDEF", "ongoing", "cont"],
    ],
  },
  safeguards: {
    th: ["Garanties juridiques fondamentales", "Fundamental legal safeguards"], sdg: ["16.3"], grp: ["Personnes privées de liberté", "Persons deprived of liberty"], lead: "MJDH",
    acts: [
      ["Projet de nouveau Code de procédure pénale (avocat dès la première heure de garde à vue)", "Draft Code of Criminal Procedure (lawyer from the first hour of custody)", "MJDH", "ongoing", "2025-12-31"],
      ["Registres de garde à vue harmonisés dans les commissariats et brigades", "Standard custody registers in police and gendarmerie stations", "POLICE", "ongoing", "2025-06-30"],
    ],
  },
  gbv: {
    th: ["Violences à l'égard des femmes", "Violence against women"], sdg: ["5", "16.2"], grp: ["Femmes et filles", "Women and girls"], lead: "MFFE",
    acts: [
      ["Élaboration de l'avant-projet de loi sur les violences basées sur le genre (VBG)", null, "MFFE", "done", "2021-12-31"],
      ["Validation technique de l'avant-projet de loi VBG avec la société civile", null, "MFFE", "done", "2023-05-31"],
      ["Adoption du projet de loi VBG en Conseil des ministres", null, "MFFE", "ongoing", "2025-06-30"],
    ],
  },
  shelters: {
    th: ["Violences à l'égard des femmes", "Violence against women"], sdg: ["5.2"], grp: ["Femmes et filles", "Women and girls"], lead: "MFFE",
    acts: [
      ["Ouverture de centres de prise en charge intégrée des survivantes dans 4 régions", null, "MFFE", "ongoing", "2026-12-31"],
      ["Création d'unités spéciales de police pour les VBG", null, "POLICE", "done", "2024-09-30"],
      ["Ligne verte gratuite 1313 pour les victimes", null, "MFFE", "done", "2022-06-30"],
    ],
  },
  fgm: {
    th: ["Pratiques préjudiciables", "Harmful practices"], sdg: ["5.3"], grp: ["Femmes et filles", "Women and girls"], lead: "MFFE",
    acts: [
      ["Campagne nationale « Tolérance zéro MGF » avec les chefs traditionnels et religieux", "National \"zero tolerance for FGM\" campaign with traditional and religious leaders", "MFFE", "done", "2024-02-06"],
      ["Reconversion des exciseuses et déclarations publiques d'abandon dans 45 villages", "Alternative livelihoods for cutters and public abandonment declarations in 45 villages", "MFFE", "ongoing", "2025-12-31"],
      ["Collecte des données sur les affaires de MGF jugées", "Data collection on FGM cases tried in court", "MJDH", "planned", "2025-09-30"],
    ],
  },
  family: {
    th: ["Égalité et non-discrimination", "Equality and non-discrimination"], sdg: ["5.1"], grp: ["Femmes", "Women"], lead: "MJDH",
    acts: [
      ["Comité technique de révision du Code des personnes et de la famille mis en place", null, "MJDH", "done", "2022-10-31"],
      ["Consultations nationales avec les leaders religieux", null, "MFFE", "cancelled", "2023-12-31"],
      ["Transmission de l'avant-projet de Code révisé au SGG", null, "MJDH", "planned", "2026-12-31"],
    ],
  },
  participation: {
    th: ["Participation des femmes à la vie publique", "Women's participation"], sdg: ["5.5"], grp: ["Femmes", "Women"], lead: "MFFE",
    acts: [
      ["Application de la loi sur le quota de 30 % sur les listes électorales", null, "MISP", "ongoing", "cont"],
      ["Formation de 500 femmes candidates aux élections locales", null, "MFFE", "done", "2023-11-30"],
    ],
  },
  srh: {
    th: ["Santé sexuelle et reproductive", "Sexual and reproductive health"], sdg: ["3.7", "5.6"], grp: ["Femmes et filles", "Women and girls"], lead: "MSP",
    acts: [
      ["Gratuité de la planification familiale dans les centres de santé publics", null, "MSP", "done", "2021-06-30"],
      ["Recrutement de sages-femmes pour les districts ruraux", null, "MSP", "ongoing", "2025-12-31"],
    ],
  },
  rural: {
    th: ["Femmes rurales", "Rural women"], sdg: ["5.a", "1.4"], grp: ["Femmes rurales", "Rural women"], lead: "MFFE",
    acts: [
      ["Programme d'accès des femmes rurales au foncier (certificats fonciers)", null, "MAGRI", "ongoing", "2026-06-30"],
      ["Fonds national de crédit pour les femmes : 12 000 bénéficiaires", null, "MFFE", "done", "2024-12-31"],
    ],
  },
  marriage: {
    th: ["Mariage d'enfants", "Child marriage"], sdg: ["5.3"], grp: ["Filles", "Girls"], lead: "MFFE",
    acts: [
      ["Projet de loi fixant l'âge du mariage à 18 ans (révision du Code des personnes et de la famille)", null, "MJDH", "ongoing", "2026-12-31"],
      ["Campagne « Laissez les filles grandir » dans 6 régions", null, "MFFE", "done", "2023-12-31"],
      ["Comités villageois de veille contre le mariage d'enfants", null, "MASS", "ongoing", "cont"],
    ],
  },
  birth: {
    th: ["Enregistrement des naissances", "Birth registration"], sdg: ["16.9"], grp: ["Enfants", "Children"], lead: "MISP",
    acts: [
      ["Audiences foraines de délivrance de jugements supplétifs d'acte de naissance", null, "MJDH", "done", "2023-06-30"],
      ["Décret sur la gratuité de l'enregistrement des naissances dans les délais", null, "MISP", "done", "2022-03-31"],
      ["Numérisation de l'état civil (phase pilote dans 3 régions)", null, "DEC", "ongoing", "2025-09-30"],
    ],
  },
  corporal: {
    th: ["Châtiments corporels", "Corporal punishment"], sdg: ["16.2"], grp: ["Enfants", "Children"], lead: "MFFE",
    acts: [
      ["Circulaire interdisant les châtiments corporels à l'école", null, "MEN", "done", "2020-10-01"],
      ["Interdiction intégrée au projet de Code de protection de l'enfant", null, "MFFE", "ongoing", "2025-12-31"],
    ],
  },
  childlabour: {
    th: ["Travail des enfants", "Child labour"], sdg: ["8.7"], grp: ["Enfants", "Children"], lead: "MTEFP",
    acts: [
      ["Actualisation de la liste des travaux dangereux interdits aux enfants", null, "MTEFP", "done", "2022-12-31"],
      ["Contrôles de l'inspection du travail sur les sites d'orpaillage", null, "MTEFP", "ongoing", "cont"],
      ["Retrait et réinsertion scolaire d'enfants des sites miniers", null, "MASS", "ongoing", "2025-12-31"],
    ],
  },
  street: {
    th: ["Enfants en situation de rue", "Children in street situations"], sdg: ["16.2", "8.7"], grp: ["Enfants", "Children"], lead: "MASS",
    acts: [
      ["Recensement des enfants en situation de rue à Port-Sérène", null, "MASS", "done", "2023-04-30"],
      ["Cahier des charges applicable aux foyers coraniques", null, "MEN", "planned", "2025-12-31"],
    ],
  },
  childcode: {
    th: ["Cadre législatif — enfance", "Legislative framework — children"], sdg: ["16.2"], grp: ["Enfants", "Children"], lead: "MFFE",
    acts: [
      ["Validation de l'avant-projet de Code de protection de l'enfant", null, "MFFE", "done", "2022-07-31"],
      ["Adoption du Code de protection de l'enfant en Conseil des ministres", null, "MFFE", "ongoing", "2025-06-30"],
    ],
  },
  childpolicy: {
    th: ["Politique de l'enfance", "Child policy"], sdg: ["16.2", "17.18"], grp: ["Enfants", "Children"], lead: "MFFE",
    acts: [
      ["Élaboration de la Politique nationale de protection de l'enfant 2024-2030", null, "MFFE", "done", "2024-04-30"],
      ["Base de données nationale sur la protection de l'enfance", null, "INSV", "ongoing", "2026-06-30"],
    ],
  },
  childviolence: {
    th: ["Violence à l'égard des enfants", "Violence against children"], sdg: ["16.2"], grp: ["Enfants", "Children"], lead: "MFFE",
    acts: [["Stratégie nationale de protection de l'enfant contre les violences et l'exploitation sexuelles", null, "MFFE", "ongoing", "2025-12-31"]],
  },
  care: {
    th: ["Protection de remplacement", "Alternative care"], sdg: ["16.2"], grp: ["Enfants privés de milieu familial", "Children without parental care"], lead: "MASS",
    acts: [["Arrêté fixant les normes minimales des centres d'accueil d'enfants", null, "MASS", "planned", "2025-12-31"]],
  },
  juvjustice: {
    th: ["Justice pour mineurs", "Juvenile justice"], sdg: ["16.3"], grp: ["Enfants en conflit avec la loi", "Children in conflict with the law"], lead: "MJDH",
    acts: [
      ["Aménagement de quartiers pour mineurs dans 5 maisons d'arrêt", "Separate juvenile wings in 5 remand prisons", "DGAP", "ongoing", "2025-12-31"],
      ["Projet de loi relevant l'âge de la responsabilité pénale", "Bill raising the minimum age of criminal responsibility", "MJDH", "planned", "2026-12-31"],
    ],
  },
  press: {
    th: ["Liberté d'expression", "Freedom of expression"], sdg: ["16.10"], grp: ["Journalistes", "Journalists"], lead: "MCOM",
    acts: [
      ["Relecture du Code de l'information (dépénalisation des délits de presse)", null, "MCOM", "ongoing", "2025-12-31"],
      ["Formation des journalistes sur l'éthique et la déontologie", null, "HAC", "done", "2024-05-03"],
    ],
  },
  journalists: {
    th: ["Liberté d'expression", "Freedom of expression"], sdg: ["16.10"], grp: ["Journalistes; défenseurs des droits humains", "Journalists; human rights defenders"], lead: "MJDH",
    acts: [
      ["Protocole d'enquête sur les menaces visant les journalistes", null, "MJDH", "planned", "2025-12-31"],
      ["Cadre de concertation entre forces de sécurité et organisations de presse", null, "MCOM", "done", "2024-02-29"],
    ],
  },
  hrd: {
    th: ["Défenseurs des droits de l'homme", "Human rights defenders"], sdg: ["16.10"], grp: ["Défenseurs des droits humains", "Human rights defenders"], lead: "CNDH",
    acts: [
      ["Avant-projet de loi sur la protection des défenseurs des droits de l'homme", null, "CNDH", "ongoing", "2025-12-31"],
      ["Point focal « défenseurs » désigné au sein de la CNDH", null, "CNDH", "done", "2023-12-10"],
    ],
  },
  assembly: {
    th: ["Liberté de réunion pacifique", "Freedom of peaceful assembly"], sdg: ["16.10"], grp: ["", ""], lead: "MISP",
    acts: [
      ["Formation des unités de maintien de l'ordre sur l'usage proportionné de la force", null, "POLICE", "ongoing", "cont"],
      ["Révision du décret sur les manifestations sur la voie publique", null, "MISP", "planned", "2026-03-31"],
    ],
  },
  cyber: {
    th: ["Liberté d'expression", "Freedom of expression"], sdg: ["16.10"], grp: ["", ""], lead: "MCOM",
    acts: [["Étude de conformité de la loi sur la cybercriminalité avec l'article 19 du Pacte", null, "CNDH", "planned", "2025-12-31"]],
  },
  csos: {
    th: ["Espace civique", "Civic space"], sdg: ["16.7"], grp: ["Société civile", "Civil society"], lead: "MISP",
    acts: [["Guichet unique d'enregistrement des associations", null, "MISP", "done", "2024-06-30"]],
  },
  elections: {
    th: ["Droits politiques", "Political rights"], sdg: ["16.7"], grp: ["", ""], lead: "CENI",
    acts: [["Révision du fichier électoral", null, "CENI", "ongoing", "2025-10-31"]],
  },
  opcat: {
    th: ["Instruments internationaux", "International instruments"], sdg: ["16.3", "16.a"], grp: ["Personnes privées de liberté", "Persons deprived of liberty"], lead: "MAE",
    acts: [
      ["Saisine du Conseil des ministres pour la ratification de l'OPCAT", "OPCAT ratification bill submitted to the Council of Ministers", "MAE", "ongoing", "2025-06-30"],
      ["Étude sur le modèle de mécanisme national de prévention (MNP) rattaché à la CNDH", "Study on a national preventive mechanism (NPM) within the NHRC", "CNDH", "done", "2024-11-30"],
      ["Autorisation de ratification par l'Assemblée nationale", "Ratification authorised by the National Assembly", "AN", "planned", "2025-12-31"],
    ],
  },
  ratif: {
    th: ["Instruments internationaux", "International instruments"], sdg: ["16.10", "17"], grp: ["", ""], lead: "MAE",
    acts: [
      ["Note technique sur les implications de la ratification", null, "MAE", "done", "2023-09-30"],
      ["Consultations interministérielles sur la ratification", null, "MAE", "planned", "2025-12-31"],
    ],
  },
  reporting: {
    th: ["Coopération avec les mécanismes", "Cooperation with mechanisms"], sdg: ["17.18"], grp: ["", ""], lead: "CISR",
    acts: [
      ["Soumission du rapport à mi-parcours de l'EPU", null, "CISR", "done", "2022-07-31"],
      ["Validation du 7e rapport périodique au CEDEF", null, "CISR", "ongoing", "2025-06-30"],
    ],
  },
  spinv: {
    th: ["Coopération avec les mécanismes", "Cooperation with mechanisms"], sdg: ["17"], grp: ["", ""], lead: "MAE",
    acts: [["Invitation permanente adressée aux procédures spéciales (note verbale)", null, "MAE", "done", "2020-02-28"]],
  },
  nhri: {
    th: ["Institution nationale des droits de l'homme", "National human rights institution"], sdg: ["16.a"], grp: ["", ""], lead: "CNDH",
    acts: [
      ["Révision de la loi portant création de la CNDH (autonomie financière)", "Amendment of the NHRC founding law (financial autonomy)", "MJDH", "ongoing", "2025-12-31"],
      ["Augmentation de la dotation budgétaire de la CNDH (+25 % en 2024)", "NHRC budget increased by 25% in 2024", "MEF", "done", "2024-01-31"],
      ["Dépôt du dossier d'accréditation auprès du SCA de la GANHRI", "Accreditation application filed with the GANHRI SCA", "CNDH", "planned", "2026-06-30"],
    ],
  },
  nmirf: {
    th: ["Mécanisme national de suivi", "National mechanism for follow-up"], sdg: ["17.18", "16.6"], grp: ["", ""], lead: "CISR",
    acts: [
      ["Décret portant création du Comité interministériel de suivi des recommandations (CISR)", null, "MJDH", "done", "2020-11-30"],
      ["Désignation de points focaux dans 32 ministères et institutions", null, "CISR", "done", "2021-03-31"],
      ["Mise en place d'un outil de suivi des recommandations", null, "CISR", "ongoing", "2025-12-31"],
    ],
  },
  nap: {
    th: ["Plan d'action national", "National action plan"], sdg: ["16"], grp: ["", ""], lead: "CISR",
    acts: [["Élaboration du Plan d'action national droits de l'homme 2025-2029", null, "CISR", "ongoing", "2025-09-30"]],
  },
  educ: {
    th: ["Droit à l'éducation", "Right to education"], sdg: ["4.1", "4.5", "5.1"], grp: ["Filles", "Girls"], lead: "MEN",
    acts: [
      ["Bourses et kits scolaires pour les filles du secondaire", null, "MEN", "done", "2024-10-31"],
      ["Construction de latrines séparées dans 300 écoles", null, "MEN", "ongoing", "2026-12-31"],
      ["Arrêté sur la réintégration des élèves enceintes et des mères adolescentes", null, "MEN", "planned", "2025-09-30"],
    ],
  },
  educ_conflict: {
    th: ["Droit à l'éducation", "Right to education"], sdg: ["4.1"], grp: ["Enfants; personnes déplacées internes", "Children; IDPs"], lead: "MEN",
    acts: [["Écoles temporaires et enseignement à distance par la radio dans les zones affectées", null, "MEN", "ongoing", "cont"]],
  },
  freeeduc: {
    th: ["Droit à l'éducation", "Right to education"], sdg: ["4.1"], grp: ["Enfants", "Children"], lead: "MEN",
    acts: [["Suppression des frais d'inscription dans le primaire public", null, "MEN", "done", "2020-10-01"]],
  },
  schoolviolence: {
    th: ["Droit à l'éducation", "Right to education"], sdg: ["4.a", "5.2"], grp: ["Filles", "Girls"], lead: "MEN",
    acts: [["Code de conduite des enseignants et mécanisme de signalement du harcèlement sexuel", null, "MEN", "ongoing", "2025-12-31"]],
  },
  health: {
    th: ["Droit à la santé", "Right to health"], sdg: ["3.1", "3.8"], grp: ["Femmes; enfants", "Women; children"], lead: "MSP",
    acts: [
      ["Gratuité des soins pour les enfants de moins de 5 ans et les femmes enceintes", null, "MSP", "done", "2021-03-31"],
      ["Formation de 400 agents de santé communautaires", null, "MSP", "done", "2023-12-31"],
      ["Soins obstétricaux et néonatals d'urgence dans 20 districts", null, "MSP", "ongoing", "2026-12-31"],
    ],
  },
  uhc: {
    th: ["Droit à la santé", "Right to health"], sdg: ["3.8", "1.3"], grp: ["", ""], lead: "MSP",
    acts: [["Déploiement de l'assurance maladie universelle (phase 2)", null, "MSP", "ongoing", "2026-12-31"]],
  },
  nutrition: {
    th: ["Droit à l'alimentation", "Right to food"], sdg: ["2.2"], grp: ["Enfants de moins de 5 ans", "Children under 5"], lead: "MSP",
    acts: [["Prise en charge de la malnutrition aiguë dans 90 % des districts sanitaires", null, "MSP", "ongoing", "cont"]],
  },
  poverty: {
    th: ["Pauvreté", "Poverty"], sdg: ["1.3"], grp: ["Ménages vulnérables", "Vulnerable households"], lead: "MASS",
    acts: [["Programme de filets sociaux (transferts monétaires à 60 000 ménages)", null, "MASS", "ongoing", "2025-12-31"]],
  },
  water: {
    th: ["Droit à l'eau et à l'assainissement", "Right to water and sanitation"], sdg: ["6.1", "6.2"], grp: ["Populations rurales", "Rural population"], lead: "MEA",
    acts: [["Programme d'approvisionnement en eau potable en milieu rural (1 200 forages)", null, "MEA", "ongoing", "2026-12-31"]],
  },
  food: {
    th: ["Droit à l'alimentation", "Right to food"], sdg: ["2.1", "13.1"], grp: ["Ménages vulnérables", "Vulnerable households"], lead: "MAGRI",
    acts: [["Plan de réponse à l'insécurité alimentaire 2024", null, "MAGRI", "done", "2024-09-30"]],
  },
  work: {
    th: ["Droit au travail", "Right to work"], sdg: ["8.5", "1.3"], grp: ["Femmes", "Women"], lead: "MTEFP",
    acts: [["Régime volontaire de sécurité sociale pour les travailleurs de l'économie informelle", null, "MTEFP", "ongoing", "2025-12-31"]],
  },
  stereo: {
    th: ["Stéréotypes", "Stereotypes"], sdg: ["5.1"], grp: ["Femmes", "Women"], lead: "MFFE",
    acts: [["Campagne médiatique sur le partage des rôles dans le ménage", null, "MFFE", "done", "2023-03-08"]],
  },
  nationality: {
    th: ["Nationalité", "Nationality"], sdg: ["5.1", "16.9"], grp: ["Femmes", "Women"], lead: "MJDH",
    acts: [["Projet de loi modifiant le Code de la nationalité", null, "MJDH", "planned", "2026-12-31"]],
  },
  polygamy: { th: ["Égalité et non-discrimination", "Equality and non-discrimination"], sdg: ["5.1"], grp: ["Femmes", "Women"], lead: "MJDH", acts: [] },
  data: {
    th: ["Collecte de données", "Data collection"], sdg: ["17.18"], grp: ["Enfants", "Children"], lead: "INSV",
    acts: [["Module protection de l'enfance intégré à l'enquête démographique et de santé", null, "INSV", "planned", "2026-06-30"]],
  },
  disab: {
    th: ["Droits des personnes handicapées", "Rights of persons with disabilities"], sdg: ["10.2"], grp: ["Personnes handicapées", "Persons with disabilities"], lead: "MASS",
    acts: [
      ["Adoption de la loi d'orientation sur les droits des personnes handicapées", null, "AN", "done", "2021-05-31"],
      ["Décrets d'application (carte d'invalidité, accessibilité)", null, "MASS", "ongoing", "2025-09-30"],
    ],
  },
  incl_educ: {
    th: ["Éducation inclusive", "Inclusive education"], sdg: ["4.5", "4.a"], grp: ["Enfants handicapés", "Children with disabilities"], lead: "MEN",
    acts: [
      ["Recrutement d'enseignants formés à l'éducation inclusive", null, "MEN", "planned", "2026-09-30"],
      ["Classes inclusives pilotes dans 40 écoles", null, "MEN", "done", "2024-06-30"],
    ],
  },
  access_disab: {
    th: ["Droits des personnes handicapées", "Rights of persons with disabilities"], sdg: ["11.2", "10.2"], grp: ["Personnes handicapées", "Persons with disabilities"], lead: "MASS",
    acts: [["Audit d'accessibilité des bâtiments publics de la capitale", null, "MASS", "planned", "2025-12-31"]],
  },
  trafficking: {
    th: ["Traite des personnes", "Trafficking in persons"], sdg: ["5.2", "8.7", "16.2"], grp: ["Victimes de traite", "Victims of trafficking"], lead: "MJDH",
    acts: [
      ["Formation des forces de défense et de sécurité à l'identification des victimes de traite", "Training of defence and security forces on identifying victims of trafficking", "POLICE", "done", "2024-06-30"],
      ["Plan d'action national de lutte contre la traite 2025-2029", "National action plan against trafficking 2025-2029", "MJDH", "ongoing", "2025-06-30"],
      ["Ouverture d'un centre de transit pour les victimes", "Transit centre for victims", "MASS", "planned", "2026-03-31"],
    ],
  },
  albinism: {
    th: ["Personnes atteintes d'albinisme", "Persons with albinism"], sdg: ["10.2", "16.1"], grp: ["Personnes atteintes d'albinisme", "Persons with albinism"], lead: "MASS",
    acts: [
      ["Campagne de sensibilisation contre les croyances et la discrimination", null, "CNDH", "done", "2023-06-13"],
      ["Recensement et carte de protection des personnes atteintes d'albinisme", null, "MASS", "planned", "2025-12-31"],
    ],
  },
  lgbt: { th: ["Orientation sexuelle et identité de genre", "Sexual orientation and gender identity"], sdg: ["10.3"], grp: ["Personnes LGBTI", "LGBTI persons"], lead: "MJDH", acts: [] },
  idp: {
    th: ["Personnes déplacées internes", "Internally displaced persons"], sdg: ["10.7", "16.1"], grp: ["Personnes déplacées internes", "Internally displaced persons"], lead: "MASS",
    acts: [
      ["Stratégie nationale de prise en charge des personnes déplacées internes", null, "MASS", "done", "2023-02-28"],
      ["Enregistrement biométrique des PDI", null, "MASS", "ongoing", "cont"],
    ],
  },
  custody_death: {
    th: ["Décès en détention", "Deaths in custody"], sdg: ["16.1"], grp: ["Personnes privées de liberté", "Persons deprived of liberty"], lead: "MJDH",
    acts: [["Enquête du parquet sur les décès en détention de 2023", "Prosecutor's investigation into the 2023 deaths in custody", "MJDH", "done", "2024-02-29"]],
  },
  complaints: {
    th: ["Mécanismes de plainte", "Complaints mechanisms"], sdg: ["16.3"], grp: ["Personnes privées de liberté", "Persons deprived of liberty"], lead: "DGAP",
    acts: [["Mécanisme de plainte au sein de l'administration pénitentiaire", "Complaints mechanism within the prison administration", "DGAP", "planned", "2026-06-30"]],
  },
  redress: {
    th: ["Réparation", "Redress"], sdg: ["16.3"], grp: ["Victimes de torture", "Victims of torture"], lead: "MJDH",
    acts: [["Étude préalable sur un fonds d'indemnisation des victimes", "Preliminary study on a victims' compensation fund", "MJDH", "cancelled", "2024-12-31"]],
  },
};

// ---------------------------------------------------------------------------------------------------------
// UPR recommendations, by section of the "EPU" sheet: [cycle, paragraph, recommending State(s), position, topic, text]
// position: S supported / N noted / P supported in part. Cycle 3 = A/HRC/41/9 (2019), cycle 4 = A/HRC/56/11 (2024).
const UPR_SECTIONS = [
  ["1. Justice et lutte contre l'impunité", [
    [3, "128.31", "Suisse", "S", "torture", "Incriminer la torture dans le Code pénal conformément à la définition de l'article premier de la Convention contre la torture"],
    [3, "128.32", "Canada", "S", "torture_inv", "Veiller à ce que toutes les allégations de torture et de mauvais traitements imputées aux forces de défense et de sécurité fassent l'objet d'enquêtes promptes et impartiales et que les auteurs soient poursuivis"],
    [3, "128.35", "Namibie", "S", "detention", "Prendre des mesures pour réduire la surpopulation carcérale, notamment en recourant davantage aux peines de substitution à l'emprisonnement"],
    [3, "128.36", "Allemagne", "S", "detention", "Limiter le recours à la détention provisoire et garantir que les personnes détenues soient jugées dans un délai raisonnable"],
    [3, "128.40", "Italie", "S", "dp", "Maintenir le moratoire de fait sur les exécutions en vue de l'abolition de la peine de mort"],
    [3, "128.41", "Portugal", "N", "dp", "Ratifier le deuxième Protocole facultatif se rapportant au Pacte international relatif aux droits civils et politiques, visant à abolir la peine de mort"],
    [3, "128.44", "Belgique", "S", "judiciary", "Renforcer l'indépendance du pouvoir judiciaire, notamment en réformant la composition du Conseil supérieur de la magistrature"],
    [3, "128.47", "Côte d'Ivoire", "S", "access", "Améliorer l'accès à la justice des populations rurales, notamment en rendant effective l'aide juridictionnelle"],
    [4, "131.20", "Mexico", "N", "dp", "Abolish the death penalty in law for all crimes"],
    [4, "131.21", "Monténégro", "N", "dp", "Ratifier le deuxième Protocole facultatif se rapportant au Pacte international relatif aux droits civils et politiques, visant à abolir la peine de mort"],
    [4, "131.22", "Uruguay", "N", "dp", "Ratifier le deuxième Protocole facultatif se rapportant au Pacte international relatif aux droits civils et politiques, visant à abolir la peine de mort"],
    [4, "131.25", "Sénégal", "S", "conditions", "Poursuivre les efforts visant à améliorer les conditions de détention, en particulier l'accès aux soins de santé, à l'eau potable et à une alimentation suffisante dans les prisons"],
    [4, "131.26", "Brésil", "S", "detention", "Adopter une politique pénale visant à réduire la surpopulation carcérale et la durée de la détention provisoire"],
    [4, "131.28", "Pays-Bas", "S", "ejk", "Mener des enquêtes indépendantes sur les allégations d'exécutions extrajudiciaires commises lors des opérations de sécurité dans le nord du pays et traduire les responsables en justice"],
    [4, "131.30", "United Kingdom of Great Britain and Northern Ireland", "S", "safeguards", "Ensure that the new Code of Criminal Procedure guarantees access to a lawyer from the outset of police custody"],
    [4, "131.31", "Chine", "S", "judiciary", "Allouer des ressources suffisantes au système judiciaire et poursuivre la lutte contre la corruption au sein de la justice"],
    [4, "131.33", "Maroc", "S", "training", "Renforcer la formation aux droits de l'homme des magistrats, des officiers de police judiciaire et du personnel pénitentiaire"],
  ]],
  ["2. Droits des femmes", [
    [3, "128.60", "Espagne\nFrance", "S", "gbv", "Adopter une loi spécifique et globale sur la prévention et la répression de toutes les formes de violence à l'égard des femmes et des filles"],
    [3, "128.61", "Islande", "N", "gbv", "Adopter une loi globale sur la violence à l'égard des femmes, qui incrimine notamment le viol conjugal"],
    [3, "128.63", "Irlande", "S", "fgm", "Éliminer la pratique des mutilations génitales féminines, notamment en appliquant strictement la loi qui les interdit et en menant des campagnes de sensibilisation auprès des communautés"],
    [3, "128.64", "Argentine", "S", "fgm", "Intensifier les efforts pour mettre fin aux mutilations génitales féminines"],
    [3, "128.66", "Norvège", "P", "family", "Réviser le Code des personnes et de la famille afin d'abroger les dispositions discriminatoires à l'égard des femmes, notamment en matière de succession et d'autorité parentale"],
    [3, "128.68", "Tunisie", "S", "participation", "Accroître la représentation des femmes aux postes de décision, notamment par l'application effective de la loi sur les quotas"],
    [3, "128.70", "Cuba", "S", "rural", "Améliorer l'accès des femmes rurales à la terre, au crédit et aux services de santé"],
    [4, "131.40", "Espagne, Belgique, Chili", "S", "gbv", "Adopter sans délai le projet de loi sur les violences basées sur le genre et en assurer la mise en œuvre effective"],
    [4, "131.41", "Iceland", "N", "gbv", "Adopt a comprehensive law on gender-based violence against women that criminalizes marital rape"],
    [4, "131.43", "Chili", "S", "shelters", "Renforcer la prise en charge des victimes de violences basées sur le genre, notamment en créant des centres d'accueil et des unités spécialisées au sein de la police"],
    [4, "131.44", "Italie", "S", "fgm", "Poursuivre les efforts visant à éliminer les mutilations génitales féminines, y compris par la poursuite systématique des auteurs"],
    [4, "131.46", "Belgique", "N", "family", "Abroger toutes les dispositions discriminatoires du Code des personnes et de la famille"],
    [4, "131.48", "Philippines", "S", "participation", "Prendre des mesures pour accroître la participation des femmes à la vie politique et publique"],
    [4, "131.49", "Finlande", "S", "srh", "Garantir l'accès des femmes et des filles aux services de santé sexuelle et reproductive, y compris dans les zones rurales"],
  ]],
  ["3. Droits de l'enfant", [
    [3, "128.80", "Sierra Leone; Rwanda", "S", "marriage", "Fixer à 18 ans l'âge minimum légal du mariage pour les filles comme pour les garçons"],
    [3, "128.81", "Canada", "S", "marriage", "Prendre des mesures efficaces pour mettre fin aux mariages d'enfants, précoces et forcés"],
    [3, "128.83", "Mexique", "S", "birth", "Améliorer l'enregistrement des naissances, notamment dans les zones rurales, en rendant la procédure gratuite et accessible"],
    [3, "128.84", "Turquie", "S", "birth", "Renforcer l'enregistrement universel des naissances et délivrer des actes de naissance aux enfants qui n'en ont pas"],
    [3, "128.86", "Estonie", "N", "corporal", "Interdire expressément les châtiments corporels dans tous les contextes, y compris à la maison"],
    [3, "128.88", "États-Unis d'Amérique", "S", "childlabour", "Lutter contre le travail des enfants, en particulier sur les sites d'orpaillage et dans l'agriculture"],
    [3, "128.90", "Ghana", "S", "street", "Renforcer la protection des enfants en situation de rue et des enfants confiés à des foyers coraniques contre l'exploitation et la mendicité forcée"],
    [4, "131.55", "Sierra Leone", "S", "marriage", "Relever l'âge légal du mariage à 18 ans pour les filles et les garçons, sans exception"],
    [4, "131.56", "Zambie", "S", "marriage", "Relever l'âge légal du mariage à 18 ans pour les filles et les garçons, sans exception"],
    [4, "131.58", "Maldives", "S", "birth", "Make birth registration free and universal and strengthen the civil registration system, including through mobile registration units"],
    [4, "131.60", "Égypte", "S", "childcode", "Adopter le Code de protection de l'enfant et en assurer la diffusion"],
    [4, "131.61", "Slovénie", "N", "corporal", "Interdire les châtiments corporels dans tous les contextes"],
    [4, "131.63", "Japon", "S", "childlabour", "Renforcer la lutte contre les pires formes de travail des enfants, notamment dans les mines artisanales"],
  ]],
  ["4. Libertés publiques et espace civique", [
    [3, "128.100", "France", "N", "press", "Garantir la liberté d'expression et la liberté de la presse, et dépénaliser les délits de presse"],
    [3, "128.101", "Norvège", "S", "journalists", "Veiller à ce que les journalistes et les défenseurs des droits de l'homme puissent exercer leurs activités sans crainte de représailles"],
    [3, "128.102", "Tchéquie", "S", "hrd", "Adopter une loi sur la protection des défenseurs des droits de l'homme"],
    [3, "128.104", "Allemagne", "S", "assembly", "Garantir le droit de réunion pacifique et veiller à ce que le recours à la force lors des manifestations soit conforme aux normes internationales"],
    [3, "128.106", "États-Unis d'Amérique", "N", "cyber", "Réviser la loi sur la cybercriminalité afin de la rendre conforme à l'article 19 du Pacte international relatif aux droits civils et politiques"],
    [4, "131.70", "France", "N", "press", "Dépénaliser les délits de presse et réviser le Code de l'information conformément aux normes internationales"],
    [4, "131.71", "Lituanie", "S", "journalists", "Enquêter sur toutes les attaques et menaces visant des journalistes et traduire les auteurs en justice"],
    [4, "131.72", "Canada", "S", "journalists", "Take all necessary measures to protect journalists, human rights defenders and civil society actors from harassment and arbitrary arrest"],
    [4, "131.74", "Tchéquie", "S", "hrd", "Adopter et mettre en œuvre une loi sur la protection des défenseurs des droits de l'homme"],
    [4, "131.74", "Irlande", "S", "hrd", "Adopter et mettre en œuvre une loi sur la protection des défenseurs des droits de l'homme"],
    [4, "131.76", "Australie", "N", "cyber", "Réviser la loi de 2021 sur la cybersécurité et la cybercriminalité afin qu'elle ne puisse servir à restreindre la liberté d'expression en ligne"],
    [4, "131.77", "Suisse", "S", "csos", "Veiller à ce que les organisations de la société civile puissent s'enregistrer et fonctionner librement"],
    [4, "131.79", "Inde", "S", "elections", "Garantir la tenue d'élections libres, transparentes et inclusives"],
  ]],
  ["5. Cadre institutionnel et instruments internationaux", [
    [3, "128.1", "Danemark; Estonie; Ghana", "S", "opcat", "Ratifier le Protocole facultatif se rapportant à la Convention contre la torture"],
    [3, "128.2", "France", "S", "ratif", "Ratifier la Convention internationale pour la protection de toutes les personnes contre les disparitions forcées"],
    [3, "128.3", "Portugal", "N", "ratif", "Ratifier le Protocole facultatif se rapportant au Pacte international relatif aux droits économiques, sociaux et culturels"],
    [3, "128.6", "Rwanda", "S", "reporting", "Soumettre les rapports en retard aux organes conventionnels"],
    [3, "128.7", "Lettonie", "S", "spinv", "Adresser une invitation permanente aux titulaires de mandat au titre des procédures spéciales"],
    [3, "128.12", "Togo, Niger", "S", "nhri", "Mettre la Commission nationale des droits de l'homme en pleine conformité avec les Principes de Paris, notamment en lui allouant des ressources suffisantes"],
    [3, "128.13", "Indonésie", "S", "nhri", "Renforcer l'indépendance et les moyens financiers de la Commission nationale des droits de l'homme"],
    [3, "128.15", "Paraguay", "S", "nmirf", "Mettre en place un mécanisme national chargé de l'établissement des rapports et du suivi des recommandations"],
    [4, "131.1", "Denmark; Estonia", "S", "opcat", "Ratify the Optional Protocol to the Convention against Torture and establish a national preventive mechanism"],
    [4, "131.2", "Costa Rica", "S", "opcat", "Ratifier le Protocole facultatif se rapportant à la Convention contre la torture et désigner un mécanisme national de prévention"],
    [4, "131.4", "Équateur", "S", "ratif", "Ratifier le Protocole facultatif se rapportant à la Convention relative aux droits des personnes handicapées"],
    [4, "131.6", "Indonésie", "N", "ratif", "Ratifier la Convention internationale sur la protection des droits de tous les travailleurs migrants et des membres de leur famille"],
    [4, "131.9", "Togo", "S", "nhri", "Doter la Commission nationale des droits de l'homme des ressources humaines et financières nécessaires pour obtenir le statut A"],
    [4, "131.10", "Paraguay", "S", "nmirf", "Renforcer le Comité interministériel de suivi des recommandations afin qu'il dispose de ressources suffisantes et d'un outil de suivi de la mise en œuvre"],
    [4, "131.12", "Géorgie", "S", "nap", "Adopter un plan d'action national pour les droits de l'homme"],
  ]],
  ["6. Droits économiques, sociaux et culturels", [
    [3, "128.120", "Qatar", "S", "educ", "Poursuivre les efforts pour garantir l'accès de tous les enfants, en particulier des filles, à une éducation de base de qualité"],
    [3, "128.121", "Botswana", "S", "educ", "Prendre des mesures pour maintenir les filles à l'école, notamment en luttant contre les grossesses précoces et le harcèlement en milieu scolaire"],
    [3, "128.123", "Viet Nam", "S", "health", "Améliorer l'accès aux soins de santé de base, en particulier la santé maternelle et infantile, dans les zones rurales"],
    [3, "128.125", "Pakistan", "S", "poverty", "Poursuivre la mise en œuvre de la stratégie nationale de réduction de la pauvreté"],
    [3, "128.126", "Espagne", "S", "water", "Garantir l'accès à l'eau potable et à l'assainissement pour tous"],
    [3, "128.128", "Chine", "S", "uhc", "Renforcer les mesures de protection sociale, notamment la couverture maladie universelle"],
    [4, "131.90", "Qatar", "S", "educ", "Continuer à renforcer l'accès à une éducation inclusive et de qualité pour les filles, en particulier en milieu rural"],
    [4, "131.91", "Norway", "S", "educ_conflict", "Ensure continuity of education for children affected by school closures in conflict-affected areas"],
    [4, "131.93", "Cuba", "S", "uhc", "Poursuivre l'extension de la couverture sanitaire universelle"],
    [4, "131.94", "Sri Lanka", "S", "health", "Réduire la mortalité maternelle et néonatale en renforçant les soins obstétricaux d'urgence"],
    [4, "131.96", "Fidji", "S", "food", "Garantir le droit à une alimentation suffisante face aux effets des changements climatiques"],
    [4, "131.98", "Égypte", "S", "food", "Renforcer la sécurité alimentaire et nutritionnelle des ménages vulnérables"],
  ]],
  ["7. Personnes handicapées, traite et groupes vulnérables", [
    [3, "128.140", "Chypre", "S", "disab", "Adopter une loi d'orientation sur la promotion et la protection des droits des personnes handicapées"],
    [3, "128.141", "Malaisie", "S", "incl_educ", "Garantir l'accès des enfants handicapés à l'éducation inclusive"],
    [3, "128.143", "Bélarus", "S", "trafficking", "Renforcer la lutte contre la traite des personnes, notamment par la formation des forces de l'ordre et la protection des victimes"],
    [3, "128.144", "États-Unis d'Amérique", "S", "trafficking", "Poursuivre et punir les auteurs de traite des êtres humains et fournir une assistance adéquate aux victimes"],
    [3, "128.146", "Malawi", "S", "albinism", "Protéger les personnes atteintes d'albinisme contre les attaques et la discrimination"],
    [3, "128.148", "Islande", "N", "lgbt", "Dépénaliser les relations sexuelles consenties entre personnes de même sexe"],
    [4, "131.110", "Chypre", "S", "disab", "Adopter les textes d'application de la loi d'orientation sur les droits des personnes handicapées"],
    [4, "131.111", "Ireland", "S", "access_disab", "Ensure the accessibility of public buildings and public transport for persons with disabilities"],
    [4, "131.113", "Bélarus", "S", "trafficking", "Adopter un plan d'action national de lutte contre la traite des personnes et allouer les ressources nécessaires à sa mise en œuvre"],
    [4, "131.115", "Suisse", "S", "idp", "Garantir la protection des personnes déplacées internes et leur accès aux services de base"],
    [4, "131.117", "Malawi", "S", "albinism", "Protect persons with albinism from attacks and ensure that perpetrators are prosecuted"],
    [4, "131.119", "Mexique", "N", "lgbt", "Dépénaliser les relations sexuelles entre adultes consentants de même sexe et lutter contre la discrimination fondée sur l'orientation sexuelle"],
  ]],
];

// Treaty bodies: [paragraph, follow-up?, topic, text]
const CEDAW = [
  ["12 (a)", false, "family", "Accélérer l'adoption du projet de révision du Code des personnes et de la famille afin d'abroger toutes les dispositions discriminatoires à l'égard des femmes"],
  ["12 (b)", false, "family", "Adopter, dans la Constitution ou dans une loi, une définition de la discrimination à l'égard des femmes conforme à l'article premier de la Convention"],
  ["14", false, "nhri", "Veiller à ce que la Commission nationale des droits de l'homme dispose d'un mandat clair en matière d'égalité des sexes et de ressources suffisantes, conformément aux Principes de Paris"],
  ["18 (a)", false, "access", "Renforcer l'accès des femmes à la justice, notamment par l'aide juridictionnelle gratuite et la sensibilisation des femmes à leurs droits"],
  ["20", false, "stereo", "Adopter une stratégie globale visant à éliminer les stéréotypes discriminatoires concernant les rôles des femmes et des hommes dans la famille et dans la société"],
  ["22 (a)", true, "gbv", "Adopter sans délai une loi globale sur la violence à l'égard des femmes qui incrimine notamment le viol conjugal"],
  ["22 (c)", false, "shelters", "Créer des centres d'accueil en nombre suffisant pour les femmes victimes de violence et leurs enfants sur l'ensemble du territoire"],
  ["24 (a)", true, "fgm", "Appliquer strictement la loi interdisant les mutilations génitales féminines et poursuivre les auteurs, y compris les exciseuses"],
  ["24 (b)", false, "fgm", "Mener des campagnes de sensibilisation auprès des chefs traditionnels et religieux sur les effets néfastes des mutilations génitales féminines"],
  ["26", false, "trafficking", "Renforcer la lutte contre la traite des femmes et des filles, notamment en adoptant un plan d'action national et en garantissant l'identification précoce des victimes"],
  ["28 (a)", false, "participation", "Adopter des mesures temporaires spéciales, y compris des quotas, pour accélérer la représentation des femmes au Parlement, au Gouvernement et dans l'administration"],
  ["30", false, "nationality", "Modifier le Code de la nationalité afin de permettre aux femmes de transmettre leur nationalité à leur conjoint étranger dans les mêmes conditions que les hommes"],
  ["32 (a)", false, "educ", "Réduire le taux d'abandon scolaire des filles, notamment en luttant contre les grossesses précoces et en garantissant la réintégration des mères adolescentes à l'école"],
  ["32 (c)", false, "schoolviolence", "Éliminer le harcèlement sexuel et les violences sexuelles en milieu scolaire"],
  ["34", false, "work", "Améliorer l'accès des femmes au marché du travail formel et étendre la protection sociale aux travailleuses du secteur informel"],
  ["36 (b)", false, "srh", "Garantir l'accès des femmes et des adolescentes aux services de santé sexuelle et reproductive et à la contraception moderne, y compris dans les zones rurales"],
  ["38", false, "rural", "Garantir l'accès des femmes rurales à la propriété foncière, au crédit et aux programmes de développement"],
  ["40 (a)", true, "marriage", "Fixer l'âge minimum du mariage à 18 ans pour les femmes et les hommes"],
  ["40 (b)", false, "polygamy", "Interdire la polygamie, conformément à la recommandation générale n° 21 du Comité"],
  ["42", false, "ratif", "Accept, as soon as possible, the amendment to article 20, paragraph 1, of the Convention concerning the meeting time of the Committee"],
];
const CRC = [
  ["7", false, "childcode", "Adopter le projet de Code de protection de l'enfant et veiller à ce que toutes les dispositions de la législation nationale soient conformes à la Convention"],
  ["9", false, "childpolicy", "Élaborer une politique globale de l'enfance assortie d'une stratégie et de ressources suffisantes pour sa mise en œuvre"],
  ["11 (a)", false, "childpolicy", "Établir un organe de coordination interministérielle des droits de l'enfant doté d'un mandat clair et de ressources suffisantes"],
  ["13", false, "data", "Establish a comprehensive data collection system, with data disaggregated by age, sex, disability, geographical location and socioeconomic background"],
  ["15 (b)", false, "nhri", "Veiller à ce que la Commission nationale des droits de l'homme dispose d'un mécanisme spécifique pour recevoir et traiter les plaintes des enfants"],
  ["18", true, "marriage", "Fixer à 18 ans l'âge minimum du mariage pour les filles et les garçons et mener des campagnes de sensibilisation sur les effets néfastes du mariage d'enfants"],
  ["20 (a)", true, "birth", "Rendre l'enregistrement des naissances gratuit et universel, y compris l'enregistrement tardif, et renforcer les centres d'état civil dans les zones rurales"],
  ["22", false, "corporal", "Interdire expressément les châtiments corporels dans tous les contextes, y compris au sein de la famille, à l'école et dans les structures de protection de remplacement"],
  ["24 (a)", false, "childviolence", "Adopter une stratégie nationale de prévention et de répression des violences, des abus et de l'exploitation sexuels à l'égard des enfants"],
  ["25 (b)", false, "fgm", "Éliminer les mutilations génitales féminines, notamment dans les régions où leur prévalence reste élevée, et poursuivre les auteurs"],
  ["27", false, "care", "Renforcer la protection de remplacement de type familial et fixer des normes minimales pour les institutions d'accueil"],
  ["29 (c)", false, "incl_educ", "Garantir l'accès des enfants handicapés à l'éducation inclusive et aux services de réadaptation"],
  ["31 (a)", false, "health", "Réduire la mortalité infantile et maternelle en renforçant les soins prénatals et postnatals"],
  ["31 (d)", false, "nutrition", "Lutter contre la malnutrition chronique des enfants de moins de cinq ans"],
  ["33", false, "freeeduc", "Garantir la gratuité effective de l'enseignement primaire et supprimer les frais de scolarité indirects"],
  ["35 (a)", false, "street", "Protéger les enfants en situation de rue contre la mendicité forcée et l'exploitation, y compris dans certains foyers coraniques"],
  ["37 (b)", false, "childlabour", "Éliminer les pires formes de travail des enfants, notamment sur les sites d'orpaillage, et renforcer l'inspection du travail"],
  ["39", false, "trafficking", "Renforcer la lutte contre la traite des enfants, notamment la traite transfrontalière"],
  ["41 (a)", false, "juvjustice", "Relever l'âge minimum de la responsabilité pénale à au moins 14 ans et veiller à ce que la privation de liberté des enfants ne soit qu'une mesure de dernier ressort"],
  ["41 (c)", false, "juvjustice", "Veiller à ce que les enfants soient séparés des adultes dans tous les lieux de détention"],
];
const CAT_SECTIONS = [
  ["A. Legal and institutional framework", [
    ["9 (a)", false, "torture", "Adopt a definition of torture that fully conforms with article 1 of the Convention and make torture a specific offence punishable by penalties commensurate with its gravity"],
    ["9 (b)", false, "torture", "Ensure that the prohibition of torture is absolute and non-derogable and that torture is not subject to any statute of limitations"],
    ["11", true, "opcat", "Ratify the Optional Protocol to the Convention and establish an effective national preventive mechanism"],
    ["13", false, "nhri", "Strengthen the independence of the National Human Rights Commission, in line with the Paris Principles, and provide it with adequate resources"],
  ]],
  ["B. Fundamental legal safeguards and conditions of detention", [
    ["15 (a)", true, "safeguards", "Ensure that all detainees enjoy, in law and in practice, all fundamental legal safeguards from the very outset of deprivation of liberty, including access to a lawyer"],
    ["15 (b)", false, "safeguards", "Ensure that police custody does not exceed the legal limit of 48 hours and that detainees are promptly brought before a judge"],
    ["17", false, "detention", "Reduce the use and length of pretrial detention and promote non-custodial measures"],
    ["19 (a)", true, "detention", "Reduce prison overcrowding, including by making greater use of alternatives to imprisonment"],
    ["19 (b)", false, "conditions", "Improve material conditions in all places of detention, including access to food, drinking water, sanitation and health care"],
    ["19 (c)", false, "juvjustice", "Ensure the separation of juveniles from adults and of pretrial detainees from convicted prisoners"],
    ["21", false, "custody_death", "Investigate all deaths in custody promptly and impartially"],
  ]],
  ["C. Accountability, redress and other issues", [
    ["23 (a)", false, "torture_inv", "Ensure prompt, impartial and effective investigations into all allegations of torture and ill-treatment by law enforcement officers and members of the defence forces"],
    ["23 (b)", false, "complaints", "Establish an independent and effective complaints mechanism for persons deprived of their liberty"],
    ["25", false, "ejk", "Conduct independent investigations into allegations of extrajudicial killings and enforced disappearances committed during counter-terrorism operations"],
    ["27", false, "safeguards", "Ensure that statements obtained under torture are inadmissible as evidence in practice"],
    ["29 (a)", false, "redress", "Provide victims of torture with redress, including fair and adequate compensation and the means for as full rehabilitation as possible"],
    ["31", false, "trafficking", "Strengthen measures to combat trafficking in persons and ensure the protection of victims"],
    ["33 (a)", false, "fgm", "Ensure that all cases of gender-based violence, including female genital mutilation, are thoroughly investigated and perpetrators prosecuted"],
    ["35", false, "training", "Provide mandatory training on the Convention and the Istanbul Protocol to law enforcement officials, prison staff, judges and medical personnel"],
    ["37", false, "dp", "Commute all death sentences and consider abolishing the death penalty"],
  ]],
];

// Near-duplicate groups (same ask from several mechanisms or cycles): gold clusters for tests.
const DUP_GROUPS = {
  opcat_ratification: ["UPR:128.1", "UPR:131.1", "UPR:131.2", "CAT:11"],
  torture_definition: ["UPR:128.31", "CAT:9 (a)"],
  torture_investigations: ["UPR:128.32", "CAT:23 (a)"],
  prison_overcrowding: ["UPR:128.35", "UPR:131.26", "CAT:19 (a)"],
  pretrial_detention: ["UPR:128.36", "CAT:17"],
  detention_conditions: ["UPR:131.25", "CAT:19 (b)"],
  death_penalty_op2: ["UPR:128.41", "UPR:131.21", "UPR:131.22"],
  death_penalty_abolition: ["UPR:131.20", "CAT:37"],
  extrajudicial_killings: ["UPR:131.28", "CAT:25"],
  lawyer_from_custody: ["UPR:131.30", "CAT:15 (a)"],
  training_officials: ["UPR:131.33", "CAT:35"],
  nhri_paris_principles: ["UPR:128.12", "UPR:128.13", "UPR:131.9", "CAT:13"],
  gbv_law: ["UPR:128.60", "UPR:128.61", "UPR:131.40", "UPR:131.41", "CEDAW:22 (a)"],
  gbv_shelters: ["UPR:131.43", "CEDAW:22 (c)"],
  fgm: ["UPR:128.63", "UPR:128.64", "UPR:131.44", "CEDAW:24 (a)", "CRC:25 (b)", "CAT:33 (a)"],
  family_code: ["UPR:128.66", "UPR:131.46", "CEDAW:12 (a)"],
  women_participation: ["UPR:128.68", "UPR:131.48", "CEDAW:28 (a)"],
  srh_services: ["UPR:131.49", "CEDAW:36 (b)"],
  rural_women: ["UPR:128.70", "CEDAW:38"],
  child_marriage: ["UPR:128.80", "UPR:128.81", "UPR:131.55", "UPR:131.56", "CEDAW:40 (a)", "CRC:18"],
  birth_registration: ["UPR:128.83", "UPR:128.84", "UPR:131.58", "CRC:20 (a)"],
  corporal_punishment: ["UPR:128.86", "UPR:131.61", "CRC:22"],
  child_labour: ["UPR:128.88", "UPR:131.63", "CRC:37 (b)"],
  street_children: ["UPR:128.90", "CRC:35 (a)"],
  child_code: ["UPR:131.60", "CRC:7"],
  press_offences: ["UPR:128.100", "UPR:131.70"],
  journalists_safety: ["UPR:128.101", "UPR:131.71", "UPR:131.72"],
  hrd_law: ["UPR:128.102", "UPR:131.74"],
  cybercrime_law: ["UPR:128.106", "UPR:131.76"],
  girls_education: ["UPR:128.120", "UPR:128.121", "UPR:131.90", "CEDAW:32 (a)"],
  maternal_health: ["UPR:128.123", "UPR:131.94", "CRC:31 (a)"],
  universal_health_coverage: ["UPR:128.128", "UPR:131.93"],
  disability_law: ["UPR:128.140", "UPR:131.110"],
  inclusive_education: ["UPR:128.141", "CRC:29 (c)"],
  trafficking: ["UPR:128.143", "UPR:128.144", "UPR:131.113", "CEDAW:26", "CAT:31"],
  albinism: ["UPR:128.146", "UPR:131.117"],
  same_sex_relations: ["UPR:128.148", "UPR:131.119"],
  juvenile_separation: ["CRC:41 (c)", "CAT:19 (c)"],
  nmirf: ["UPR:128.15", "UPR:131.10"],
  food_security: ["UPR:131.96", "UPR:131.98"],
};

// ---------------------------------------------------------------------------------------------------------
// Deliberate one-off messes, keyed "MECH:paragraph" (or "MECH:paragraph#n" for the n-th row of a split paragraph).
// acts: exact number of activities; actPick: which activities of the topic (default: the first ones); actFix: {index: {field: value}} patches an activity after rendering.
const OVERRIDES = {
  "UPR:128.31": { acts: 2, level: "en cour", levelMess: "status_typo" },
  "UPR:128.40": { acts: 0, level: "Mise en œuvre", obs: "Moratoire respecté : aucune exécution depuis 1993" },
  "UPR:128.44": { acts: 1, instFirst: "MJ/DH", naFormula: true },
  "UPR:128.60": { acts: 3, actFix: { 0: { deadline: "31/12/2021" } } },
  "UPR:128.63": { acts: 2, actFix: { 1: { status: "en cour", statusMess: "status_typo" } } },
  "UPR:128.66": { acts: 2, sdg: "5, 10", obs: "Acceptée en partie (voir additif A/HRC/41/9/Add.1)" },
  "UPR:128.81": { acts: 2, actFix: { 0: { status: "En cours ", statusMess: "trailing_space" } } },
  "UPR:128.88": { acts: 3, actFix: { 2: { deadline: "T3 2025" } } },
  "UPR:128.102": { acts: 2, actFix: { 0: { deadline: "déc. 2025" } } },
  "UPR:128.125": { acts: 0, noText: true, level: "En cours" },
  "UPR:128.143": { acts: 2, actFix: { 0: { obs: "+ de 200 agents formés", obsMess: "formula_like_text" } } },
  "UPR:131.1": { acts: 3, actFix: { 2: { deadline: "fin 2025" } } },
  "UPR:131.33": { acts: 2, actFix: { 0: { deadline: "31/02/2025", deadlineMess: "impossible_date" } } },
  "UPR:131.40": { acts: 3, actFix: { 2: { deadline: "2025-06-30" } } },
  "UPR:131.46": { acts: 0, level: "Non entamée" },
  "UPR:131.55": { acts: 1, obs: "= idem 128.80 (déjà acceptée au 3e cycle)", obsMess: "formula_like_text" },
  "UPR:131.60": { acts: 2, actFix: { 1: { deadline: "fin 2026" } } },
  "UPR:131.71": { dupNo: true },
  "UPR:131.110": { actPick: [1] },
  "UPR:131.113": { actPick: [1, 2] },
  "UPR:131.94": { actPick: [2] },
  "UPR:131.10": { actPick: [2], actFix: { 0: { obs: "Outil de suivi : tableur partagé en attendant une solution pérenne" } } },
  "CAT:15 (b)": { actPick: [1] },
  "CEDAW:22 (a)": { acts: 3, actFix: { 2: { deadline: "T3 2025" } } },
  "CEDAW:40 (b)": { acts: 0 },
  "CRC:18": { acts: 2 },
  "CRC:31 (d)": { acts: 0, hidden: true },
  "CRC:39": { acts: 1, level: "À vérifier", levelMess: "unknown_status" },
  "CAT:11": { acts: 3 },
  "CAT:19 (a)": { acts: 2, level: "In progres", levelMess: "status_typo" },
  "CAT:29 (a)": { acts: 1 },
  "CAT:21": { acts: 1, actFix: { 0: { deadline: "29/02/2024", deadlineMess: "valid_leap_day" } } },
};

// Paragraphs the user typed as numbers (Excel kept them as numbers). 131.110 loses its trailing zero.
const NUMERIC_PARAGRAPHS = new Set(["128.123", "128.126", "128.128", "131.110", "131.111", "131.113", "131.115", "131.117", "131.119"]);

// ---------------------------------------------------------------------------------------------------------
// Renderers: how staff typed things
const MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n) => String(n).padStart(2, "0");

function renderDue(due, lang, status) {
  if (due === "cont") return lang === "fr" ? pick(["En continu", "Permanent", "Continu"]) : pick(["Ongoing", "Continuous"]);
  if (status === "done" && rnd() < 0.3) return null; // nobody fills the deadline once it is done
  const [y, m, d] = due.split("-").map(Number);
  const r = rnd();
  if (lang === "fr") {
    if (r < 0.22) return `${pad(d)}/${pad(m)}/${y}`;
    if (r < 0.36) return `${MOIS[m - 1]} ${y}`;
    if (r < 0.48) return `T${Math.ceil(m / 3)} ${y}`;
    if (r < 0.58) return m === 12 ? `fin ${y}` : `${pad(d)}/${pad(m)}/${y}`;
    if (r < 0.68) return `${y}-${pad(m)}-${pad(d)}`;
    if (r < 0.9) return new Date(Date.UTC(y, m - 1, d));
    return String(y);
  }
  if (r < 0.25) return `${d} ${MONTHS[m - 1]} ${y}`;
  if (r < 0.45) return `Q${Math.ceil(m / 3)} ${y}`;
  if (r < 0.55) return m === 12 ? `end ${y}` : `${MONTHS[m - 1]} ${y}`;
  if (r < 0.65) return `${y}-${pad(m)}-${pad(d)}`;
  return new Date(Date.UTC(y, m - 1, d));
}

const ACT_STATUS = {
  fr: {
    done: ["Réalisé", "Réalisé", "Réalisé", "réalisé", "Réalisée", "✓", "Done"],
    ongoing: ["En cours", "En cours", "En cours", "en cours", "ongoing"],
    planned: ["Prévu", "Prévu", "À venir"],
    cancelled: ["Annulé"],
  },
  en: { done: ["Done", "Done", "Completed", "✓"], ongoing: ["Ongoing", "ongoing", "In progress"], planned: ["Planned"], cancelled: ["Cancelled"] },
};
const LEVEL = {
  fr: {
    implemented: ["Mise en œuvre", "Mise en œuvre", "Mise en oeuvre"],
    partially_implemented: ["Partiellement mise en oeuvre", "Partiellement mise en œuvre"],
    in_progress: ["En cours"],
    not_started: ["Non entamée", "Non entamée", "Non entamé"],
  },
  en: { implemented: ["Implemented"], partially_implemented: ["Partially implemented"], in_progress: ["In progress"], not_started: ["Not started"] },
};

// What each implementation-level spelling means (null = not a known status).
const LEVEL_CODE = { "en cour": "in_progress", "In progres": "in_progress", "À vérifier": null };
for (const lang of ["fr", "en"]) for (const [code, list] of Object.entries(LEVEL[lang])) for (const v of list) LEVEL_CODE[v] = code;

function renderProgress(status) {
  const r = rnd();
  if (status === "done") return r < 0.5 ? "100%" : r < 0.75 ? "100 %" : { num: 1 };
  if (status === "ongoing") return pick(["40 %", "0,5", "75%", { num: 0.6 }, "50%", "30 %", "60%"]);
  if (status === "planned") return pick(["0%", "0", null, "-"]);
  return pick(["-", null]);
}

function renderSdg(items, lang) {
  const goals = [...new Set(items.map((t) => t.split(".")[0]))];
  const r = rnd();
  if (lang === "en") return r < 0.6 ? `SDG ${items.join(", ")}` : r < 0.85 ? goals.join(", ") : null;
  if (r < 0.3) return `ODD ${items.join("; ")}`;
  if (r < 0.5) return goals.join(", ");
  if (r < 0.62) return `Objectif ${goals[0]}`;
  if (r < 0.85) return items.join("; ");
  return null;
}

function levelFromActs(acts, position, poolLen) {
  if (acts.length === 0) {
    if (position === "N") return rnd() < 0.6 ? null : "not_started";
    return rnd() < 0.25 ? null : "not_started";
  }
  const st = acts.map((a) => a[3]);
  if (rnd() < 0.08) return null;
  // a noted recommendation is never "implemented" by a side activity; done steps finish the job only when none is left
  if (st.every((s) => s === "done")) return position !== "N" && acts.length === poolLen ? "implemented" : "partially_implemented";
  if (st.some((s) => s === "done")) return "partially_implemented";
  if (st.some((s) => s === "ongoing")) return "in_progress";
  return "not_started";
}

function nActs(position, poolLen) {
  const r = rnd();
  const n = position === "N" ? (r < 0.8 ? 0 : 1) : r < 0.4 ? 0 : r < 0.72 ? 1 : r < 0.92 ? 2 : 3;
  return Math.min(n, poolLen);
}

// ---------------------------------------------------------------------------------------------------------
// Workbook building with bookkeeping for the manifest
const col = (n) => {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};
const addr = (c, r) => `${col(c)}${r}`;

const manifest = {
  file: `demo/data/${FILE_NAME}`,
  generator: "demo/make-demo-data.mjs",
  seed: SEED,
  state: { name: "République de Valmora", code: "VLM", fictional: true },
  asOf: "2025-03",
  sheets: [],
  counts: {},
  recommendations: [],
  duplicateGroups: [],
  sameTextDifferentStates: [],
  messes: [],
  values: {},
};
const mess = (kind, sheet, cell, value, note) => manifest.messes.push({ kind, sheet, cell, value: value ?? null, note });
const valueLog = {}; // sheet -> header -> Set
function logValue(sheet, header, v) {
  if (v === null || v === undefined) return;
  const key = v instanceof Date ? `date:${v.toISOString().slice(0, 10)}` : typeof v === "object" ? JSON.stringify(v) : String(v);
  ((valueLog[sheet] ??= {})[header] ??= new Set()).add(key);
}

const FONT = { name: "Calibri", size: 10 };
const THIN = { style: "thin", color: { argb: "FF9E9E9E" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function setupSheet(ws, headers, widths, titleLines) {
  const width = headers.length;
  let r = 1;
  for (const [i, line] of titleLines.entries()) {
    ws.getCell(r, 1).value = line;
    ws.mergeCells(r, 1, r, width);
    ws.getCell(r, 1).font = { name: "Calibri", size: i === 0 ? 14 : 11, bold: i === 0, color: { argb: "FF1F3864" } };
    ws.getCell(r, 1).alignment = { horizontal: "center", vertical: "middle" };
    ws.getRow(r).height = i === 0 ? 22 : 16;
    r++;
  }
  r++; // blank row under the titles
  const headerRow = r;
  headers.forEach((h, i) => {
    const c = ws.getCell(headerRow, i + 1);
    c.value = h;
    c.font = { name: "Calibri", size: 10, bold: true, color: { argb: "FFFFFFFF" } };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F3864" } };
    c.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    c.border = BORDER;
  });
  ws.getRow(headerRow).height = 30;
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: headerRow, topLeftCell: addr(1, headerRow + 1) }];
  return headerRow;
}

function sectionRow(ws, r, width, title, fill) {
  ws.getCell(r, 1).value = title;
  ws.mergeCells(r, 1, r, width);
  ws.getCell(r, 1).font = { name: "Calibri", size: 11, bold: true, color: { argb: "FF1F3864" } };
  ws.getCell(r, 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
  return { row: r, title, range: `${addr(1, r)}:${addr(width, r)}` };
}

function put(ws, r, c, v, sheetName, header, extra = {}) {
  if (v === null || v === undefined || v === "") return;
  const cell = ws.getCell(r, c);
  if (typeof v === "object" && !(v instanceof Date) && "num" in v) {
    cell.value = v.num;
    cell.numFmt = "0%";
    logValue(sheetName, header, `${v.num} (number, format 0%)`);
  } else {
    cell.value = v;
    if (v instanceof Date) cell.numFmt = "dd/mm/yyyy";
    logValue(sheetName, header, v);
  }
  Object.assign(cell, extra);
}

function styleBlock(ws, r1, r2, width) {
  for (let r = r1; r <= r2; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cell.font = FONT;
      cell.alignment = { wrapText: true, vertical: "top" };
      cell.border = BORDER;
    }
  }
}

// Turns an activity tuple into the cell values of one row.
function renderActivity(act, lang) {
  const [fr, en, inst, status, due] = act;
  return {
    text: lang === "en" && en ? en : fr,
    inst: pick(INST[inst][lang]),
    status: pick(ACT_STATUS[lang][status]),
    deadline: renderDue(due, lang, status),
    progress: renderProgress(status),
    canonicalStatus: status,
    institution: inst,
  };
}

const recs = manifest.recommendations;
const keyCount = {};
function recKey(mech, para) {
  const k = `${mech}:${para}`;
  keyCount[k] = (keyCount[k] ?? 0) + 1;
  return k;
}

// A generic writer for one recommendation block. `cols` maps logical fields to 1-based columns.
function writeRec(ctx, rec) {
  const { ws, sheet, cols, width, lang, merge } = ctx;
  const key = recKey(rec.mechanism, rec.paragraph);
  const ov = OVERRIDES[key] ?? {};
  const topic = TOPIC[rec.topic];
  const pool = topic.acts;
  const n = ov.acts ?? nActs(rec.position ?? "S", pool.length);
  const chosen = ov.actPick ? ov.actPick.map((i) => pool[i]) : pool.slice(0, Math.min(n, pool.length));
  const acts = chosen.map((a) => renderActivity(a, lang));
  for (const [i, fix] of Object.entries(ov.actFix ?? {})) Object.assign(acts[Number(i)], fix);
  const levelCode = ov.level ? null : levelFromActs(chosen, rec.position, pool.length);
  const level = ov.level ?? (levelCode ? pick(LEVEL[lang][levelCode]) : null);

  const r0 = ctx.row;
  const nRows = Math.max(1, acts.length);
  const H = ctx.headers;
  // recommendation-level cells
  put(ws, r0, cols.no, rec.no, sheet, H[cols.no - 1]);
  if (!ov.noText) put(ws, r0, cols.text, rec.text, sheet, H[cols.text - 1]);
  const paraCell = NUMERIC_PARAGRAPHS.has(rec.paragraph) ? Number(rec.paragraph) : rec.paragraphCell;
  put(ws, r0, cols.para, paraCell, sheet, H[cols.para - 1]);
  if (cols.cycle) put(ws, r0, cols.cycle, rec.cycleCell, sheet, H[cols.cycle - 1]);
  if (cols.body) put(ws, r0, cols.body, rec.bodyCell, sheet, H[cols.body - 1]);
  if (cols.states) put(ws, r0, cols.states, rec.states, sheet, H[cols.states - 1]);
  if (cols.position) put(ws, r0, cols.position, rec.positionCell, sheet, H[cols.position - 1]);
  if (cols.followUp) put(ws, r0, cols.followUp, rec.followUpCell, sheet, H[cols.followUp - 1]);
  put(ws, r0, cols.theme, topic.th[lang === "fr" ? 0 : 1], sheet, H[cols.theme - 1]);
  put(ws, r0, cols.sdg, ov.sdg ?? renderSdg(topic.sdg, lang), sheet, H[cols.sdg - 1]);
  if (cols.groups) put(ws, r0, cols.groups, topic.grp[lang === "fr" ? 0 : 1] || null, sheet, H[cols.groups - 1]);
  put(ws, r0, cols.level, level, sheet, H[cols.level - 1]);
  // the lead institution is written even when there is no activity
  const leadInst = ov.instFirst ?? (acts[0]?.inst ?? pick(INST[topic.lead][lang]));
  const activityRows = [];
  for (let i = 0; i < nRows; i++) {
    const r = r0 + i;
    const a = acts[i];
    put(ws, r, cols.inst, i === 0 ? leadInst : a.inst, sheet, H[cols.inst - 1]);
    if (!a) continue;
    put(ws, r, cols.action, a.text, sheet, H[cols.action - 1]);
    put(ws, r, cols.status, a.status, sheet, H[cols.status - 1]);
    put(ws, r, cols.deadline, a.deadline, sheet, H[cols.deadline - 1]);
    if (cols.progress) put(ws, r, cols.progress, a.progress, sheet, H[cols.progress - 1]);
    if (a.obs) put(ws, r, cols.obs, a.obs, sheet, H[cols.obs - 1]);
    activityRows.push({
      row: r, status: a.status instanceof Date ? null : a.status, canonicalStatus: a.canonicalStatus,
      institution: a.institution, deadline: a.deadline instanceof Date ? `date:${a.deadline.toISOString().slice(0, 10)}` : a.deadline ?? null,
    });
    if (a.statusMess) mess(a.statusMess, sheet, addr(cols.status, r), a.status, "activity status typed with a typo / stray space");
    if (a.deadlineMess === "impossible_date") mess("impossible_date", sheet, addr(cols.deadline, r), a.deadline, "31 February does not exist: validation must flag it, not roll it over to 3 March");
    if (a.deadlineMess === "valid_leap_day") mess("valid_leap_day", sheet, addr(cols.deadline, r), a.deadline, "29/02/2024 is a real date (2024 is a leap year): must NOT be flagged");
    if (a.obsMess) mess(a.obsMess, sheet, addr(cols.obs, r), a.obs, "text that starts with + / = : must stay text (no formula injection on write-back)");
  }
  // recommendation-level observations (first row)
  let obs = ov.obs ?? rec.obs ?? null;
  if (ov.naFormula) {
    const f = `VLOOKUP(${addr(cols.inst, r0)},Listes!$C$2:$D$40,2,FALSE)`;
    ws.getCell(r0, cols.obs).value = { formula: f, result: { error: "#N/A" } };
    mess("error_cell", sheet, addr(cols.obs, r0), "#N/A", `formula =${f} with cached result #N/A ("MJ/DH" is not in the Listes sheet)`);
    mess("institution_not_in_list", sheet, addr(cols.inst, r0), "MJ/DH", "an acronym spelling found nowhere else");
    obs = null;
  }
  if (obs && !acts[0]?.obs) {
    put(ws, r0, cols.obs, obs, sheet, H[cols.obs - 1]);
    if (ov.obsMess) mess(ov.obsMess, sheet, addr(cols.obs, r0), obs, "text that starts with + / = : must stay text (no formula injection on write-back)");
  }
  styleBlock(ws, r0, r0 + nRows - 1, width);
  if (ov.levelMess) mess(ov.levelMess, sheet, addr(cols.level, r0), level, ov.levelMess === "unknown_status" ? "not a known implementation status" : "implementation level typed with a typo");
  if (ov.noText) mess("missing_text", sheet, addr(cols.text, r0), null, `row has N° ${rec.no}, paragraph ${rec.paragraph} and a status but no recommendation text`);
  if (ov.hidden) {
    ws.getRow(r0).hidden = true;
    mess("hidden_row", sheet, `${r0}:${r0}`, rec.text, "a real recommendation on a hidden row: it still counts");
  }
  let merged = null;
  if (merge && nRows > 1) {
    merged = [];
    for (const c of ctx.mergeCols) {
      ws.mergeCells(r0, c, r0 + nRows - 1, c);
      merged.push(`${addr(c, r0)}:${addr(c, r0 + nRows - 1)}`);
    }
  }
  const entry = {
    sheet, row: r0, rows: [r0, r0 + nRows - 1], mechanism: rec.mechanism, symbol: rec.symbol, paragraph: rec.paragraph,
    paragraphCell: paraCell, no: rec.no, cycle: rec.cycle ?? null, recommendingStates: rec.states ?? null,
    position: rec.position ? { S: "supported", N: "noted", P: "supported_in_part" }[rec.position] : null,
    positionCell: rec.positionCell ?? null, followUp: rec.followUp ?? false, language: rec.language,
    text: ov.noText ? null : rec.text, topic: rec.topic, level: level ?? null, levelCode: level ? LEVEL_CODE[level] ?? null : null, hidden: !!ov.hidden,
    activityRows, mergedCells: merged,
  };
  recs.push(entry);
  ctx.row += nRows;
  return entry;
}

const isEnglish = (t) => /^(Ensure|Adopt|Abolish|Make|Take|Ratify|Protect|Establish|Accept|Strengthen|Reduce|Improve|Investigate|Conduct|Provide|Commute)\b/.test(t);

// ---------------------------------------------------------------------------------------------------------
async function build() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Secrétariat technique du CISR";
  wb.lastModifiedBy = "Point focal MJDH";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.company = "République de Valmora — CISR";
  wb.title = "Matrice de suivi des recommandations";

  const TITLE = "MATRICE DE SUIVI DES RECOMMANDATIONS — RÉPUBLIQUE DE VALMORA";

  // ---------------------------------------------------------------- EPU
  {
    const sheet = "EPU";
    const ws = wb.addWorksheet(sheet, { properties: { tabColor: { argb: "FF2E75B6" } } });
    const H = ["N°", "Recommandation", "Paragraphe", "Cycle", "État(s) recommandant(s)", "Position de\nl'État", "Thématique", "ODD",
      "Groupes concernés", "Institution responsable", "Activités / mesures prises", "Statut de l'activité", "Échéance",
      "Taux de réalisation", "Niveau de mise en œuvre", "Observations"];
    const widths = [6, 55, 11, 13, 20, 12, 22, 12, 20, 22, 50, 13, 13, 11, 18, 35];
    const titles = [TITLE, "Examen périodique universel — 3e cycle (A/HRC/41/9, 2019) et 4e cycle (A/HRC/56/11, 2024) — Mise à jour : mars 2025"];
    const headerRow = setupSheet(ws, H, widths, titles);
    const cols = { no: 1, text: 2, para: 3, cycle: 4, states: 5, position: 6, theme: 7, sdg: 8, groups: 9, inst: 10, action: 11, status: 12, deadline: 13, progress: 14, level: 15, obs: 16 };
    const ctx = { ws, sheet, cols, width: H.length, lang: "fr", row: headerRow + 1, headers: H, mergeCols: [1, 2, 3, 4, 5, 6, 7, 8, 9, 15] };
    mess("header_newline", sheet, addr(6, headerRow), H[5], "header text contains a line break");
    ws.autoFilter = `${addr(1, headerRow)}:${addr(H.length, headerRow)}`;
    const sections = [];
    const blanks = [];
    let no = 0;
    for (const [si, [title, list]] of UPR_SECTIONS.entries()) {
      if (si > 0) { blanks.push(ctx.row); ctx.row++; }
      sections.push(sectionRow(ws, ctx.row, H.length, title, "FFD9E2F3"));
      ctx.row++;
      ctx.merge = si === 1; // "2. Droits des femmes": recommendation cells merged down over their activities
      for (const [cycle, para, states, pos, topic, text] of list) {
        const dup = (OVERRIDES[`UPR:${para}`] ?? {}).dupNo;
        if (!dup) no++;
        const english = isEnglish(text);
        const positionCell = cycle === 3
          ? { S: pick(["Acceptée", "Acceptée", "Acceptée", "acceptée", "Accepté"]), N: "Notée", P: "Partiellement acceptée" }[pos]
          : english ? { S: "Supported", N: "Noted" }[pos] : { S: pick(["Supported", "Supported", "Acceptée"]), N: pick(["Noted", "Notée"]) }[pos];
        const cycleCell = cycle === 3 ? pick(["3e cycle (2019)", "3e cycle (2019)", "3e cycle", 3]) : pick(["4e cycle (2024)", "4e cycle (2024)", "4e cycle", "EPU 4"]);
        const rec = {
          mechanism: "UPR", symbol: cycle === 3 ? "A/HRC/41/9" : "A/HRC/56/11", cycle, paragraph: para, paragraphCell: para,
          no, states, position: pos, positionCell, cycleCell, topic, text, language: english ? "en" : "fr",
          obs: english ? "Texte en anglais — traduction à faire" : pos === "N" ? pick(["Recommandation notée", "Notée — non prioritaire", null]) : null,
        };
        const e = writeRec(ctx, rec);
        if (dup) {
          const prev = recs[recs.length - 2];
          mess("duplicate_number", sheet, addr(1, e.row), no, `N° ${no} is used twice with different texts (also ${addr(1, prev.row)})`);
        }
      }
    }
    manifest.sheets.push({ name: sheet, language: "fr", titleRows: titles.map((t, i) => ({ row: i + 1, range: `${addr(1, i + 1)}:${addr(H.length, i + 1)}`, text: t })),
      headerRow, firstDataRow: headerRow + 1, lastRow: ctx.row - 1, headers: Object.fromEntries(H.map((h, i) => [col(i + 1), h])), sectionRows: sections, blankSeparatorRows: blanks, autoFilter: ws.autoFilter });
  }

  // ---------------------------------------------------------------- Organes de traités (CEDAW + CRC)
  {
    const sheet = "Organes de traités";
    const ws = wb.addWorksheet(sheet, { properties: { tabColor: { argb: "FF70AD47" } } });
    const H = ["N°", "Organe", "Paragraphe", "Recommandation", "Suivi prioritaire", "Thématique", "ODD", "Groupes concernés",
      "Institution responsable", "Activités / mesures prises", "Statut de l'activité", "Échéance", "Taux de réalisation",
      "Niveau de mise en œuvre", "Observations"];
    const widths = [6, 9, 10, 55, 10, 22, 12, 20, 22, 50, 13, 13, 11, 18, 35];
    const titles = [TITLE, "Organes de traités : CEDEF (CEDAW/C/VLM/CO/6) et CDE (CRC/C/VLM/CO/3-4) — Mise à jour : mars 2025"];
    const headerRow = setupSheet(ws, H, widths, titles);
    const cols = { no: 1, body: 2, para: 3, text: 4, followUp: 5, theme: 6, sdg: 7, groups: 8, inst: 9, action: 10, status: 11, deadline: 12, progress: 13, level: 14, obs: 15 };
    const ctx = { ws, sheet, cols, width: H.length, lang: "fr", row: headerRow + 1, headers: H, mergeCols: [1, 2, 3, 4, 5, 6, 7, 8, 14] };
    const sections = [];
    const blanks = [];
    let no = 0;
    const bodies = [
      ["CEDEF — Comité pour l'élimination de la discrimination à l'égard des femmes — Observations finales CEDAW/C/VLM/CO/6 (novembre 2019)", "CEDAW", "CEDAW/C/VLM/CO/6", CEDAW, "CEDEF"],
      ["CDE — Comité des droits de l'enfant — Observations finales CRC/C/VLM/CO/3-4 (février 2021)", "CRC", "CRC/C/VLM/CO/3-4", CRC, "CDE"],
    ];
    for (const [bi, [title, mech, symbol, list, acronym]] of bodies.entries()) {
      if (bi > 0) { blanks.push(ctx.row); ctx.row++; }
      sections.push(sectionRow(ws, ctx.row, H.length, title, "FFE2EFDA"));
      ctx.row++;
      ctx.merge = mech === "CRC";
      for (const [para, fu, topic, text] of list) {
        no++;
        const m = /^(\d+)(?: \(([a-z])\))?$/.exec(para);
        const paragraphCell = m[2] ? (rnd() < 0.8 ? para : `${m[1]}(${m[2]})`) : rnd() < 0.6 ? Number(m[1]) : para;
        const english = isEnglish(text);
        const rec = {
          mechanism: mech, symbol, paragraph: para, paragraphCell, no, followUp: fu,
          followUpCell: fu ? pick(["Oui", "OUI (2 ans)", "x"]) : null,
          bodyCell: mech === "CEDAW" && no === 12 ? "CEDAW" : acronym, topic, text, language: english ? "en" : "fr",
          obs: english ? "Texte copié de l'Index universel — à traduire" : fu ? "Rapport de suivi dû dans les 2 ans" : null,
        };
        const e = writeRec(ctx, rec);
        if (rec.bodyCell === "CEDAW") mess("body_label_variant", sheet, addr(cols.body, e.row), "CEDAW", 'one row says "CEDAW" where all others in the section say "CEDEF"');
      }
    }
    manifest.sheets.push({ name: sheet, language: "fr", titleRows: titles.map((t, i) => ({ row: i + 1, range: `${addr(1, i + 1)}:${addr(H.length, i + 1)}`, text: t })),
      headerRow, firstDataRow: headerRow + 1, lastRow: ctx.row - 1, headers: Object.fromEntries(H.map((h, i) => [col(i + 1), h])), sectionRows: sections, blankSeparatorRows: blanks });
  }

  // ---------------------------------------------------------------- CAT (EN)
  {
    const sheet = "CAT (EN)";
    const ws = wb.addWorksheet(sheet, { properties: { tabColor: { argb: "FFC00000" } } });
    const H = ["No.", "Para.", "Recommendation", "Follow-up (1 yr)", "Theme / Thématique", "SDG", "Lead institution", "Action taken",
      "Status", "Deadline", "Implementation level", "Remarks"];
    const widths = [6, 9, 55, 10, 22, 12, 22, 50, 12, 13, 18, 35];
    const titles = ["FOLLOW-UP MATRIX — COMMITTEE AGAINST TORTURE — CAT/C/VLM/CO/2 (2022) — REPUBLIC OF VALMORA — updated March 2025"];
    const headerRow = setupSheet(ws, H, widths, titles);
    const cols = { no: 1, para: 2, text: 3, followUp: 4, theme: 5, sdg: 6, inst: 7, action: 8, status: 9, deadline: 10, level: 11, obs: 12 };
    const ctx = { ws, sheet, cols, width: H.length, lang: "en", row: headerRow + 1, headers: H, mergeCols: [] };
    const sections = [];
    const blanks = [];
    let no = 0;
    for (const [si, [title, list]] of CAT_SECTIONS.entries()) {
      if (si > 0) { blanks.push(ctx.row); ctx.row++; }
      sections.push(sectionRow(ws, ctx.row, H.length, title, "FFFBE4D5"));
      ctx.row++;
      for (const [para, fu, topic, text] of list) {
        no++;
        const m = /^(\d+)(?: \(([a-z])\))?$/.exec(para);
        const paragraphCell = m[2] ? (rnd() < 0.8 ? para : `${m[1]}(${m[2]})`) : rnd() < 0.5 ? Number(m[1]) : para;
        writeRec(ctx, {
          mechanism: "CAT", symbol: "CAT/C/VLM/CO/2", paragraph: para, paragraphCell, no, followUp: fu,
          followUpCell: fu ? pick(["Yes", "yes", "X"]) : null, topic, text, language: "en",
          obs: fu ? "Follow-up report due May 2023 — submitted late (Oct. 2023)" : null,
        });
      }
    }
    manifest.sheets.push({ name: sheet, language: "en", titleRows: titles.map((t, i) => ({ row: i + 1, range: `${addr(1, i + 1)}:${addr(H.length, i + 1)}`, text: t })),
      headerRow, firstDataRow: headerRow + 1, lastRow: ctx.row - 1, headers: Object.fromEntries(H.map((h, i) => [col(i + 1), h])), sectionRows: sections, blankSeparatorRows: blanks });
  }

  // ---------------------------------------------------------------- Listes (lookup sheet, not recommendations)
  {
    const sheet = "Listes";
    const ws = wb.addWorksheet(sheet, { properties: { tabColor: { argb: "FF7F7F7F" } } });
    const H = ["Statut de l'activité", "Niveau de mise en œuvre", "Sigle", "Institution"];
    H.forEach((h, i) => {
      const c = ws.getCell(1, i + 1);
      c.value = h;
      c.font = { name: "Calibri", size: 10, bold: true };
    });
    ["Réalisé", "En cours", "Prévu", "Annulé"].forEach((v, i) => (ws.getCell(i + 2, 1).value = v));
    ["Mise en œuvre", "Partiellement mise en œuvre", "En cours", "Non entamée"].forEach((v, i) => (ws.getCell(i + 2, 2).value = v));
    Object.entries(INST).forEach(([k, v], i) => {
      ws.getCell(i + 2, 3).value = k;
      ws.getCell(i + 2, 4).value = v.full;
    });
    [22, 26, 10, 60].forEach((w, i) => (ws.getColumn(i + 1).width = w));
    manifest.sheets.push({ name: sheet, language: "fr", lookupOnly: true, headerRow: 1, firstDataRow: 2, lastRow: Object.keys(INST).length + 1,
      headers: Object.fromEntries(H.map((h, i) => [col(i + 1), h])), note: "controlled lists and institution acronyms; contains no recommendation" });
  }

  // ---------------------------------------------------------------- bookkeeping
  for (const [k, n] of Object.entries(keyCount)) if (n > 1) {
    const rows = recs.filter((e) => `${e.mechanism}:${e.paragraph}` === k);
    mess("paragraph_split_by_state", rows[0].sheet, rows.map((e) => addr(1, e.row)).join(", "), k, `paragraph ${k.split(":")[1]} appears on ${n} rows, one per recommending State (${rows.map((e) => e.recommendingStates).join(" / ")}), same text`);
  }
  const byText = {};
  for (const e of recs) if (e.mechanism === "UPR" && e.text) (byText[`${e.cycle}|${e.text}`] ??= []).push(e);
  for (const list of Object.values(byText)) if (list.length > 1 && new Set(list.map((e) => e.paragraph)).size > 1) {
    manifest.sameTextDifferentStates.push(list.map((e) => ({ sheet: e.sheet, row: e.row, paragraph: e.paragraph, states: e.recommendingStates })));
    mess("same_text_different_states", list[0].sheet, list.map((e) => addr(2, e.row)).join(", "), list.map((e) => e.paragraph).join(" / "), `identical text, different paragraphs and recommending States (${list.map((e) => e.recommendingStates).join(" / ")})`);
  }
  const find = (ref) => {
    const [mech, para] = ref.split(":");
    const hits = recs.filter((e) => e.mechanism === mech && e.paragraph === para);
    if (hits.length === 0) throw new Error(`duplicate group member not found: ${ref}`);
    return hits;
  };
  for (const [name, refs] of Object.entries(DUP_GROUPS)) {
    manifest.duplicateGroups.push({ name, members: refs.flatMap(find).map((e) => ({ sheet: e.sheet, row: e.row, mechanism: e.mechanism, paragraph: e.paragraph })) });
  }
  for (const key of Object.keys(OVERRIDES)) find(key);

  for (const e of recs) {
    if (typeof e.paragraphCell === "number") {
      const lossy = String(e.paragraphCell) !== e.paragraph;
      const sh = manifest.sheets.find((s) => s.name === e.sheet);
      const paraCol = Object.entries(sh.headers).find(([, h]) => /^(Paragraphe|Para\.)$/.test(h))[0];
      if (e.mechanism === "UPR") mess(lossy ? "numeric_paragraph_lossy" : "numeric_paragraph", e.sheet, `${paraCol}${e.row}`, e.paragraphCell,
        lossy ? `typed as a number: paragraph ${e.paragraph} became ${e.paragraphCell} (trailing zero lost)` : "paragraph stored as a number, not text");
    }
    if (e.sheet !== "CAT (EN)" && e.language === "en") {
      const sh = manifest.sheets.find((s) => s.name === e.sheet);
      const textCol = Object.entries(sh.headers).find(([, h]) => h === "Recommandation")[0];
      mess("english_row_in_french_sheet", e.sheet, `${textCol}${e.row}`, `${e.mechanism} ${e.paragraph}`, "recommendation left in English (copied from the UN document, not yet translated)");
    }
    if (e.recommendingStates && /[,;\n]/.test(e.recommendingStates)) mess("multi_state_cell", e.sheet, `E${e.row}`, e.recommendingStates, "several recommending States in one cell (separators: comma, semicolon or line break)");
    if (e.mergedCells) mess("merged_recommendation_cells", e.sheet, e.mergedCells.join(" "), e.paragraph, `recommendation cells merged down over ${e.activityRows.length} activity rows`);
  }
  // real date cells and the SDG / progress variants, found by walking the sheets
  for (const s of manifest.sheets.filter((x) => !x.lookupOnly)) {
    const ws = wb.getWorksheet(s.name);
    for (let r = s.firstDataRow; r <= s.lastRow; r++) {
      ws.getRow(r).eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        if (cell.value instanceof Date) mess("real_date_cell", s.name, cell.address, cell.value.toISOString().slice(0, 10), "a true Excel date (serial number, format dd/mm/yyyy)");
      });
    }
  }
  for (const s of manifest.sheets) {
    for (const t of s.titleRows ?? []) mess("title_row_merged", s.name, t.range, t.text, "title above the header, merged across the table width");
    for (const t of s.sectionRows ?? []) mess("section_row", s.name, t.range, t.title, "full-width merged section row inside the table");
    for (const b of s.blankSeparatorRows ?? []) mess("blank_separator_row", s.name, `${b}:${b}`, null, "one empty row between sections");
  }

  // counts
  const by = (m) => recs.filter((e) => e.mechanism === m);
  const withActs = recs.filter((e) => e.activityRows.length > 0);
  manifest.counts = {
    recommendationRows: recs.length,
    byMechanism: { UPR: by("UPR").length, CEDAW: by("CEDAW").length, CRC: by("CRC").length, CAT: by("CAT").length },
    uprByCycle: { 3: by("UPR").filter((e) => e.cycle === 3).length, 4: by("UPR").filter((e) => e.cycle === 4).length },
    distinctUprParagraphs: new Set(by("UPR").map((e) => `${e.cycle}:${e.paragraph}`)).size,
    followUpParagraphs: recs.filter((e) => e.followUp).map((e) => `${e.mechanism} ${e.paragraph}`),
    activities: recs.reduce((s, e) => s + e.activityRows.length, 0),
    recommendationsWithActivities: withActs.length,
    hiddenRecommendationRows: recs.filter((e) => e.hidden).length,
    recommendationRowsWithoutText: recs.filter((e) => !e.text).length,
  };
  for (const [sheet, hs] of Object.entries(valueLog)) {
    manifest.values[sheet] = {};
    for (const [h, set] of Object.entries(hs)) {
      if (/Statut|Status|Niveau|Implementation|Position|Échéance|Deadline|ODD|SDG|Taux|Cycle|Suivi|Follow|Organe|Institution|Lead/.test(h)) manifest.values[sheet][h] = [...set].sort();
    }
  }

  // write, then re-zip with fixed timestamps so that the bytes are reproducible
  const raw = await wb.xlsx.writeBuffer();
  const zin = await JSZip.loadAsync(raw);
  const zout = new JSZip();
  for (const name of Object.keys(zin.files)) {
    const f = zin.files[name];
    if (f.dir) continue;
    zout.file(name, await f.async("nodebuffer"), { date: FIXED_DATE, createFolders: false });
  }
  return zout.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 }, platform: "UNIX" });
}

// ---------------------------------------------------------------------------------------------------------
// README
function readmeGenerated() {
  const c = manifest.counts;
  const L = [];
  L.push(`Generated by \`node demo/make-demo-data.mjs\` (seed ${SEED}); do not edit by hand between the markers.`, "");
  L.push("### Counts", "");
  L.push("| | rows |", "|---|---|");
  L.push(`| UPR recommendations (cycle 3 / cycle 4) | ${c.byMechanism.UPR} (${c.uprByCycle[3]} / ${c.uprByCycle[4]}); ${c.distinctUprParagraphs} distinct paragraphs |`);
  L.push(`| CEDAW (sheet label "CEDEF") | ${c.byMechanism.CEDAW} |`, `| CRC (sheet label "CDE") | ${c.byMechanism.CRC} |`, `| CAT | ${c.byMechanism.CAT} |`);
  L.push(`| **all recommendation rows** | **${c.recommendationRows}** (incl. ${c.hiddenRecommendationRows} hidden, ${c.recommendationRowsWithoutText} without text) |`);
  L.push(`| recommendations with at least one activity | ${c.recommendationsWithActivities} |`, `| activities | ${c.activities} |`);
  L.push(`| treaty-body paragraphs flagged for follow-up | ${c.followUpParagraphs.join(", ")} |`, "");
  L.push("### Sheets", "");
  L.push("| sheet | language | title rows | header row | data rows | section rows | blank separator rows |", "|---|---|---|---|---|---|---|");
  for (const s of manifest.sheets) {
    L.push(`| ${s.name} | ${s.language} | ${(s.titleRows ?? []).map((t) => t.row).join(", ") || "—"} | ${s.headerRow} | ${s.firstDataRow}–${s.lastRow} | ${(s.sectionRows ?? []).map((t) => t.row).join(", ") || "—"} | ${(s.blankSeparatorRows ?? []).join(", ") || "—"} |`);
  }
  L.push("");
  for (const s of manifest.sheets) L.push(`- **${s.name}** headers: ${Object.entries(s.headers).map(([k, h]) => `${k} \`${h.replace(/\n/g, "\\n")}\``).join(", ")}`);
  L.push("", "### Deliberate messes (sheet!cell)", "");
  L.push("| kind | sheet | cell(s) | value | note |", "|---|---|---|---|---|");
  const esc = (v) => (v === null || v === undefined ? "" : String(v).replace(/\n/g, "\\n").replace(/\|/g, "\\|"));
  const order = ["missing_text", "duplicate_number", "unknown_status", "impossible_date", "valid_leap_day", "error_cell", "institution_not_in_list", "formula_like_text",
    "hidden_row", "status_typo", "trailing_space", "paragraph_split_by_state", "same_text_different_states", "numeric_paragraph_lossy", "numeric_paragraph",
    "body_label_variant", "english_row_in_french_sheet", "multi_state_cell", "header_newline", "merged_recommendation_cells", "real_date_cell",
    "title_row_merged", "section_row", "blank_separator_row"];
  const sorted = [...manifest.messes].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  for (const m of sorted) L.push(`| ${m.kind} | ${m.sheet} | ${m.cell} | ${esc(m.value)} | ${esc(m.note)} |`);
  L.push("", "### Near-duplicate groups (same ask across mechanisms or cycles)", "");
  for (const g of manifest.duplicateGroups) L.push(`- \`${g.name}\`: ${g.members.map((m) => `${m.mechanism} ${m.paragraph} (${m.sheet}!${m.row})`).join("; ")}`);
  L.push("", "### Values typed in the status, date and code columns", "");
  for (const [sheet, hs] of Object.entries(manifest.values)) {
    L.push(`**${sheet}**`, "");
    for (const [h, vals] of Object.entries(hs)) L.push(`- ${h.replace(/\n/g, " ")}: ${vals.map((v) => `\`${v.replace(/\n/g, "\\n")}\``).join(", ")}`);
    L.push("");
  }
  return L.join("\n");
}

const README_TEMPLATE = `# Demo data: the tracker of the République de Valmora

\`npm run demo\` runs on \`demo/data/republique-de-valmora-suivi.xlsx\`, the follow-up workbook of a **fictional**
State as an NMIRF secretariat really keeps one: in Excel, mostly in French, with title rows, merged cells,
section rows, activities written under their recommendation, free-text statuses and dates typed as text.

<!-- BEGIN GENERATED -->
<!-- END GENERATED -->
`;

function readmeText(existing) {
  const base = existing && existing.includes("<!-- BEGIN GENERATED -->") ? existing : README_TEMPLATE;
  return base.replace(/<!-- BEGIN GENERATED -->[\s\S]*<!-- END GENERATED -->/, `<!-- BEGIN GENERATED -->\n${readmeGenerated()}\n<!-- END GENERATED -->`);
}

// One line per recommendation / mess / group keeps the manifest small and diff-friendly.
function compactJson(obj) {
  const entries = Object.entries(obj);
  const lines = ["{"];
  entries.forEach(([k, v], i) => {
    const comma = i < entries.length - 1 ? "," : "";
    if (Array.isArray(v) && v.length > 0 && typeof v[0] === "object") {
      lines.push(`  ${JSON.stringify(k)}: [`);
      v.forEach((x, j) => lines.push(`    ${JSON.stringify(x)}${j < v.length - 1 ? "," : ""}`));
      lines.push(`  ]${comma}`);
    } else {
      lines.push(`  ${JSON.stringify(k)}: ${JSON.stringify(v, null, 2).replace(/\n/g, "\n  ")}${comma}`);
    }
  });
  lines.push("}");
  return lines.join("\n") + "\n";
}

// ---------------------------------------------------------------------------------------------------------
const check = process.argv.includes("--check");
const xlsx = await build();
const json = compactJson(manifest);
const readme = readmeText(existsSync(OUT_README) ? readFileSync(OUT_README, "utf8") : null);
if (check) {
  const same = (p, data) => existsSync(p) && Buffer.compare(readFileSync(p), Buffer.from(data)) === 0;
  const stale = [[OUT_XLSX, xlsx], [OUT_JSON, json], [OUT_README, readme]].filter(([p, d]) => !same(p, d)).map(([p]) => p);
  if (stale.length) {
    console.error(`demo data is stale, run node demo/make-demo-data.mjs:\n  ${stale.join("\n  ")}`);
    process.exit(1);
  }
  console.log("demo data is up to date");
} else {
  mkdirSync(dirname(OUT_XLSX), { recursive: true });
  writeFileSync(OUT_XLSX, xlsx);
  writeFileSync(OUT_JSON, json);
  writeFileSync(OUT_README, readme);
  const c = manifest.counts;
  console.log(`wrote ${OUT_XLSX} (${xlsx.length} bytes)`);
  console.log(`recommendation rows ${c.recommendationRows}: UPR ${c.byMechanism.UPR} (c3 ${c.uprByCycle[3]}, c4 ${c.uprByCycle[4]}), CEDAW ${c.byMechanism.CEDAW}, CRC ${c.byMechanism.CRC}, CAT ${c.byMechanism.CAT}`);
  console.log(`activities ${c.activities} under ${c.recommendationsWithActivities} recommendations`);
  for (const m of manifest.messes) if (!["section_row", "title_row_merged", "blank_separator_row", "real_date_cell", "merged_recommendation_cells", "multi_state_cell", "numeric_paragraph", "english_row_in_french_sheet"].includes(m.kind)) {
    console.log(`  ${m.kind.padEnd(28)} ${`${m.sheet}!${m.cell}`.padEnd(28)} ${JSON.stringify(m.value)}`);
  }
}

/** Phrases that evidence each SDG goal, in English with a French and Spanish seed (matched on stems, accents folded). */
import type { Lexicon } from "./lexicon";

export const SDG_LEXICON: Lexicon = {
  "1": ["poverty", "poor", "social protection", "social security", "pauvrete", "protection sociale", "pobreza", "proteccion social"],
  "2": ["hunger", "food", "nutrition", "malnutrition", "agriculture", "faim", "alimentation", "hambre", "alimentacion"],
  "3": ["health", "healthcare", "maternal mortality", "hiv", "aids", "medical", "disease", "sante", "salud", "drug"],
  "4": ["education", "school", "schooling", "literacy", "teacher", "enseignement", "ecole", "educacion", "escuela", "scolarisation"],
  "5": ["women", "gender", "girls", "female genital mutilation", "early marriage", "child marriage", "domestic violence", "femmes", "filles", "genre", "mujeres", "ninas", "genero", "violence against women", "violencia contra la mujer", "violence a l'egard des femmes", "gender equality", "egalite des sexes", "igualdad de genero"],
  "6": ["water", "sanitation", "eau", "assainissement", "agua", "saneamiento"],
  "7": ["energy", "electricity", "energie", "energia"],
  "8": ["employment", "labour", "labor", "work", "worker", "trafficking", "forced labour", "child labour", "unemployment", "emploi", "travail", "traite", "empleo", "trabajo", "trata", "decent work"],
  "9": ["infrastructure", "industry", "innovation", "internet access", "infrastructures", "infraestructura"],
  "10": ["discrimination", "inequality", "minorities", "roma", "migrants", "migrant", "racial", "racism", "xenophobia", "equality", "non-discrimination", "discriminacion", "desigualdad", "inegalites", "minorites", "racisme", "racismo", "lgbti", "sexual orientation", "disabilities", "handicap", "discapacidad"],
  "11": ["housing", "urban", "slum", "logement", "vivienda", "cultural heritage", "disaster"],
  "12": ["consumption", "waste", "chemicals", "consommation", "consumo"],
  "13": ["climate change", "climate", "changement climatique", "cambio climatico", "emissions"],
  "14": ["ocean", "marine", "fisheries", "oceans", "mer", "oceano", "pesca"],
  "15": ["forest", "biodiversity", "desertification", "land degradation", "foret", "bosque", "biodiversidad"],
  "16": ["justice", "torture", "death penalty", "detention", "police", "judiciary", "corruption", "violence", "birth registration", "freedom of expression", "human rights defenders", "journalists", "national human rights institution", "fair trial", "rule of law", "impunity", "peine de mort", "pena de muerte", "tortura", "detencion", "corrupcion", "enregistrement des naissances", "registro de nacimientos", "institution nationale des droits", "defenseurs des droits", "defensores de derechos", "ratify", "ratifier", "ratificar", "optional protocol", "convention", "convencion"],
  "17": ["development assistance", "international cooperation", "official development assistance", "technical assistance", "cooperation internationale", "cooperacion internacional", "aide publique au developpement", "capacity-building", "data collection", "statistics", "disaggregated data"],
};

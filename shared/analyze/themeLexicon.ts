/** A seed of French and Spanish (and extra English) phrases for frequent UHRI themes, keyed by today's theme names. */
import type { Lexicon } from "./lexicon";

export const THEME_SEED_LEXICON: Lexicon = {
  "Acceptance of international norms": ["ratify", "accede", "accession", "optional protocol", "ratifier", "adherer", "protocole facultatif", "ratificar", "adherirse", "protocolo facultativo"],
  "Equality & non-discrimination": ["discrimination", "non-discrimination", "equal", "discriminacion", "egalite", "igualdad"],
  "Racial discrimination": ["racism", "racial", "xenophobia", "hate speech", "racisme", "racismo", "xenofobia", "discours de haine"],
  "Death penalty": ["death penalty", "capital punishment", "executions", "moratorium", "peine de mort", "pena de muerte", "abolir la peine"],
  "Torture & other cruel, inhuman or degrading treatment": ["torture", "ill-treatment", "tortura", "malos tratos", "mauvais traitements"],
  "Violence against women": ["violence against women", "domestic violence", "violence a l'egard des femmes", "violence domestique", "violencia contra la mujer", "violencia domestica"],
  "Prohibition of slavery, trafficking": ["trafficking", "traite", "trata", "slavery", "esclavage", "esclavitud"],
  "Right to education": ["education", "school", "educacion", "escuela", "ecole", "enseignement"],
  "Right to health": ["health", "sante", "salud"],
  "Members of minorities": ["minority", "minorities", "roma", "minorite", "minorites", "minorias", "romani"],
  "Freedom of opinion & expression": ["freedom of expression", "journalists", "media", "liberte d'expression", "journalistes", "libertad de expresion", "periodistas"],
  "Freedom of thought, conscience & religion": ["religion", "religious", "belief", "religieuse", "religiosa", "culte"],
  "Human rights defenders": ["human rights defenders", "defenseurs des droits", "defensores de derechos"],
  "Rights of the Child": ["children", "child", "enfant", "enfants", "nino", "ninos"],
  "National Human Rights Institution (NHRI)": ["national human rights institution", "paris principles", "institution nationale des droits", "principes de paris", "institucion nacional de derechos", "principios de paris"],
  "Persons with disabilities": ["disabilities", "handicap", "handicapees", "discapacidad"],
  "Migrants": ["migrants", "migrant workers", "travailleurs migrants", "migrantes"],
  "Asylum-seekers - refugees": ["asylum", "refugees", "asile", "refugies", "asilo", "refugiados"],
};

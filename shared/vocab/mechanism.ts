/** Recognises the mechanism behind a recommendation from its name, acronym or document symbol, and UPR sessions and cycles. */
import type { Mechanism } from "../model/codes";
import { MECHANISM_LABELS } from "./labels";
import { createVocabulary, type Match, NONE, type SynonymTable, containsWords } from "./match";
import { looseKey, memoize } from "./text";

/** Full names and acronyms, as UHRI, OHCHR and national trackers write them (labels are added below). */
export const MECHANISM_SYNONYMS: SynonymTable<Mechanism> = {
  UPR: [
    "UPR", "EPU", "RPU", "УПО", "Universal Periodic Review", "Examen périodique universel", "Examen Periódico Universal",
    "Revisão Periódica Universal", "Exame Periódico Universal", "Универсальный периодический обзор",
    "الاستعراض الدوري الشامل", "普遍定期审议", "UPR Working Group", "Working Group on the Universal Periodic Review",
    "Groupe de travail sur l'Examen périodique universel", "Grupo de Trabajo sobre el Examen Periódico Universal",
  ],
  CCPR: [
    "CCPR", "ICCPR", "PIDCP", "КПЧ", "Human Rights Committee", "Comité des droits de l'homme",
    "Comité de Derechos Humanos", "Comitê de Direitos Humanos", "Comité dos Direitos Humanos",
    "Комитет по правам человека", "اللجنة المعنية بحقوق الإنسان", "人权事务委员会",
    "International Covenant on Civil and Political Rights", "Pacte international relatif aux droits civils et politiques",
    "Pacto Internacional de Derechos Civiles y Políticos", "Pacto Internacional sobre Direitos Civis e Políticos",
  ],
  CESCR: [
    "CESCR", "ICESCR", "PIDESC", "CDESC", "Comité DESC", "КЭСКП", "Committee on Economic, Social and Cultural Rights",
    "Comité des droits économiques, sociaux et culturels", "Comité de Derechos Económicos, Sociales y Culturales",
    "Comitê de Direitos Econômicos, Sociais e Culturais", "Комитет по экономическим, социальным и культурным правам",
    "اللجنة المعنية بالحقوق الاقتصادية والاجتماعية والثقافية", "经济、社会及文化权利委员会", "经济社会文化权利委员会",
    "International Covenant on Economic, Social and Cultural Rights",
    "Pacte international relatif aux droits économiques, sociaux et culturels",
    "Pacto Internacional de Derechos Económicos, Sociales y Culturales",
  ],
  CAT: [
    "CAT", "UNCAT", "КПП", "Committee against Torture", "Comité contre la torture", "Comité contra la Tortura",
    "Comitê contra a Tortura", "Комитет против пыток", "لجنة مناهضة التعذيب", "禁止酷刑委员会", "Convention against Torture",
  ],
  SPT: [
    "SPT", "SPCAT", "SCPT", "OPCAT", "ППП", "Subcommittee on Prevention of Torture",
    "Subcommittee on the Prevention of Torture", "Sous-comité pour la prévention de la torture",
    "Subcomité para la Prevención de la Tortura", "Subcomitê de Prevenção da Tortura",
    "Подкомитет по предупреждению пыток", "اللجنة الفرعية لمنع التعذيب", "防范酷刑小组委员会",
  ],
  CEDAW: [
    "CEDAW", "CEDEF", "КЛДЖ", "Committee on the Elimination of Discrimination against Women",
    "Comité pour l'élimination de la discrimination à l'égard des femmes",
    "Comité para la Eliminación de la Discriminación contra la Mujer",
    "Comitê para a Eliminação da Discriminação contra as Mulheres",
    "Комитет по ликвидации дискриминации в отношении женщин", "اللجنة المعنية بالقضاء على التمييز ضد المرأة",
    "消除对妇女歧视委员会",
  ],
  CRC: [
    "CRC", "CDE", "CDN", "CDC", "КПР", "Committee on the Rights of the Child", "Comité des droits de l'enfant",
    "Comité de los Derechos del Niño", "Comitê dos Direitos da Criança", "Комитет по правам ребенка",
    "لجنة حقوق الطفل", "儿童权利委员会",
  ],
  CERD: [
    "CERD", "CEDR", "КЛРД", "Committee on the Elimination of Racial Discrimination",
    "Comité pour l'élimination de la discrimination raciale", "Comité para la Eliminación de la Discriminación Racial",
    "Comitê para a Eliminação da Discriminação Racial", "Комитет по ликвидации расовой дискриминации",
    "لجنة القضاء على التمييز العنصري", "消除种族歧视委员会",
  ],
  CRPD: [
    "CRPD", "CDPH", "CDPD", "КПИ", "Committee on the Rights of Persons with Disabilities",
    "Comité des droits des personnes handicapées", "Comité sobre los Derechos de las Personas con Discapacidad",
    "Comitê sobre os Direitos das Pessoas com Deficiência", "Комитет по правам инвалидов",
    "اللجنة المعنية بحقوق الأشخاص ذوي الإعاقة", "残疾人权利委员会",
  ],
  CMW: [
    "CMW", "КТМ", "Committee on Migrant Workers",
    "Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families",
    "Comité des travailleurs migrants",
    "Comité pour la protection des droits de tous les travailleurs migrants et des membres de leur famille",
    "Comité de Protección de los Derechos de Todos los Trabajadores Migratorios y de Sus Familiares",
    "Comité de Trabajadores Migratorios", "Comitê de Trabalhadores Migrantes", "Комитет по трудящимся-мигрантам",
    "اللجنة المعنية بالعمال المهاجرين", "保护所有移徙工人委员会",
  ],
  CED: [
    "CED", "КНИ", "Committee on Enforced Disappearances", "Comité des disparitions forcées",
    "Comité contra la Desaparición Forzada", "Comitê contra Desaparecimentos Forçados",
    "Комитет по насильственным исчезновениям", "اللجنة المعنية بحالات الاختفاء القسري", "强迫失踪问题委员会",
  ],
  SP: [
    "SP", "SR", "Special procedures", "Special procedure", "Special Rapporteur", "Special Rapporteurs",
    "Procédures spéciales", "Procédure spéciale", "Procedimientos especiales", "Procedimiento especial",
    "Procedimentos especiais", "Специальные процедуры", "الإجراءات الخاصة", "特别程序",
  ],
  REGIONAL: [
    "Regional", "Regional mechanism", "IACHR", "CIDH", "IACtHR", "Corte IDH", "ACHPR", "CADHP", "ACERWC", "ECtHR",
    "ECRI", "GREVIO", "AICHR", "MESECVI", "Inter-American Commission on Human Rights",
    "Comisión Interamericana de Derechos Humanos", "Inter-American Court of Human Rights",
    "Corte Interamericana de Derechos Humanos", "African Commission on Human and Peoples' Rights",
    "Commission africaine des droits de l'homme et des peuples",
  ],
};

/**
 * Phrases that identify a mechanism inside a longer name ("Special Rapporteur on the right to food"), tried in
 * this order: regional bodies and the UPR Working Group come first so "Working Group" and "torture" inside their
 * names cannot be taken for a special procedure or a committee; special procedures come before the
 * committees so "Special Rapporteur on torture" is SP, not CAT.
 */
export const MECHANISM_KEYWORDS: readonly (readonly [Mechanism, readonly string[]])[] = [
  ["REGIONAL", [
    "inter american", "interamerican", "interamericana", "interamericano", "interamericaine", "interamericain",
    "african commission", "african court", "african committee", "commission africaine", "cour africaine",
    "comision africana", "corte africana", "comissao africana", "european court", "european committee",
    "council of europe", "cour europeenne", "comite europeen", "conseil de l'europe", "arab human rights committee",
    "comite arabe", "asean", "regional mechanism", "mecanisme regional", "mecanismo regional", "региональный",
    "межамериканск*", "африканск*", "европейск*", "الية اقليمية", "اللجنة الافريقية", "区域机制",
  ]],
  ["UPR", [
    "upr", "epu", "rpu", "упо", "universal periodic review", "examen periodique universel", "examen periodico universal",
    "revisao periodica universal", "exame periodico universal", "универсальный периодический обзор",
    "الاستعراض الدوري الشامل", "普遍定期审议",
  ]],
  ["SP", [
    "special rapporteur", "special rapporteurs", "rapporteur special", "rapporteuse speciale", "rapporteurs speciaux",
    "relator especial", "relatora especial", "relatores especiales", "independent expert", "expert independant",
    "experte independante", "experto independiente", "experta independiente", "perito independente",
    "especialista independente", "working group", "groupe de travail", "grupo de trabajo", "grupo de trabalho",
    "special procedure", "special procedures", "procedures speciales", "procedure speciale",
    "procedimientos especiales", "procedimentos especiais", "mandate holder", "titulaire de mandat",
    "специальный докладчик", "независимый эксперт", "рабочая группа", "специальные процедуры", "المقرر الخاص",
    "المقررة الخاصة", "الخبير المستقل", "الخبيرة المستقلة", "الفريق العامل", "الاجراءات الخاصة", "特别报告员",
    "独立专家", "工作组", "特别程序",
  ]],
  ["SPT", [
    "subcommittee on prevention of torture", "subcommittee on the prevention of torture", "sous comite",
    "subcomite", "subcomite para la prevencion", "subcomite de prevencao", "подкомитет", "اللجنة الفرعية",
    "小组委员会",
  ]],
  ["CEDAW", [
    "discrimination against women", "discrimination a l'egard des femmes", "discriminacion contra la mujer",
    "discriminacao contra as mulheres", "дискриминации в отношении женщин", "التمييز ضد المراة", "对妇女歧视",
  ]],
  ["CERD", [
    "racial discrimination", "discrimination raciale", "discriminacion racial", "discriminacao racial",
    "расовой дискриминации", "التمييز العنصري", "种族歧视",
  ]],
  ["CRPD", [
    "rights of persons with disabilities", "personnes handicapees", "personas con discapacidad",
    "pessoas com deficiencia", "правам инвалидов", "الاشخاص ذوي الاعاقة", "残疾人权利",
  ]],
  ["CMW", [
    "migrant workers", "travailleurs migrants", "trabajadores migratorios", "trabalhadores migrantes",
    "трудящихся мигрантов", "трудящимся мигрантам", "العمال المهاجرين", "移徙工人",
  ]],
  ["CED", [
    "enforced disappearances", "disparitions forcees", "desaparicion forzada", "desaparecimentos forcados",
    "насильственным исчезновениям", "الاختفاء القسري", "强迫失踪",
  ]],
  ["CRC", [
    "rights of the child", "droits de l'enfant", "derechos del nino", "direitos da crianca", "правам ребенка",
    "حقوق الطفل", "儿童权利",
  ]],
  ["CESCR", [
    "economic social and cultural rights", "droits economiques sociaux et culturels",
    "derechos economicos sociales y culturales", "direitos economicos sociais e culturais",
    "экономическим социальным и культурным правам", "بالحقوق الاقتصادية والاجتماعية والثقافية", "经济 社会及文化权利",
    "经济社会文化权利",
  ]],
  ["CAT", [
    "committee against torture", "comite contre la torture", "comite contra la tortura", "comite contra a tortura",
    "против пыток", "مناهضة التعذيب", "禁止酷刑",
  ]],
  ["CCPR", [
    "human rights committee", "comite des droits de l'homme", "comite de derechos humanos",
    "comite de direitos humanos", "civil and political rights", "droits civils et politiques",
    "derechos civiles y politicos", "комитет по правам человека", "اللجنة المعنية بحقوق الانسان", "人权事务委员会",
  ]],
];

const withLabels = (): SynonymTable<Mechanism> => {
  const out = {} as Record<Mechanism, readonly string[]>;
  for (const code of Object.keys(MECHANISM_SYNONYMS) as Mechanism[]) {
    out[code] = [...Object.values(MECHANISM_LABELS[code]), ...MECHANISM_SYNONYMS[code]];
  }
  return out;
};

const vocabulary = createVocabulary(withLabels());
export const MECHANISM_CONFLICTS: readonly string[] = vocabulary.conflicts;

const KEYWORDS = MECHANISM_KEYWORDS.map(
  ([code, phrases]) => [code, phrases.map((p) => (p.endsWith("*") ? looseKey(p.slice(0, -1)) + "*" : looseKey(p)))] as const,
);
const HAN = /\p{Script=Han}/u;
// Acronyms a longer label may contain as a word: "UPR 3rd cycle", "CEDAW 2017", "EPU - 2018".
const ACRONYMS: ReadonlyMap<string, Mechanism> = new Map(
  (Object.keys(MECHANISM_SYNONYMS) as Mechanism[]).flatMap((code) =>
    [...MECHANISM_SYNONYMS[code], MECHANISM_LABELS[code].fr, MECHANISM_LABELS[code].es, MECHANISM_LABELS[code].pt]
      .filter((s) => /^[A-ZА-Я]{3,6}$/.test(s))
      .map((s) => [looseKey(s), code] as const),
  ),
);

// A phrase ending in "*" is a word stem, for inflected languages ("африканск*" → африканская, африканской).
const hasPhrase = (key: string, phrase: string): boolean => {
  if (HAN.test(phrase)) return key.includes(phrase);
  if (!phrase.endsWith("*")) return containsWords(key, phrase);
  const stem = phrase.slice(0, -1);
  return key.startsWith(stem) || key.includes(" " + stem);
};

function byKeyword(key: string): Mechanism | null {
  for (const [code, phrases] of KEYWORDS) if (phrases.some((p) => hasPhrase(key, p))) return code;
  return null;
}

/** The mechanisms whose acronyms appear as words in the key. */
function byAcronym(key: string): Set<Mechanism> {
  const found = new Set<Mechanism>();
  for (const word of key.split(/[\s/|+,;]+/)) {
    const code = ACRONYMS.get(word);
    if (code !== undefined) found.add(code);
  }
  return found;
}

/** The mechanism named by a cell such as "CEDAW", "Rapporteur spécial sur …", "EPU 2018" or "CRC/C/PRY/CO/4-6". */
export const parseMechanism = memoize((raw: string): Match<Mechanism> => {
  const exact = vocabulary.exact(raw);
  if (exact !== undefined) return { kind: "exact", value: exact };
  const fromSymbol = mechanismFromSymbol(raw);
  if (fromSymbol !== null) return { kind: "exact", value: fromSymbol };
  const key = looseKey(raw);
  if (key === "") return NONE;
  // A specific phrase inside a longer name is as good as the name itself: names of mandates are open-ended.
  const keyword = byKeyword(key);
  if (keyword !== null) return { kind: "exact", value: keyword };
  const acronyms = [...byAcronym(key)];
  if (acronyms.length > 1) return NONE; // "CEDAW and CRC": a joint list, not one mechanism
  if (acronyms.length === 1) return { kind: "guess", value: acronyms[0], confidence: 0.8 };
  return vocabulary.match(raw);
});

const SYMBOL_RULES: readonly (readonly [RegExp, Mechanism])[] = [
  [/^CEDAW\/C\//, "CEDAW"],
  [/^CRC\/C\//, "CRC"],
  [/^CCPR\/C\//, "CCPR"],
  [/^E\/C\.12\//, "CESCR"],
  [/^CAT\/OP\//, "SPT"],
  [/^CAT\/C\//, "CAT"],
  [/^CERD\/C\//, "CERD"],
  [/^CRPD\/C\//, "CRPD"],
  [/^CMW\/C\//, "CMW"],
  [/^CED\/C\//, "CED"],
  // UPR national reports, compilations and summaries.
  [/^A\/HRC\/WG\.6\//, "UPR"],
  // The UPR Working Group report itself: A/HRC/<session>/<number> with nothing after it. Addenda are the
  // State's replies to the UPR but also every special-procedure country visit, so they stay unresolved.
  [/^A\/HRC\/\d+\/\d+$/, "UPR"],
];

/** The mechanism a UN document symbol belongs to, or null when the symbol alone cannot tell. */
export function mechanismFromSymbol(symbol: string): Mechanism | null {
  const s = symbol.trim().toUpperCase().replace(/\s+/g, "");
  for (const [pattern, code] of SYMBOL_RULES) if (pattern.test(s)) return code;
  return null;
}

// Words allowed around a session number: "UPR 40", "40th session", "Session 40", "40e session", "第40届会议".
const SESSION_WORDS: ReadonlySet<string> = new Set(
  [
    "upr", "epu", "rpu", "упо", "wg", "session", "sessions", "sesion", "sessao", "сессия", "сессии", "届会", "届",
    "会议", "届会议", "第", "الدورة", "دورة", "الجلسة", "no", "n°", "nº", "#", "th", "st", "nd", "rd", "e", "eme",
    "er", "a", "o", "ª", "º", "°", "я", "й", "ая", "ой", "ем", "de", "la", "of", "the",
  ].map(looseKey),
);
const SESSION_TOKENS = /\d+|[^\s\d]+/gu;

/** A UPR session number from "40", 40, "UPR 40", "40th session" or "Session 40"; null when it is not one. */
export function parseUprSession(raw: string | number): number | null {
  if (typeof raw === "number") return Number.isInteger(raw) && raw >= 1 && raw <= 99 ? raw : null;
  const key = looseKey(raw.trim().replace(/^(\d+)\.0+$/, "$1"));
  let session: number | null = null;
  for (const token of key.match(SESSION_TOKENS) ?? []) {
    if (/^\d+$/.test(token)) {
      if (session !== null) return null;
      session = Number(token);
    } else if (!SESSION_WORDS.has(token) && !isSessionHan(token)) return null;
  }
  return session !== null && session >= 1 && session <= 99 ? session : null;
}

// Chinese writes the session as one run of characters around the number ("第40届会议").
const isSessionHan = (token: string): boolean => /^[第届会议次]+$/u.test(token);

/** The UPR cycle of a session: 1–12 → 1, 13–26 → 2, 27–40 → 3, 41 and later → 4. */
export function cycleFromUprSession(session: number): number {
  if (session <= 12) return 1;
  if (session <= 26) return 2;
  if (session <= 40) return 3;
  return 4;
}

/**
 * The UPR cycle of a review year. 2022 held the last sessions of cycle 3 and the first of cycle 4, so it is
 * given as 3: use the session when it is known. Other mechanisms have no cycles.
 */
export function cycleFromYear(year: number, mechanism: Mechanism): number | null {
  if (mechanism !== "UPR" || !Number.isInteger(year)) return null;
  if (year >= 2008 && year <= 2011) return 1;
  if (year >= 2012 && year <= 2016) return 2;
  if (year >= 2017 && year <= 2022) return 3;
  if (year >= 2023 && year <= 2027) return 4;
  return null;
}

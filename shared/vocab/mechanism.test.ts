import { LANGS, Mechanism } from "../model/codes";
import { MECHANISM_LABELS } from "./labels";
import {
  cycleFromUprSession,
  cycleFromYear,
  MECHANISM_CONFLICTS,
  mechanismFromSymbol,
  parseMechanism,
  parseUprSession,
} from "./mechanism";

it("no mechanism synonym is claimed twice", () => {
  expect(MECHANISM_CONFLICTS).toEqual([]);
});

describe("every mechanism label parses back to its code", () => {
  const cases = Mechanism.options.flatMap((code) => LANGS.map((lang) => [lang, MECHANISM_LABELS[code][lang], code] as const));
  it.each(cases)("%s %j → %s", (_lang, text, code) => {
    expect(parseMechanism(text)).toEqual({ kind: "exact", value: code });
  });
});

describe("parseMechanism", () => {
  it.each<[string, Mechanism]>([
    ["UPR", "UPR"],
    ["upr", "UPR"],
    ["EPU", "UPR"],
    ["RPU", "UPR"],
    ["УПО", "UPR"],
    ["Universal Periodic Review", "UPR"],
    ["Examen périodique universel", "UPR"],
    ["Examen Periódico Universal", "UPR"],
    ["الاستعراض الدوري الشامل", "UPR"],
    ["普遍定期审议", "UPR"],
    ["Working Group on the Universal Periodic Review", "UPR"],
    ["Working Group on the UPR", "UPR"],
    ["UPR 3rd cycle", "UPR"],
    ["EPU - 2018", "UPR"],
    ["CEDAW", "CEDAW"],
    ["CEDEF", "CEDAW"],
    ["Committee on the Elimination of Discrimination against Women", "CEDAW"],
    ["Comité pour l'élimination de la discrimination à l'égard des femmes", "CEDAW"],
    ["CDE", "CRC"],
    ["CDN", "CRC"],
    ["Committee on the Rights of the Child", "CRC"],
    ["Comité de los Derechos del Niño", "CRC"],
    ["PIDCP", "CCPR"],
    ["ICCPR", "CCPR"],
    ["Human Rights Committee", "CCPR"],
    ["Comité des droits de l'homme", "CCPR"],
    ["PIDESC", "CESCR"],
    ["ICESCR", "CESCR"],
    ["CDESC", "CESCR"],
    ["Committee on Economic, Social and Cultural Rights", "CESCR"],
    ["CESCR", "CESCR"],
    ["Comité contra la Tortura", "CAT"],
    ["Comité contre la torture", "CAT"],
    ["Committee against Torture", "CAT"],
    ["SPT", "SPT"],
    ["SPCAT", "SPT"],
    ["Subcommittee on Prevention of Torture", "SPT"],
    ["Sous-comité pour la prévention de la torture", "SPT"],
    ["CDPH", "CRPD"],
    ["CDPD", "CRPD"],
    ["Committee on the Rights of Persons with Disabilities", "CRPD"],
    ["CERD", "CERD"],
    ["CEDR", "CERD"],
    ["Comité pour l'élimination de la discrimination raciale", "CERD"],
    ["CMW", "CMW"],
    ["Comité des travailleurs migrants", "CMW"],
    ["Committee on the Protection of the Rights of All Migrant Workers and Members of Their Families", "CMW"],
    ["CED", "CED"],
    ["Comité des disparitions forcées", "CED"],
    ["Special Rapporteur on the right to food", "SP"],
    ["Special Rapporteur on torture and other cruel, inhuman or degrading treatment", "SP"],
    ["Special Rapporteur on the rights of persons with disabilities", "SP"],
    ["Rapporteur spécial sur les droits des peuples autochtones", "SP"],
    ["Rapporteuse spéciale sur la violence contre les femmes", "SP"],
    ["Relator Especial sobre la tortura", "SP"],
    ["Working Group on Arbitrary Detention", "SP"],
    ["Working Group on Enforced or Involuntary Disappearances", "SP"],
    ["Independent Expert on sexual orientation and gender identity", "SP"],
    ["Groupe de travail sur la détention arbitraire", "SP"],
    ["procédures spéciales", "SP"],
    ["Специальный докладчик по вопросу о пытках", "SP"],
    ["المقرر الخاص المعني بالحق في الغذاء", "SP"],
    ["特别报告员", "SP"],
    ["Inter-American Commission on Human Rights", "REGIONAL"],
    ["Commission africaine des droits de l'homme et des peuples", "REGIONAL"],
    ["CIDH", "REGIONAL"],
    ["IACHR", "REGIONAL"],
    ["ACHPR", "REGIONAL"],
    ["Corte Interamericana de Derechos Humanos", "REGIONAL"],
    ["African Commission", "REGIONAL"],
    ["European Committee for the Prevention of Torture", "REGIONAL"],
    ["African Committee of Experts on the Rights and Welfare of the Child", "REGIONAL"],
    ["Межамериканская комиссия по правам человека", "REGIONAL"],
    ["CEDAW/C/PRY/CO/8", "CEDAW"],
  ])("%j → %s", (raw, code) => {
    expect(parseMechanism(raw)).toEqual({ kind: "exact", value: code });
  });

  it.each<[string, Mechanism]>([
    ["Committee on the Rights of the Chlid", "CRC"],
    ["CEDAW 2017", "CEDAW"],
  ])("guesses %j → %s", (raw, code) => {
    expect(parseMechanism(raw)).toMatchObject({ kind: "guess", value: code });
  });

  it.each(["", "Human Rights Council", "Conseil des droits de l'homme", "OHCHR", "CEDAW and CRC", "blah", "Ministry of Justice", "HRC", "CDH"])("%j → none", (raw) => {
    expect(parseMechanism(raw)).toEqual({ kind: "none" });
  });
});

describe("mechanismFromSymbol", () => {
  it.each<[string, Mechanism | null]>([
    ["CEDAW/C/PRY/CO/8", "CEDAW"],
    ["cedaw/c/pry/co/8", "CEDAW"],
    ["CRC/C/PRY/CO/4-6", "CRC"],
    ["CRC/C/OPSC/PRY/CO/1", "CRC"],
    ["CCPR/C/PRY/CO/4", "CCPR"],
    ["E/C.12/AUS/CO/6", "CESCR"],
    ["CAT/C/PRY/CO/7", "CAT"],
    ["CAT/OP/PRY/2", "SPT"],
    ["CERD/C/PRY/CO/4-6", "CERD"],
    ["CRPD/C/PRY/CO/1", "CRPD"],
    ["CMW/C/PRY/CO/1", "CMW"],
    ["CED/C/PRY/CO/1", "CED"],
    ["A/HRC/40/6", "UPR"],
    [" A/HRC/28/15 ", "UPR"],
    ["A/HRC/WG.6/33/PRY/1", "UPR"],
    ["A/HRC/40/6/Add.1", null],
    ["A/HRC/43/49/Add.2", null],
    ["E/CN.4/2006/53/Add.2", null],
    ["", null],
    ["CEDAW", null],
  ])("%j → %p", (symbol, code) => {
    expect(mechanismFromSymbol(symbol)).toBe(code);
  });
});

describe("parseUprSession", () => {
  it.each<[string | number, number | null]>([
    ["40", 40],
    [40, 40],
    ["UPR 40", 40],
    ["40th session", 40],
    ["Session 40", 40],
    ["40e session", 40],
    ["40ª sesión", 40],
    ["Session n° 20", 20],
    ["1st", 1],
    ["第40届会议", 40],
    ["40-я сессия", 40],
    ["الدورة ٤٠", 40],
    ["40.0", 40],
    [" 3 ", 3],
    [40.5, null],
    [0, null],
    ["0", null],
    ["2019", null],
    ["Cycle 3", null],
    ["40 and 41", null],
    ["", null],
    ["session", null],
  ])("%j → %p", (raw, expected) => {
    expect(parseUprSession(raw)).toBe(expected);
  });
});

describe("cycleFromUprSession", () => {
  it.each<[number, number]>([[1, 1], [12, 1], [13, 2], [26, 2], [27, 3], [40, 3], [41, 4], [54, 4]])("%p → %p", (s, c) => {
    expect(cycleFromUprSession(s)).toBe(c);
  });
});

describe("cycleFromYear", () => {
  it.each<[number, Mechanism, number | null]>([
    [2008, "UPR", 1], [2011, "UPR", 1], [2012, "UPR", 2], [2016, "UPR", 2], [2017, "UPR", 3], [2022, "UPR", 3],
    [2023, "UPR", 4], [2027, "UPR", 4], [2007, "UPR", null], [2028, "UPR", null], [2019, "CEDAW", null],
    [2019.5, "UPR", null],
  ])("%p %s → %p", (year, mechanism, cycle) => {
    expect(cycleFromYear(year, mechanism)).toBe(cycle);
  });
});

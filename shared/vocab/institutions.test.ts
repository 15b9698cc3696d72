import { GENERIC_INSTITUTION_ALIASES, parseAliasTable, parseInstitutions, type AliasTable } from "./institutions";
import { fold } from "./text";

const TABLE: AliasTable = [
  { name: "Ministry of Justice", aliases: ["MoJ", "Min. Justice", "MJDHPC", "Ministère de la Justice"] },
  { name: "Ministry of Health", aliases: ["MoH", "Ministère de la Santé"] },
  { name: "Ministry of Justice and Human Rights", aliases: ["MJDH"] },
];

describe("parseInstitutions", () => {
  it.each<[string, string[], string[]]>([
    ["MoJ", ["Ministry of Justice"], []],
    ["moj", ["Ministry of Justice"], []],
    ["Ministry of Justice", ["Ministry of Justice"], []],
    ["Min Justice", ["Ministry of Justice"], []],
    ["MIN. JUSTICE", ["Ministry of Justice"], []],
    ["Ministere de la justice", ["Ministry of Justice"], []],
    ["MJDHPC", ["Ministry of Justice"], []],
    ["MoJ; MoH", ["Ministry of Justice", "Ministry of Health"], []],
    ["MoJ / MoH", ["Ministry of Justice", "Ministry of Health"], []],
    ["MoJ, MoH", ["Ministry of Justice", "Ministry of Health"], []],
    ["MoJ\nMoH", ["Ministry of Justice", "Ministry of Health"], []],
    ["MoJ + MoH", ["Ministry of Justice", "Ministry of Health"], []],
    ["- MoJ\n- MoH", ["Ministry of Justice", "Ministry of Health"], []],
    ["MoJ and MoH", ["Ministry of Justice", "Ministry of Health"], []],
    ["MoJ et Ministère de la Santé", ["Ministry of Justice", "Ministry of Health"], []],
    ["MoJ y DGPJ", ["Ministry of Justice", "DGPJ"], ["DGPJ"]],
    ["MoJ; MoJ; Ministry of Justice", ["Ministry of Justice"], []],
    // "and" inside a name is not a list.
    ["Ministry of Justice and Human Rights", ["Ministry of Justice and Human Rights"], []],
    ["Ministry of Labour and Social Affairs", ["Ministry of Labour and Social Affairs"], ["Ministry of Labour and Social Affairs"]],
    ["Ministère de la Femme, de la Famille et de l'Enfance", ["Ministère de la Femme, de la Famille et de l'Enfance"], ["Ministère de la Femme, de la Famille et de l'Enfance"]],
    // Unknown names are kept as written and listed.
    ["Office of the Ombudsman", ["Office of the Ombudsman"], ["Office of the Ombudsman"]],
    ["MoJ;  Police  nationale ", ["Ministry of Justice", "Police nationale"], ["Police nationale"]],
    ["", [], []],
    [" ; / ", [], []],
  ])("%j", (raw, names, unknown) => {
    expect(parseInstitutions(raw, TABLE)).toEqual({ names, unknown });
  });

  it("uses the default table", () => {
    expect(parseInstitutions("MoJ; Ministerio de Salud; INDH; Assemblée nationale", GENERIC_INSTITUTION_ALIASES)).toEqual({
      names: ["Ministry of Justice", "Ministry of Health", "National Human Rights Institution", "Parliament"],
      unknown: [],
    });
  });

  it("the default table gives every spelling to one institution only", () => {
    const owner = new Map<string, string>();
    for (const { name, aliases } of GENERIC_INSTITUTION_ALIASES) {
      for (const s of [name, ...aliases]) {
        const k = fold(s);
        expect([k, owner.get(k) ?? name]).toEqual([k, name]);
        owner.set(k, name);
      }
    }
  });
});

describe("parseAliasTable", () => {
  it("reads names, aliases, comments and blank lines", () => {
    const text = [
      "\uFEFF# Institutions of the NMIRF",
      "",
      "Ministry of Justice = MoJ; Min. Justice ;  MJDHPC",
      "  # a comment",
      "Ministry of Health=MoH",
      "Police",
      "ministry of justice = Ministère de la Justice",
      "Ministry of Women = ; ",
    ].join("\r\n");
    expect(parseAliasTable(text)).toEqual([
      { name: "Ministry of Justice", aliases: ["MoJ", "Min. Justice", "MJDHPC", "Ministère de la Justice"] },
      { name: "Ministry of Health", aliases: ["MoH"] },
      { name: "Police", aliases: [] },
      { name: "Ministry of Women", aliases: [] },
    ]);
  });

  it.each<[string, string, number]>([
    ["A = x\n = y", "aliases.missing_name", 2],
    ["A = x\nB = X", "aliases.duplicate_alias", 2],
    ["A = x\n\nB = y; a", "aliases.duplicate_alias", 3],
    ["A = x\nx = y", "aliases.duplicate_alias", 2],
    ["A = x = y", "aliases.extra_equals", 1],
  ])("%j → %s on line %p", (text, error, line) => {
    expect(parseAliasTable(text)).toMatchObject({ error, line });
  });

  it("gives a table that parseInstitutions uses", () => {
    const table = parseAliasTable("Ministry of Justice = MoJ");
    if ("error" in table) throw new Error(table.error);
    expect(parseInstitutions("moj", table).names).toEqual(["Ministry of Justice"]);
  });

  it("reads an empty file as an empty table", () => {
    expect(parseAliasTable("")).toEqual([]);
  });
});

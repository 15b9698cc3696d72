/** Maps the many spellings of responsible institutions ("MoJ", "Min. Justice") to one name, via an editable alias table. */
import { fold } from "./text";

export type AliasTable = ReadonlyArray<{ name: string; aliases: readonly string[] }>;
export type AliasTableError = { error: AliasTableErrorCode; line: number; detail: string };
/** Stable codes, for the host's message catalog. */
export type AliasTableErrorCode = "aliases.missing_name" | "aliases.duplicate_alias" | "aliases.extra_equals";

/** A generic list with English canonical names, used on request (`--aliases generic`); each NMIRF keeps its own list. */
export const GENERIC_INSTITUTION_ALIASES: AliasTable = [
  { name: "Ministry of Justice", aliases: ["MoJ", "MJ", "Min. Justice", "Justice", "Ministère de la Justice", "Ministerio de Justicia", "Ministério da Justiça", "وزارة العدل", "Министерство юстиции", "Минюст", "司法部"] },
  { name: "Ministry of Health", aliases: ["MoH", "Min. Health", "Health", "Ministère de la Santé", "Ministère de la Santé publique", "Ministerio de Salud", "Ministerio de Salud Pública", "Ministério da Saúde", "وزارة الصحة", "Министерство здравоохранения", "Минздрав", "卫生部"] },
  { name: "Ministry of Education", aliases: ["MoE", "Min. Education", "Education", "Ministère de l'Éducation nationale", "Ministère de l'Éducation", "Ministerio de Educación", "Ministério da Educação", "وزارة التربية", "وزارة التعليم", "وزارة التربية والتعليم", "Министерство образования", "教育部"] },
  { name: "Ministry of Foreign Affairs", aliases: ["MoFA", "MFA", "Foreign Affairs", "Ministère des Affaires étrangères", "MAE", "Ministerio de Relaciones Exteriores", "Ministerio de Asuntos Exteriores", "Cancillería", "Ministério das Relações Exteriores", "وزارة الخارجية", "Министерство иностранных дел", "МИД", "外交部"] },
  { name: "Ministry of the Interior", aliases: ["MoI", "Ministry of Interior", "Ministry of Home Affairs", "Interior", "Ministère de l'Intérieur", "Ministerio del Interior", "Ministerio de Gobernación", "Ministério do Interior", "وزارة الداخلية", "Министерство внутренних дел", "МВД"] },
  { name: "Ministry of Labour", aliases: ["Ministry of Labor", "MoL", "Labour", "Ministère du Travail", "Ministerio de Trabajo", "Ministerio del Trabajo", "Ministério do Trabalho", "وزارة العمل", "Министерство труда", "劳动部"] },
  { name: "Ministry of Women's Affairs", aliases: ["Ministry of Women", "Ministry of Gender", "Ministry of Gender Equality", "Ministère de la Femme", "Ministère de la Promotion de la Femme", "Ministère du Genre", "Ministerio de la Mujer", "Ministério da Mulher", "وزارة المرأة", "وزارة شؤون المرأة"] },
  { name: "Ministry of Social Affairs", aliases: ["Ministry of Social Development", "Ministry of Social Welfare", "Ministère des Affaires sociales", "Ministère de l'Action sociale", "Ministerio de Desarrollo Social", "Ministério do Desenvolvimento Social", "وزارة الشؤون الاجتماعية", "Министерство социальной защиты"] },
  { name: "National Human Rights Institution", aliases: ["NHRI", "INDH", "CNDH", "National Human Rights Commission", "NHRC", "Commission nationale des droits de l'homme", "Institution nationale des droits de l'homme", "Institución Nacional de Derechos Humanos", "Comisión Nacional de Derechos Humanos", "Instituição Nacional de Direitos Humanos", "المؤسسة الوطنية لحقوق الإنسان", "المجلس الوطني لحقوق الإنسان", "Национальное правозащитное учреждение"] },
  { name: "Parliament", aliases: ["National Assembly", "Legislature", "Parlement", "Assemblée nationale", "Congreso", "Congreso Nacional", "Asamblea Nacional", "Parlamento", "Congresso Nacional", "البرلمان", "مجلس النواب", "Парламент", "议会"] },
  { name: "Police", aliases: ["National Police", "Police nationale", "Policía", "Policía Nacional", "Polícia", "Polícia Nacional", "الشرطة", "Полиция", "警察"] },
  { name: "National Statistics Office", aliases: ["NSO", "Statistics Office", "National Bureau of Statistics", "Institut national de la statistique", "INS", "INSTAT", "Instituto Nacional de Estadística", "INE", "Instituto Nacional de Estatística", "الجهاز المركزي للإحصاء", "Национальный статистический комитет", "国家统计局"] },
];

// Dots and other punctuation vary freely inside names: "Min. Justice", "M.o.J.", "Ministère de l’Intérieur".
const KEYS = new Map<string, string>();
const key = (s: string): string => {
  let k = KEYS.get(s);
  if (k === undefined) {
    if (KEYS.size >= 20_000) KEYS.clear();
    KEYS.set(s, (k = fold(s).replace(/\./g, "").replace(/[^\p{L}\p{N}&]+/gu, " ").trim()));
  }
  return k;
};

const lookups = new WeakMap<AliasTable, Map<string, string>>();

function lookupFor(table: AliasTable): Map<string, string> {
  let map = lookups.get(table);
  if (map === undefined) {
    map = new Map();
    for (const { name, aliases } of table) {
      // The first claim wins, so a table's order settles a clash and names beat aliases listed later.
      for (const s of [name, ...aliases]) if (!map.has(key(s))) map.set(key(s), name);
    }
    lookups.set(table, map);
  }
  return map;
}

const HARD_SEPARATORS = /\s*(?:[\n\r;/|•؛；]|\s\+\s)\s*/;
const COMMA = /\s*[,،，]\s*/;
const CONJUNCTIONS = /\s+(?:and|et|y|e|и|و)\s+|\s*&\s*|\s*和\s*/iu;
// "MJDHPC", "MoJ", "INDH": a short word with at least two capitals and no spaces.
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{L}\d.&-]{2,12}$/u;
const STARTS_LOWER = /^\p{Ll}/u;

/** Splits on "x and y" only when every side is an institution we know or an acronym: not "Ministry of Justice and Human Rights". */
function splitConjunctions(part: string, known: Map<string, string>): string[] {
  if (known.has(key(part))) return [part];
  const sides = part.split(CONJUNCTIONS).map((s) => s.trim());
  if (sides.length < 2 || sides.some((s) => s === "")) return [part];
  return sides.every((s) => known.has(key(s)) || ACRONYM.test(s)) ? sides : [part];
}

/** Splits on commas, but "Ministère de la Femme, de la Famille et de l'Enfance" stays one name. */
function splitCommas(piece: string, known: Map<string, string>): string[] {
  if (known.has(key(piece))) return [piece];
  const out: string[] = [];
  for (const raw of piece.split(COMMA)) {
    const s = raw.trim();
    if (s === "") continue;
    if (out.length > 0 && STARTS_LOWER.test(s)) out[out.length - 1] += ", " + s;
    else out.push(s);
  }
  return out;
}

/**
 * The institutions named in a cell, with known spellings replaced by their canonical name. Names not in the
 * table are kept as written and also listed in `unknown`, so the caller can flag them without losing them.
 */
type Parsed = { names: string[]; unknown: string[] };
/** Institution cells repeat down a sheet: each table remembers its parses, up to a bound. */
const parses = new WeakMap<AliasTable, Map<string, Parsed>>();

export function parseInstitutions(raw: string, aliases: AliasTable): Parsed {
  let memo = parses.get(aliases);
  if (!memo) parses.set(aliases, (memo = new Map()));
  let parsed = memo.get(raw);
  if (!parsed) {
    if (memo.size >= 20_000) memo.clear();
    memo.set(raw, (parsed = parseUncached(raw, aliases)));
  }
  return { names: [...parsed.names], unknown: [...parsed.unknown] };
}

function parseUncached(raw: string, aliases: AliasTable): Parsed {
  const known = lookupFor(aliases);
  const names: string[] = [];
  const unknown: string[] = [];
  const whole = raw.trim().replace(/\s+/g, " ");
  const pieces = known.has(key(whole)) ? [whole] : raw.split(HARD_SEPARATORS);
  for (const piece of pieces) {
    for (const part of splitCommas(piece.trim(), known)) {
      for (const side of splitConjunctions(part, known)) {
        const written = side.replace(/^[-–—*•·\s]+/, "").replace(/\s+/g, " ").trim();
        if (key(written) === "") continue;
        const canonical = known.get(key(written));
        const name = canonical ?? written;
        if (!names.includes(name)) names.push(name);
        if (canonical === undefined && !unknown.includes(written)) unknown.push(written);
      }
    }
  }
  return { names, unknown };
}

/**
 * Reads a user-editable alias file: one institution per line, `Canonical name = alias1; alias2`, blank lines
 * and lines starting with # ignored. A name on several lines gathers all their aliases; an alias given to two
 * different institutions is an error, reported with its 1-based line.
 */
export function parseAliasTable(text: string): AliasTable | AliasTableError {
  const entries: { name: string; aliases: string[] }[] = [];
  const owner = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const lineNo = i + 1;
    if (line === "" || line.startsWith("#")) continue;
    const eq = line.split("=");
    if (eq.length > 2) return { error: "aliases.extra_equals", line: lineNo, detail: line };
    const name = eq[0].trim().replace(/\s+/g, " ");
    if (key(name) === "") return { error: "aliases.missing_name", line: lineNo, detail: line };
    const aliases = (eq[1] ?? "").split(";").map((a) => a.trim().replace(/\s+/g, " ")).filter((a) => key(a) !== "");
    const claimed = owner.get(key(name));
    if (claimed !== undefined && key(entries[claimed].name) !== key(name)) {
      return { error: "aliases.duplicate_alias", line: lineNo, detail: name };
    }
    const index = claimed ?? entries.push({ name, aliases: [] }) - 1;
    for (const s of [name, ...aliases]) {
      const prior = owner.get(key(s));
      if (prior !== undefined && prior !== index) return { error: "aliases.duplicate_alias", line: lineNo, detail: s };
      owner.set(key(s), index);
      if (s !== name && !entries[index].aliases.includes(s)) entries[index].aliases.push(s);
    }
  }
  return entries;
}

/** Reads Sustainable Development Goals and targets out of free text ("ODS 5; 16.2", "- 8.7 - End modern slavery…"). */
import { fold, memoize, splitList } from "./text";

export interface SdgResult {
  /** Goal numbers 1–17, sorted, including the goal of every target. */
  readonly goals: number[];
  /** Targets such as "5.2" or "16.a", sorted. */
  readonly targets: string[];
  /** Pieces that are not a goal or target, as written. */
  readonly unrecognised: string[];
}

/** Words that introduce or describe goal numbers in the seven languages ("SDG", "ODS", "目标", "الهدف"). */
export const SDG_WORDS: readonly string[] = [
  "sdg", "sdgs", "ods", "odd", "goal", "goals", "target", "targets", "objetivo", "objetivos", "objectif", "objectifs",
  "meta", "metas", "cible", "cibles", "цур", "цель", "цели", "задача", "задачи", "目标", "可持续发展目标", "具体目标",
  "الهدف", "هدف", "الاهداف", "الغاية", "غاية", "n°", "no", "nº", "#", "de", "du", "del", "of", "the", "developpement",
  "durable", "sustainable", "development", "desarrollo", "sostenible", "desenvolvimento", "sustentavel",
  "устоичивого", "развития", "التنمية", "المستدامة",
];
const WORDS: ReadonlySet<string> = new Set(SDG_WORDS.map(fold));
// The same words glued to the number: "SDG5", "ODS16", "目标5", "#5", "و16" (Arabic "and" attaches to the next word).
const GLUED = /^(?:sdgs?|ods|odd|goal|objetivo|objectif|target|meta|cible|цур|цель|目标|可持续发展目标|الهدف|هدف|#|n°|第|و)(?=\d)/u;
const CJK_SUFFIX = /(?<=\d)(?:号|个)$/u;
// UHRI writes a code then its title: "8.7 - End modern slavery…", "11 - SUSTAINABLE CITIES…"; the title may hold commas.
const CODE_WITH_TITLE = /^(?:(?:sdgs?|ods|odd|goal|objetivo|objectif|target|meta|cible|цур|цель|目标|الهدف)\s*)?#?\s*(\d{1,2}(?:\.(?:\d{1,2}|[a-z]))?)\s*[-:]\s*\p{L}/u;
const SUB_PARTS = /\s*(?:[,，、،]|\s(?:and|et|y|e|и|و)\s|和|及)\s*/iu;
const TOKENS = /[\s()[\]{}]+/u;
const GOAL = /^(\d{1,2})$/;
const TARGET = /^(\d{1,2})\.(\d{1,2}|[a-z])(?:\.\d{1,2})?$/;

type Code = { goal: number; target: string | null };

/** A goal or target (an indicator "5.2.1" counts as its target), or null when it is not a plausible one. */
function readCode(token: string): Code | null {
  const g = GOAL.exec(token);
  if (g) {
    const goal = Number(g[1]);
    return goal >= 1 && goal <= 17 ? { goal, target: null } : null;
  }
  const t = TARGET.exec(token);
  if (!t) return null;
  const goal = Number(t[1]);
  const suffix = t[2];
  if (goal < 1 || goal > 17) return null;
  // Goal 17 has the most numbered targets (17.19); lettered ("means of implementation") targets stop at g.
  const numeric = /^\d+$/.test(suffix);
  if (numeric ? Number(suffix) < 1 || Number(suffix) > 19 : suffix > "g") return null;
  return { goal, target: `${goal}.${numeric ? Number(suffix) : suffix}` };
}

/** The codes of one comma-free piece, or null when any word in it is neither a code nor a goal word. */
function readPiece(piece: string): Code[] | null {
  const codes: Code[] = [];
  for (const raw of fold(piece).split(TOKENS)) {
    const token = raw.replace(/[.,;:]+$/, "").replace(GLUED, "").replace(CJK_SUFFIX, "");
    if (token === "" || WORDS.has(token)) continue;
    const code = readCode(token);
    if (code === null) return null;
    codes.push(code);
  }
  return codes.length > 0 ? codes : null;
}

const compareTargets = (a: string, b: string): number => {
  const [ga, sa] = a.split(".");
  const [gb, sb] = b.split(".");
  if (ga !== gb) return Number(ga) - Number(gb);
  const na = /^\d+$/.test(sa) ? Number(sa) : 100 + sa.charCodeAt(0);
  const nb = /^\d+$/.test(sb) ? Number(sb) : 100 + sb.charCodeAt(0);
  return na - nb;
};

function parse(raw: string): SdgResult {
  const goals = new Set<number>();
  const targets = new Set<string>();
  const unrecognised: string[] = [];
  const add = (c: Code): void => {
    goals.add(c.goal);
    if (c.target !== null) targets.add(c.target);
  };
  for (const item of splitList(raw)) {
    const titled = CODE_WITH_TITLE.exec(fold(item));
    if (titled) {
      const code = readCode(titled[1]);
      if (code) add(code);
      else unrecognised.push(item);
      continue;
    }
    for (const piece of item.split(SUB_PARTS)) {
      if (piece.trim() === "") continue;
      const codes = readPiece(piece);
      if (codes) codes.forEach(add);
      else if (!unrecognised.includes(piece.trim())) unrecognised.push(piece.trim());
    }
  }
  return {
    goals: [...goals].sort((a, b) => a - b),
    targets: [...targets].sort(compareTargets),
    unrecognised,
  };
}

const cached = memoize(parse);

/** Goals, targets and unreadable pieces of an SDG cell; each result is a fresh copy the caller may keep. */
export function parseSdg(raw: string): SdgResult {
  const r = cached(raw);
  return { goals: [...r.goals], targets: [...r.targets], unrecognised: [...r.unrecognised] };
}

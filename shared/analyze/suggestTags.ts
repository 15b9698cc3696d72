/** Suggested tags for a recommendation (UHRI themes and affected persons, SDG goals and targets, UPR Info issues, action category), each with a score and reason. */
import type { Recommendation } from "../model/tracker";
import { affectedPersonLabel } from "./affectedPersonLabel";
import type { Analyzer } from "./analyzer";
import { defaultAnalyzer } from "./defaultAnalyzer";
import type { SparseVector } from "./features";
import type { Prediction } from "./linear";
import { themeLabel } from "./themeLabel";

/** One suggested value: its score (0–1) and the words of the text that triggered it. */
export interface Suggestion<T> {
  readonly value: T;
  readonly score: number;
  readonly reason: readonly string[];
}

export interface Suggestions {
  readonly themes: Suggestion<string>[];
  /** Today's UHRI group names ("Women", "Persons with disabilities"). */
  readonly affectedPersons: Suggestion<string>[];
  readonly sdgGoals: Suggestion<number>[];
  /** Targets as "16.9"; only under a goal suggested here or carried by the record, and only when a target-specific phrase names them. */
  readonly sdgTargets: Suggestion<string>[];
  readonly uprInfoIssues: Suggestion<string>[];
  readonly actionCategory: Suggestion<number> | null;
}

/** What suggestTags reads of a recommendation; affected persons and targets it already carries are optional. */
export type TaggableRecommendation = Pick<Recommendation, "text" | "themes" | "sdgGoals"> & Partial<Pick<Recommendation, "affectedPersons" | "sdgTargets">>;

const none = (): Suggestions => ({ themes: [], affectedPersons: [], sdgGoals: [], sdgTargets: [], uprInfoIssues: [], actionCategory: null });

const round = (score: number): number => Math.round(score * 1000) / 1000;
const suggestion = <T>(p: Prediction, value: T): Suggestion<T> => ({ value, score: round(p.score), reason: p.reason });

/**
 * Suggestions for one recommendation. Labels it already carries are not suggested again (the source's labels
 * are kept as they are; suggestions sit beside them). An empty text gets no suggestions.
 */
/** `x`: the text's vector when the caller made it already (clustering needs it too). */
export function suggestTags(rec: TaggableRecommendation, analyzer: Analyzer = defaultAnalyzer(), x?: SparseVector): Suggestions {
  if (rec.text.trim() === "") return none();
  x ??= analyzer.vector(rec.text);
  const hasTheme = new Set(rec.themes.map(themeLabel));
  const hasPerson = new Set((rec.affectedPersons ?? []).map(affectedPersonLabel));
  const hasGoal = new Set(rec.sdgGoals);
  const hasTarget = new Set(rec.sdgTargets ?? []);
  const goals = analyzer.sdgGoals(x);
  // A goal the record carries is as good as certain for its targets.
  const goalScores = new Map<string, number>([...goals.map((p): [string, number] => [p.label, p.score]), ...rec.sdgGoals.map((g): [string, number] => [String(g), 1])]);
  const action = analyzer.action(x);
  return {
    themes: analyzer.themes(x).filter((p) => !hasTheme.has(p.label)).map((p) => suggestion(p, p.label)),
    affectedPersons: analyzer.affectedPersons(x).filter((p) => !hasPerson.has(p.label)).map((p) => suggestion(p, p.label)),
    sdgGoals: goals.filter((p) => !hasGoal.has(Number(p.label))).map((p) => suggestion(p, Number(p.label))),
    sdgTargets: analyzer.sdgTargets(rec.text, goalScores).filter((p) => !hasTarget.has(p.label)).map((p) => suggestion(p, p.label)),
    uprInfoIssues: analyzer.issues(x).map((p) => suggestion(p, p.label)),
    actionCategory: suggestion(action, Number(action.label)),
  };
}

/** Suggested tags for a recommendation (UHRI themes, SDG goals, UPR Info issues, action category), each with a score and reason. */
import type { Recommendation } from "../model/tracker";
import type { Analyzer } from "./analyzer";
import { defaultAnalyzer } from "./defaultAnalyzer";
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
  readonly sdgGoals: Suggestion<number>[];
  readonly uprInfoIssues: Suggestion<string>[];
  readonly actionCategory: Suggestion<number> | null;
}

const round = (score: number): number => Math.round(score * 1000) / 1000;
const suggestion = <T>(p: Prediction, value: T): Suggestion<T> => ({ value, score: round(p.score), reason: p.reason });

/**
 * Suggestions for one recommendation. Labels it already carries are not suggested again (the source's labels
 * are kept as they are; suggestions sit beside them). An empty text gets no suggestions.
 */
export function suggestTags(rec: Pick<Recommendation, "text" | "themes" | "sdgGoals">, analyzer: Analyzer = defaultAnalyzer()): Suggestions {
  if (rec.text.trim() === "") return { themes: [], sdgGoals: [], uprInfoIssues: [], actionCategory: null };
  const x = analyzer.vector(rec.text);
  const hasTheme = new Set(rec.themes.map(themeLabel));
  const hasGoal = new Set(rec.sdgGoals);
  const action = analyzer.action(x);
  return {
    themes: analyzer.themes(x).filter((p) => !hasTheme.has(p.label)).map((p) => suggestion(p, p.label)),
    sdgGoals: analyzer.sdgGoals(x).filter((p) => !hasGoal.has(Number(p.label))).map((p) => suggestion(p, Number(p.label))),
    uprInfoIssues: analyzer.issues(x).map((p) => suggestion(p, p.label)),
    actionCategory: suggestion(action, Number(action.label)),
  };
}

/** The runtime analyzer: from model data, predicts UPR Info issues, action category, SDG goals and targets, UHRI themes and affected persons for a text. */
import type { SparseVector } from "./features";
import { compileTagger, predictLabels, predictOne, type Prediction } from "./linear";
import { decodeIdf, decodeTagger, type AnalyzeModelData } from "./modelData";
import { sdgTargets } from "./sdgTargets";
import { createVectorizer } from "./vectorize";

export interface Analyzer {
  vector(text: string): SparseVector;
  issues(x: SparseVector): Prediction[];
  action(x: SparseVector): Prediction;
  sdgGoals(x: SparseVector): Prediction[];
  /** Targets named in the text under one of `goals` (goal number → score). */
  sdgTargets(text: string, goals: ReadonlyMap<string, number>): Prediction[];
  themes(x: SparseVector): Prediction[];
  affectedPersons(x: SparseVector): Prediction[];
}

export function createAnalyzer(data: AnalyzeModelData): Analyzer {
  const issues = compileTagger(decodeTagger(data.issues));
  const action = compileTagger(decodeTagger(data.action));
  const sdgGoals = compileTagger(decodeTagger(data.sdgGoals));
  const themes = compileTagger(decodeTagger(data.themes));
  const persons = compileTagger(decodeTagger(data.affectedPersons));
  const vectorizer = createVectorizer(decodeIdf(data.idf), data.defaultIdf, data.themes.labels);
  return {
    vector: (text) => vectorizer.vector(text),
    issues: (x) => predictLabels(issues, x, true),
    action: (x) => predictOne(action, x),
    sdgGoals: (x) => predictLabels(sdgGoals, x, false),
    sdgTargets,
    themes: (x) => predictLabels(themes, x, false),
    affectedPersons: (x) => predictLabels(persons, x, false),
  };
}

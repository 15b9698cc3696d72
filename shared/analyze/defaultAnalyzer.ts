/**
 * The analyzer built from the committed model (shared/analyze/model/analyzeModel.json), created on first use: the
 * model's numbers are packed in a few strings, so a host loading the bundle pays almost nothing until the first
 * suggestion is asked for, when they are decoded (once) into the taggers.
 */
import { createAnalyzer, type Analyzer } from "./analyzer";
import type { AnalyzeModelData } from "./modelData";
import model from "./model/analyzeModel.json";

let analyzer: Analyzer | null = null;

export function defaultAnalyzer(): Analyzer {
  analyzer ??= createAnalyzer(model as AnalyzeModelData);
  return analyzer;
}

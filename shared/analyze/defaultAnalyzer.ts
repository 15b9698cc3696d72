/** The analyzer built from the committed model (shared/analyze/model/analyzeModel.json), created on first use. */
import { createAnalyzer, type Analyzer } from "./analyzer";
import type { AnalyzeModelData } from "./modelData";
import model from "./model/analyzeModel.json";

let analyzer: Analyzer | null = null;

export function defaultAnalyzer(): Analyzer {
  analyzer ??= createAnalyzer(model as unknown as AnalyzeModelData);
  return analyzer;
}

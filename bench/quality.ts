/** `npm run bench:quality`: trains the analyzer on part of ../shared/data and measures it on a part it never saw. */
import fs from "node:fs";
import { createAnalyzer } from "../shared/analyze/analyzer";
import { fitAnalyzeModel, type Corpus } from "../shared/analyze/fit";
import { DIMENSION, hashFeature } from "../shared/analyze/features";
import { targetGoal } from "../shared/analyze/sdgTargets";
import { fold } from "../shared/vocab/text";
import { DATA, readMatrices, readUhriSample, readUpr } from "./analyzeData";

const BASELINE = { issues: 0.89, action: 0.885, sdg: 0.49, themes: 0.16 };
const TARGET = { issues: 0.9, action: 0.9, sdg: 0.65, themes: 0.45 };
/** Share of States under review held out of training (chosen by a fixed hash of the State's name). */
const TEST_STATES = 0.2;

const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;
const share = (key: string): number => hashFeature(key) / DIMENSION;

function microF1(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[]): { f1: number; p: number; r: number } {
  let tp = 0, fp = 0, fn = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    for (const l of p) if (g.includes(l)) tp++; else fp++;
    for (const l of g) if (!p.includes(l)) fn++;
  });
  return { f1: (2 * tp) / Math.max(1, 2 * tp + fp + fn), p: tp / Math.max(1, tp + fp), r: tp / Math.max(1, tp + fn) };
}

/** A figure with no baseline or target (the taggers the baseline does not have). */
function figure(name: string, value: number, extra = ""): void {
  console.log(`${name.padEnd(26)} ${value.toFixed(3)}   (no baseline)${extra}`);
}

function line(name: string, value: number, key: keyof typeof BASELINE, extra = ""): void {
  const verdict = value >= TARGET[key] ? "meets target" : value > BASELINE[key] ? "beats baseline" : "below baseline";
  console.log(`${name.padEnd(26)} ${value.toFixed(3)}   baseline ${BASELINE[key].toFixed(3)}   target ≥${TARGET[key].toFixed(2)}   ${verdict}${extra}`);
}

function main(): void {
  if (!fs.existsSync(DATA)) {
    console.log(`bench:quality skipped: ${DATA} is absent.`);
    return;
  }
  const upr = readUpr().filter((r) => r.issues.length > 0);
  const isTest = (state: string): boolean => share(`state:${state}`) < TEST_STATES;
  const uprTrain = upr.filter((r) => !isTest(r.state));
  const uprTest = upr.filter((r) => isTest(r.state));
  const matrices = readMatrices();
  const themesTrain = matrices.filter((r) => r.cycle === "2" && r.themes.length > 0);
  const themesTest = matrices.filter((r) => r.cycle === "3" && r.themes.length > 0);
  const sdgRows = matrices.filter((r) => r.cycle === "3" && r.sdgGoals.length > 0);
  const sdgIsTest = (text: string): boolean => share(`sdg:${fold(text)}`) < 0.5;
  const sdgTrain = sdgRows.filter((r) => !sdgIsTest(r.text));
  const sdgTest = sdgRows.filter((r) => sdgIsTest(r.text));
  const personsTrain = matrices.filter((r) => r.cycle === "2" && r.affectedPersons !== null);
  const personsTest = matrices.filter((r) => r.cycle === "3" && r.affectedPersons !== null);
  const corpus = <T>(rows: readonly T[], text: (r: T) => string, gold: (r: T) => string[], group?: (r: T) => string): Corpus =>
    group ? { texts: rows.map(text), gold: rows.map(gold), groups: rows.map(group) } : { texts: rows.map(text), gold: rows.map(gold) };

  console.log(`UPR Info: ${uprTrain.length} train / ${uprTest.length} test rows (${new Set(uprTest.map((r) => r.state)).size} of ${new Set(upr.map((r) => r.state)).size} States under review held out)`);
  console.log(`OHCHR themes: ${themesTrain.length} cycle-2 train / ${themesTest.length} cycle-3 test rows; SDG goals (cycle 3 only, fixed half by text hash): ${sdgTrain.length} train / ${sdgTest.length} test`);
  console.log(`OHCHR affected persons: ${personsTrain.length} cycle-2 train / ${personsTest.length} cycle-3 test rows ("general" counts as no group)`);

  const t0 = process.hrtime.bigint();
  const data = fitAnalyzeModel({
    issues: corpus(uprTrain, (r) => r.text, (r) => r.issues, (r) => r.state),
    action: corpus(uprTrain, (r) => r.text, (r) => [r.action]),
    sdgGoals: corpus(sdgTrain, (r) => r.text, (r) => r.sdgGoals),
    themes: corpus(themesTrain, (r) => r.text, (r) => r.themes),
    affectedPersons: corpus(personsTrain, (r) => r.text, (r) => r.affectedPersons ?? []),
  });
  const trainTime = seconds(t0);
  const analyzer = createAnalyzer(data);

  const t1 = process.hrtime.bigint();
  const uprVectors = uprTest.map((r) => analyzer.vector(r.text));
  const issues = uprVectors.map((x) => analyzer.issues(x).map((p) => p.label));
  const actions = uprVectors.map((x) => analyzer.action(x).label);
  const predictTime = seconds(t1);
  const sdgPredictions = sdgTest.map((r) => analyzer.sdgGoals(analyzer.vector(r.text)));
  const sdg = sdgPredictions.map((ps) => ps.map((p) => p.label));
  const themes = themesTest.map((r) => analyzer.themes(analyzer.vector(r.text)).map((p) => p.label));
  const persons = personsTest.map((r) => analyzer.affectedPersons(analyzer.vector(r.text)).map((p) => p.label));
  const goalScores = (ps: readonly { label: string; score: number }[]): Map<string, number> => new Map(ps.map((p) => [p.label, p.score]));
  const targets = sdgTest.map((r, i) => analyzer.sdgTargets(r.text, goalScores(sdgPredictions[i])).map((p) => p.label));
  const uhri = readUhriSample();
  const uhriTargets = uhri.map((r) => analyzer.sdgTargets(r.text, new Map(r.sdgGoals.map((g) => [g, 1]))).map((p) => p.label));

  const fmt = (m: { p: number; r: number }): string => `   (P ${m.p.toFixed(3)} R ${m.r.toFixed(3)})`;
  const mi = microF1(uprTest.map((r) => r.issues), issues);
  line("UPR Info issues micro-F1", mi.f1, "issues", fmt(mi));
  line("Action category accuracy", actions.filter((a, i) => a === uprTest[i].action).length / uprTest.length, "action");
  const ms = microF1(sdgTest.map((r) => r.sdgGoals), sdg);
  line("SDG goals micro-F1", ms.f1, "sdg", fmt(ms));
  const mt = microF1(themesTest.map((r) => r.themes), themes);
  line("UHRI themes micro-F1", mt.f1, "themes", fmt(mt));
  const mp = microF1(personsTest.map((r) => r.affectedPersons ?? []), persons);
  figure("Affected persons micro-F1", mp.f1, fmt(mp));
  const suggested = targets.flat().length;
  const goalRight = targets.reduce((n, ts, i) => n + ts.filter((t) => sdgTest[i].sdgGoals.includes(targetGoal(t))).length, 0);
  figure("SDG targets: goal right", goalRight / Math.max(1, suggested), `   (${suggested} targets on ${targets.filter((t) => t.length > 0).length} of ${sdgTest.length} SDG test texts; the matrices carry no targets)`);
  const mu = microF1(uhri.map((r) => r.sdgTargets), uhriTargets);
  figure("SDG targets micro-F1", mu.f1, `${fmt(mu)} on the ${uhri.length}-record UHRI sample, given its goals (too small to weigh much)`);
  const size = JSON.stringify(data).length;
  console.log(`train ${trainTime.toFixed(1)} s; predict issues + action for ${uprTest.length} texts ${predictTime.toFixed(2)} s; model ${(size / 1e6).toFixed(2)} MB as JSON`);
}

main();

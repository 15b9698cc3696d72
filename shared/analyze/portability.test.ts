/** The analyzer, bundled with its committed model, runs in a bare V8 context (no Node, DOM or host globals), as in Apps Script. */
import path from "node:path";
import vm from "node:vm";
import { buildSync } from "esbuild";
import type * as AnalyzeModule from "./index";

type Analyze = typeof AnalyzeModule;

describe("shared/analyze in a context with no host globals", () => {
  const bundle = buildSync({ entryPoints: [path.join(__dirname, "index.ts")], bundle: true, write: false, format: "iife", globalName: "Analyze", target: "es2022", platform: "neutral", mainFields: ["module", "main"] });
  const context = vm.createContext({});
  vm.runInContext(`${bundle.outputFiles[0].text};globalThis.Analyze = Analyze;`, context);
  const analyze = (context as { Analyze: Analyze }).Analyze;

  it("suggests tags there", () => {
    const s = analyze.suggestTags({ text: "Abolish the death penalty", themes: [], sdgGoals: [] });
    expect(s.uprInfoIssues.map((x) => x.value)).toContain("Death penalty");
    expect(s.actionCategory?.value).toBe(5);
  });

  it("keeps the bundle, model included, under 5 MB", () => {
    expect(bundle.outputFiles[0].contents.length).toBeLessThan(5_000_000);
  });
});

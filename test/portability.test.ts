/**
 * The core must run unchanged in a browser, in Apps Script's V8 and in Node. Here it is bundled as one script
 * and run in a bare V8 context that has only the ECMAScript built-ins: no require, process, window or console.
 */
import path from "node:path";
import vm from "node:vm";
import { buildSync } from "esbuild";
import type * as CoreModule from "../shared/index";

const root = path.resolve(__dirname, "..");

/** The bundle exposes the same exports as the module, now as one global of the bare context. */
type Core = typeof CoreModule;

function loadCoreInBareContext(): Core {
  const bundle = buildSync({ entryPoints: [path.join(root, "shared/index.ts")], bundle: true, write: false, format: "iife", globalName: "NmirfCore", target: "es2022", platform: "neutral", mainFields: ["module", "main"] });
  const context = vm.createContext({});
  vm.runInContext(`${bundle.outputFiles[0]!.text};globalThis.NmirfCore = NmirfCore;`, context);
  return (context as { NmirfCore: Core }).NmirfCore;
}

describe("the core in a context with no host globals", () => {
  const core = loadCoreInBareContext();

  it("has no Node, DOM or host global to lean on", () => {
    expect(vm.runInNewContext("typeof require + typeof process + typeof window + typeof document")).toBe("undefinedundefinedundefinedundefined");
  });

  it("tracks a sheet, plans the tracker workbook and summarises it there", () => {
    const src = {
      file: "t.csv",
      sheets: [{ name: "t", merges: [], rows: [["No.", "Recommendation", "Status", "Deadline"], ["1", "Ratify OP-CAT", "In progress", "Q3 2025"]] }],
    };
    const opts = { lang: "ar", asOf: "2026-01-01", now: "2026-01-01T00:00:00Z", by: "test" } as const;
    const result = core.track([src], opts);
    expect(result.recommendations[0].status).toBe("in_progress");
    expect(result.recommendations[0].deadline).toBe("2025-Q3");
    expect(result.rollups.total.overdue).toBe(1);
    const plan = core.planWorkbook({ ...result, lang: "ar", generatedAt: opts.now });
    expect(plan.sheets.length).toBeGreaterThan(4);
    const summary = core.toSummary(result, { generatedAt: opts.now, lang: "ar", asOf: opts.asOf });
    expect(core.SummaryJson.safeParse(summary).success).toBe(true);
  });
});

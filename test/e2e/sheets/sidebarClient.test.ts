/** The sidebar's client side in Node: the promise wrapper of google.script.run, the Sheets host's write loop, the in-page engine. */
import { analyseConvert } from "../../../shared/flows";
import type { SourceFile } from "../../../shared/grid/grid";
import type { WorkbookPlan } from "../../../shared/workbook/plan";
import { serverCall, type ScriptRunner, type ServerCall } from "../../../sheets-apps-script/src/sidebar/scriptRun";
import { sheetsHost } from "../../../sheets-apps-script/src/sidebar/sheetsHost";
import type { ApplyProgress } from "../../../sheets-apps-script/src/sidebarApi";
import { directEngine } from "../../../ui/engine/directEngine";
import { CancelledError } from "../../../ui/host";

/** A google.script.run whose server functions answer (or fail) synchronously, as the handlers would later. */
function runner(server: Record<string, (...args: unknown[]) => unknown>): () => ScriptRunner {
  const make = (ok?: (v: unknown) => void, fail?: (e: unknown) => void): ScriptRunner =>
    new Proxy({} as ScriptRunner, {
      get: (_, name: string) => {
        if (name === "withSuccessHandler") return (h: (v: unknown) => void) => make(h, fail);
        if (name === "withFailureHandler") return (h: (e: unknown) => void) => make(ok, h);
        const fn = server[name];
        return fn && ((...args: unknown[]) => {
          try {
            ok?.(fn(...args));
          } catch (e) {
            fail?.(e);
          }
        });
      },
    });
  return () => make();
}

const PLAN = { sheets: [], dateFormat: "yyyy-mm-dd" } as unknown as WorkbookPlan;

describe("google.script.run as promises", () => {
  it("resolves with the server's result and rejects with an Error carrying the server's message", async () => {
    const call = serverCall(runner({
      sidebarActiveSheet: () => "Suivi EPU",
      sidebarGoTo: () => { throw new Error('No sheet named "Nowhere".'); },
      // some platform failures reach the handler as plain text
      sidebarDiscardPlan: () => { throw "ScriptError: quota"; },
    }));
    await expect(call("sidebarActiveSheet")).resolves.toBe("Suivi EPU");
    await expect(call("sidebarGoTo", { sheet: "Nowhere", row: 0, col: 0 })).rejects.toThrow('No sheet named "Nowhere".');
    await expect(call("sidebarDiscardPlan")).rejects.toThrow("ScriptError: quota");
    await expect(call("sidebarReadWorkbook")).rejects.toThrow('google.script.run has no function "sidebarReadWorkbook"');
  });
});

describe("the Sheets host", () => {
  const progress = (steps: ApplyProgress[]) => {
    const calls: string[] = [];
    const call = (async (name: string) => {
      calls.push(name);
      return name === "sidebarApplyPlan" ? steps.shift() : undefined;
    }) as ServerCall;
    return { calls, host: sheetsHost({ lang: "fr", user: "me", call }) };
  };

  it("calls again after each paused execution, reporting progress, until the plan is written", async () => {
    const { calls, host } = progress([{ finished: false, done: 4, total: 10 }, { finished: false, done: 8, total: 10 }, { finished: true, done: 10, total: 10 }]);
    const seen: number[] = [];
    await host.applyPlan(PLAN, { keep: [], signal: new AbortController().signal, onProgress: (done) => seen.push(done) });
    expect([calls, seen]).toEqual([["sidebarApplyPlan", "sidebarApplyPlan", "sidebarApplyPlan"], [4, 8, 10]]);
  });

  it("on cancel between executions, discards the paused run and rejects with CancelledError", async () => {
    const { calls, host } = progress([{ finished: false, done: 4, total: 10 }]);
    const abort = new AbortController();
    const written = host.applyPlan(PLAN, { keep: [], signal: abort.signal, onProgress: () => abort.abort() });
    await expect(written).rejects.toBeInstanceOf(CancelledError);
    expect(calls).toEqual(["sidebarApplyPlan", "sidebarDiscardPlan"]);
  });
});

describe("the in-page engine", () => {
  const book: SourceFile = { file: "book", sheets: [{ name: "Suivi", rows: [["Recommandation", "Statut"], ["Ratifier la Convention", "En cours"]], merges: [] }] };
  const meta = { lang: "fr" as const, now: "2026-11-22T09:00:00.000Z", by: "me" };

  it("gives the flows' own results", async () => {
    const engine = directEngine();
    await expect(engine.sources(book)).resolves.toEqual(["Suivi"]);
    const analysis = await engine.convert({ ...meta, workbook: book, sheet: "Suivi" }, () => undefined);
    expect(analysis).toEqual(analyseConvert({ ...meta, workbook: book, sheet: "Suivi" }));
    await expect(engine.validate({ ...meta, workbook: book })).resolves.toBeNull();
  });

  it("rejects waiting jobs with CancelledError on cancel, and runs later ones", async () => {
    const engine = directEngine();
    const waiting = engine.sources(book);
    engine.cancel();
    await expect(waiting).rejects.toBeInstanceOf(CancelledError);
    await expect(engine.sources(book)).resolves.toEqual(["Suivi"]);
  });

  it("rejects with the flow's error", async () => {
    await expect(directEngine().convert({ ...meta, workbook: book, sheet: "Absent" }, () => undefined)).rejects.toThrow('no sheet "Absent"');
  });
});

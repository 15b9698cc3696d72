/**
 * `google.script.run` as promises, one per call: the server's result, or an Error carrying the server's message
 * (the failure handler receives an Error from a thrown exception, but a plain string from some platform failures).
 */
import type { SidebarServer } from "../sidebarApi";

type Handler = (value: unknown) => void;

/** The client API Google injects into the sidebar's iframe (no published types for it). */
export interface ScriptRunner {
  withSuccessHandler(handler: Handler): ScriptRunner;
  withFailureHandler(handler: Handler): ScriptRunner;
  readonly [server: string]: unknown;
}

declare const google: { readonly script: { readonly run: ScriptRunner } };

export const googleScriptRun = (): ScriptRunner => google.script.run;

export type ServerCall = <K extends keyof SidebarServer>(name: K, ...args: Parameters<SidebarServer[K]>) => Promise<ReturnType<SidebarServer[K]>>;

const asError = (failure: unknown): Error =>
  failure instanceof Error ? failure : new Error(typeof failure === "object" && failure !== null && "message" in failure ? String(failure.message) : String(failure));

export function serverCall(runner: () => ScriptRunner): ServerCall {
  return (name, ...args) =>
    new Promise((resolve, reject) => {
      const run = runner()
        .withSuccessHandler((value) => resolve(value as ReturnType<SidebarServer[typeof name]>))
        .withFailureHandler((failure) => reject(asError(failure)));
      const server = run[name];
      if (typeof server !== "function") throw new Error(`google.script.run has no function "${name}"`);
      (server as (...a: unknown[]) => void).apply(run, args);
    });
}

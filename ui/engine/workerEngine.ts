/** The tracker Engine as calls into the engine worker (engine.worker.ts), by the job's name. */
import type { Engine, Progress } from "../host";
import { JOB_NAMES } from "./jobNames";
import { workerClient } from "./workerClient";

export function workerEngine(makeWorker: () => Worker): Engine {
  const { call, cancel } = workerClient(makeWorker);
  // A progress callback comes last and stays on this side; the worker hands the job its own (engine.worker.ts).
  const job = (name: string) => (...args: unknown[]) => {
    const last = args.at(-1);
    return typeof last === "function" ? call(name, args.slice(0, -1), last as Progress) : call(name, args);
  };
  const jobs = Object.fromEntries(JOB_NAMES.map((name) => [name, job(name)])) as Omit<Engine, "cancel">;
  return { ...jobs, cancel };
}

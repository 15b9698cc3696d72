/**
 * The tracker Engine run on the page's own thread, for hosts that cannot start a worker from a script URL (the
 * Sheets sidebar is one inlined page in Google's sandboxed iframe). Each job waits for a macrotask first, so the
 * pane paints its progress and Cancel before the flow blocks the thread; a cancel can therefore only come while a
 * job waits, and rejects it with CancelledError before it runs.
 */
import { CancelledError, type Engine } from "../host";
import { ENGINE_JOBS } from "./engineJobs";

export function directEngine(): Engine {
  const waiting = new Set<() => void>();

  const run = <T>(job: () => T | Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const cancel = (): void => reject(new CancelledError());
      waiting.add(cancel);
      setTimeout(() => {
        if (!waiting.delete(cancel)) return;
        try {
          resolve(job());
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      }, 0);
    });

  const jobs = Object.fromEntries(
    Object.entries(ENGINE_JOBS).map(([name, job]) => [name, (...args: unknown[]) => run(() => (job as (...a: unknown[]) => unknown)(...args))]),
  ) as Omit<Engine, "cancel">;

  return {
    ...jobs,
    cancel: () => {
      for (const cancel of waiting) cancel();
      waiting.clear();
    },
  };
}

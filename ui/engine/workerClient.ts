/** Calls jobs in a worker, one promise each; cancel terminates the worker (the next call starts a new one). */
import { CancelledError, type Progress } from "../host";
import type { JobReply, JobRequest } from "./protocol";

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: Progress;
}

export interface WorkerClient {
  call<T>(job: string, args: readonly unknown[], onProgress?: Progress): Promise<T>;
  cancel(): void;
}

export function workerClient(makeWorker: () => Worker): WorkerClient {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: () => Error): void => {
    for (const job of pending.values()) job.reject(error());
    pending.clear();
    worker?.terminate();
    worker = null;
  };

  const ensure = (): Worker => {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = (event: MessageEvent<JobReply>) => {
      const reply = event.data;
      const job = pending.get(reply.id);
      if (!job) return;
      if ("progress" in reply) return job.onProgress?.(reply.progress[0], reply.progress[1]);
      pending.delete(reply.id);
      if ("error" in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.result);
    };
    w.onerror = (event) => {
      event.preventDefault();
      failAll(() => new Error(event.message || "worker failed"));
    };
    return (worker = w);
  };

  return {
    call: <T>(job: string, args: readonly unknown[], onProgress?: Progress) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, ...(onProgress ? { onProgress } : {}) });
        const request: JobRequest = { id, job, args };
        ensure().postMessage(request);
      }),
    cancel: () => failAll(() => new CancelledError()),
  };
}

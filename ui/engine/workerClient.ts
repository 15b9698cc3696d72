/**
 * Calls jobs in a worker, one promise each; cancel terminates the worker (the next call starts a new one), and so
 * does a crash. Either way `onEnd` is told: whatever state the worker held has gone with it.
 */
import { CancelledError, type Progress } from "../host";
import type { JobReply, JobRequest } from "./protocol";
import { cutSlices, mendSlices } from "./slices";

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: Progress;
  /** The result's slices received so far. */
  readonly slices: (readonly unknown[])[];
}

export interface WorkerClient {
  call<T>(job: string, args: readonly unknown[], onProgress?: Progress): Promise<T>;
  cancel(): void;
}

/** Lets the page run its other tasks (paint, input) between two slices sent. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function workerClient(makeWorker: () => Worker, onEnd?: () => void): WorkerClient {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (error: () => Error): void => {
    for (const job of pending.values()) job.reject(error());
    pending.clear();
    if (!worker) return;
    worker.terminate();
    worker = null;
    onEnd?.();
  };

  const ensure = (): Worker => {
    if (worker) return worker;
    const w = makeWorker();
    w.onmessage = (event: MessageEvent<JobReply>) => {
      const reply = event.data;
      const job = pending.get(reply.id);
      if (!job) return;
      if ("progress" in reply) return job.onProgress?.(reply.progress[0], reply.progress[1]);
      if ("slice" in reply) return void job.slices.push(reply.slice);
      pending.delete(reply.id);
      if ("error" in reply) job.reject(new Error(reply.error));
      else job.resolve(mendSlices(reply.result, job.slices));
    };
    w.onerror = (event) => {
      event.preventDefault();
      failAll(() => new Error(event.message || "worker failed"));
    };
    return (worker = w);
  };

  const send = async (id: number, job: string, args: readonly unknown[]): Promise<void> => {
    const { skeleton, slices } = cutSlices(args);
    const target = ensure();
    for (const slice of slices) {
      if (!pending.has(id)) return;
      target.postMessage({ id, slice } satisfies JobRequest);
      await nextTask();
    }
    if (pending.has(id)) target.postMessage({ id, job, args: skeleton } satisfies JobRequest);
  };

  return {
    call: <T>(job: string, args: readonly unknown[], onProgress?: Progress) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, slices: [], ...(onProgress ? { onProgress } : {}) });
        void send(id, job, args);
      }),
    cancel: () => failAll(() => new CancelledError()),
  };
}

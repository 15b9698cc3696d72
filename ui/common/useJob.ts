/** One long operation at a time: its progress, its cancel, and the outcome to show (never an uncaught error). */
import { useCallback, useRef, useState } from "react";
import { CancelledError } from "../host";

export interface JobProgress {
  readonly step: string;
  readonly done: number;
  readonly total: number;
}

export type Outcome = { readonly intent: "success" | "warning" | "error"; readonly text: string } | null;

export interface Job {
  readonly busy: boolean;
  readonly progress: JobProgress | null;
  readonly outcome: Outcome;
  /** Runs the task; `step` updates the progress line; the task ends with the outcome it returns. */
  start(task: (ctx: { step(name: string, done: number, total: number): void; signal: AbortSignal }) => Promise<Outcome>): Promise<void>;
  cancel(): void;
  setOutcome(outcome: Outcome): void;
}

export function useJob(messages: { t(key: string, params?: Record<string, string | number>): string }, onCancel: () => void): Job {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const controller = useRef<AbortController | null>(null);

  const start: Job["start"] = useCallback(async (task) => {
    const abort = new AbortController();
    controller.current = abort;
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await task({ signal: abort.signal, step: (step, done, total) => setProgress({ step, done, total }) }));
    } catch (e) {
      const cancelled = abort.signal.aborted || e instanceof CancelledError || (e instanceof Error && e.name === "AbortError");
      setOutcome(cancelled ? { intent: "warning", text: messages.t("common.cancelled") } : { intent: "error", text: messages.t("common.failed", { detail: e instanceof Error ? e.message : String(e) }) });
    } finally {
      controller.current = null;
      setBusy(false);
      setProgress(null);
    }
  }, [messages]);

  const cancel = useCallback(() => {
    controller.current?.abort();
    onCancel();
  }, [onCancel]);

  return { busy, progress, outcome, start, cancel, setOutcome };
}

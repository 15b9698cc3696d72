/**
 * Retries a Sheets call on 429, 5xx and lost connections with exponential backoff and jitter, for every HTTP
 * method: googleapis retries only GET/PUT/DELETE by default, and our writes are POSTs made idempotent by design.
 */
import type { Clock, Random } from "./clock";

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  readonly baseMs: number;
  readonly capMs: number;
  /** No new attempt starts after this many ms from the first. */
  readonly deadlineMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 7, baseMs: 1000, capMs: 32_000, deadlineMs: 180_000 };

/** The HTTP status of a failed call, or null when no answer came (dropped connection, timeout). */
export function statusOf(e: unknown): number | null {
  const err = e as { status?: unknown; response?: { status?: unknown } } | null;
  const s = err?.status ?? err?.response?.status;
  return typeof s === "number" ? s : null;
}

export const isRetryable = (e: unknown): boolean => {
  const s = statusOf(e);
  return s === null ? isNetworkError(e) : s === 429 || s >= 500;
};

/** No answer at all: the connection dropped or timed out. fetch wraps the reason in `cause`, a few levels deep. */
function isNetworkError(e: unknown): boolean {
  let text = "";
  let err = e as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown } | null | undefined;
  for (let depth = 0; err && depth < 5; depth++, err = err.cause as typeof err) text += ` ${String(err.code ?? "")} ${String(err.name ?? "")} ${String(err.message ?? "")}`;
  return /ECONNRESET|ECONNREFUSED|EPIPE|UND_ERR|socket hang up|other side closed|TimeoutError|timed? ?out|aborted|fetch failed/i.test(text);
}

/** "Full jitter" backoff: a random wait up to base·2^attempt, capped. */
export const backoffMs = (attempt: number, policy: RetryPolicy, random: Random): number =>
  Math.floor(random() * Math.min(policy.capMs, policy.baseMs * 2 ** attempt));

export interface RetryOutcome<T> {
  readonly value: T;
  readonly attempts: number;
}

export async function withRetry<T>(call: (attempt: number) => Promise<T>, policy: RetryPolicy, clock: Clock, random: Random): Promise<RetryOutcome<T>> {
  const start = clock.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return { value: await call(attempt), attempts: attempt };
    } catch (e) {
      const wait = backoffMs(attempt, policy, random);
      const late = clock.now() + wait - start > policy.deadlineMs;
      if (!isRetryable(e) || attempt >= policy.maxAttempts || late) throw e;
      await clock.sleep(wait);
    }
  }
}

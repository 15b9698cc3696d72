/**
 * Wraps a SheetsPort so every call waits for the rate limiter, is retried with backoff, and is counted: calls per
 * spreadsheet (what the targets bound) and HTTP attempts (calls plus retries caused by faults).
 */
import type { Clock, Random } from "./clock";
import { statusOf, withRetry, type RetryPolicy } from "./retry";
import type { SheetsPort } from "./sheetsPort";
import { TokenBucket, type RateLimit } from "./tokenBucket";

export interface RequestCounts {
  /** Calls made per spreadsheet, retries not included. */
  readonly calls: Map<string, number>;
  /** HTTP attempts per spreadsheet, retries included. */
  readonly attempts: Map<string, number>;
}

export const newCounts = (): RequestCounts => ({ calls: new Map(), attempts: new Map() });

export interface GuardOptions {
  readonly rateLimit: RateLimit;
  readonly retry: RetryPolicy;
  readonly clock: Clock;
  readonly random: Random;
  readonly counts: RequestCounts;
}

/** A call that failed for good (not retryable, or still failing after the last attempt), with the spreadsheet it concerned. */
export class SheetsCallError extends Error {
  constructor(
    readonly spreadsheetId: string,
    /** Null when no answer came at all. */
    readonly status: number | null,
    message: string,
    readonly attempts: number,
    options: { cause: unknown },
  ) {
    super(message, options);
    this.name = "SheetsCallError";
  }
}

/** The API's own explanation when there is one, else the client's. */
function apiMessage(e: unknown): string {
  const err = e as { message?: unknown; response?: { data?: { error?: { message?: unknown } } } } | null;
  return String(err?.response?.data?.error?.message ?? err?.message ?? e);
}

const bump = (m: Map<string, number>, id: string, by = 1): void => void m.set(id, (m.get(id) ?? 0) + by);

/**
 * A retried batchUpdate whose addSheet now finds its sheet was applied by an earlier attempt whose answer was
 * lost: the batch is atomic, so all of it was applied.
 */
function alreadyApplied(e: unknown, attempt: number, requests: readonly object[]): boolean {
  if (attempt === 1 || statusOf(e) !== 400 || !requests.some((r) => "addSheet" in r)) return false;
  const err = e as { message?: unknown; response?: { data?: { error?: { message?: unknown } } } };
  return /already exists/.test(`${String(err.message ?? "")} ${String(err.response?.data?.error?.message ?? "")}`);
}

export function guardSheetsPort(port: SheetsPort, opts: GuardOptions): SheetsPort {
  const bucket = new TokenBucket(opts.rateLimit, opts.clock);
  async function run<T>(spreadsheetId: string, call: (attempt: number) => Promise<T>): Promise<T> {
    bump(opts.counts.calls, spreadsheetId);
    let attempts = 0;
    try {
      const out = await withRetry(
        async (attempt) => {
          await bucket.take();
          bump(opts.counts.attempts, spreadsheetId);
          attempts = attempt;
          return call(attempt);
        },
        opts.retry,
        opts.clock,
        opts.random,
      );
      return out.value;
    } catch (e) {
      throw new SheetsCallError(spreadsheetId, statusOf(e), apiMessage(e), attempts, { cause: e });
    }
  }
  return {
    getSpreadsheet: (id, withData) => run(id, () => port.getSpreadsheet(id, withData)),
    batchGet: (id, ranges, render) => run(id, () => port.batchGet(id, ranges, render)),
    updateValues: (id, data) => run(id, () => port.updateValues(id, data)),
    batchUpdate: (id, requests) =>
      run(id, async (attempt) => {
        try {
          await port.batchUpdate(id, requests);
        } catch (e) {
          if (!alreadyApplied(e, attempt, requests)) throw e;
        }
      }),
  };
}

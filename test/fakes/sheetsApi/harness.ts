/** Test drivers for `sheets collect`: a fake server and a guarded googleapis port pointed at it, with fast timings. */
import { FakeSheetsApi, type FakeSheetsOptions } from "./server";
import { realClock } from "../../../cli/sheets/clock";
import { googleSheetsPort } from "../../../cli/sheets/googleSheetsPort";
import { guardSheetsPort, newCounts, type RequestCounts } from "../../../cli/sheets/guardedPort";
import type { RetryPolicy } from "../../../cli/sheets/retry";
import type { SheetsPort } from "../../../cli/sheets/sheetsPort";
import type { RateLimit } from "../../../cli/sheets/tokenBucket";

export interface Harness {
  readonly api: FakeSheetsApi;
  readonly rootUrl: string;
  readonly client: SheetsPort;
  readonly counts: RequestCounts;
}

/** A seeded random source, so jitter is reproducible. */
export function seededRandom(seed = 42): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Timings for the client side; the defaults suit unit tests (a compressed quota "minute" of 1 s at most). */
export interface ClientTimings {
  readonly timeoutMs?: number;
  readonly retry?: RetryPolicy;
  readonly rateLimit?: RateLimit;
}

export async function startHarness(opts: FakeSheetsOptions = {}, timings: ClientTimings = {}): Promise<Harness> {
  const api = new FakeSheetsApi(opts);
  const rootUrl = await api.start();
  const counts = newCounts();
  const client = guardSheetsPort(googleSheetsPort({ rootUrl, timeoutMs: timings.timeoutMs ?? 400 }), {
    rateLimit: timings.rateLimit ?? { perMinute: opts.quotaPerWindow ?? 60, minuteMs: opts.windowMs ?? 60_000 },
    retry: timings.retry ?? { maxAttempts: 8, baseMs: 20, capMs: 400, deadlineMs: 20_000 },
    clock: realClock,
    random: seededRandom(),
    counts,
  });
  return { api, rootUrl, client, counts };
}

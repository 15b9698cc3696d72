import type { Clock } from "./clock";
import { backoffMs, isRetryable, withRetry, type RetryPolicy } from "./retry";
import { TokenBucket } from "./tokenBucket";

/** A clock that only moves when something sleeps. */
function fakeClock(): Clock & { slept: number[] } {
  let t = 0;
  const slept: number[] = [];
  return { now: () => t, sleep: async (ms) => void (slept.push(ms), (t += ms)), slept };
}

const policy: RetryPolicy = { maxAttempts: 4, baseMs: 100, capMs: 250, deadlineMs: 10_000 };
const fail = (status: number | null) => Object.assign(new Error(status === null ? "fetch failed" : "http"), status === null ? { cause: { code: "ECONNRESET" } } : { status });

describe("withRetry", () => {
  it.each([
    [429, true],
    [500, true],
    [503, true],
    [null, true],
    [400, false],
    [403, false],
    [404, false],
  ])("status %p is retryable: %p", (status, expected) => {
    expect(isRetryable(fail(status))).toBe(expected);
  });

  it("backs off exponentially with capped full jitter from the injected random source", async () => {
    const clock = fakeClock();
    let calls = 0;
    const out = await withRetry(async () => (++calls < 4 ? Promise.reject(fail(429)) : "ok"), policy, clock, () => 0.5);
    expect(out).toEqual({ value: "ok", attempts: 4 });
    expect(clock.slept).toEqual([100, 125, 125]);
    expect(backoffMs(10, policy, () => 0.999)).toBeLessThan(250);
  });

  it("gives up after maxAttempts, and at once on a client error", async () => {
    const clock = fakeClock();
    let calls = 0;
    await expect(withRetry(async () => (calls++, Promise.reject(fail(500))), policy, clock, () => 0)).rejects.toMatchObject({ status: 500 });
    expect(calls).toBe(4);
    calls = 0;
    await expect(withRetry(async () => (calls++, Promise.reject(fail(400))), policy, clock, () => 0)).rejects.toMatchObject({ status: 400 });
    expect(calls).toBe(1);
  });

  it("starts no attempt past the deadline", async () => {
    const clock = fakeClock();
    let calls = 0;
    await expect(withRetry(async () => (calls++, Promise.reject(fail(503))), { ...policy, maxAttempts: 100, deadlineMs: 300 }, clock, () => 0.99)).rejects.toBeTruthy();
    expect(calls).toBeLessThan(5);
  });
});

describe("TokenBucket", () => {
  it("lets a small burst through, then one request per 1/perMinute of a minute", async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ perMinute: 60 }, clock);
    for (let i = 0; i < 10; i++) await bucket.take();
    expect(clock.now()).toBe(0);
    for (let i = 0; i < 30; i++) await bucket.take();
    expect(clock.now()).toBe(30_000);
  });
});

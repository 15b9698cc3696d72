/** Time and chance as injected dependencies, so the rate limiter and the backoff are testable and the core stays deterministic. */
export interface Clock {
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** A source of numbers in [0, 1), for backoff jitter. */
export type Random = () => number;

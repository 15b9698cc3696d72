/** A token bucket that keeps requests under the Sheets API's per-user quota (about 60 per minute). */
import type { Clock } from "./clock";

export interface RateLimit {
  /** Requests allowed per minute, on average. */
  readonly perMinute: number;
  /**
   * Requests that may go at once after a pause (default: a sixth of a minute's worth). Kept small because the
   * API counts fixed minutes: a full-minute burst right before a minute boundary would double the rate across it.
   */
  readonly burst?: number;
  /** The length of a "minute" in ms: 60 000, shorter only in tests and the bench that compress time. */
  readonly minuteMs?: number;
}

export class TokenBucket {
  private tokens: number;
  private last: number;
  private readonly msPerToken: number;
  private readonly capacity: number;

  constructor(
    limit: RateLimit,
    private readonly clock: Clock,
  ) {
    this.capacity = limit.burst ?? Math.max(1, Math.ceil(limit.perMinute / 6));
    this.tokens = this.capacity;
    this.last = clock.now();
    this.msPerToken = (limit.minuteMs ?? 60_000) / limit.perMinute;
  }

  /** Waits until a token is free and takes it. */
  async take(): Promise<void> {
    this.refill();
    if (this.tokens < 1) {
      await this.clock.sleep(Math.ceil((1 - this.tokens) * this.msPerToken));
      this.refill();
    }
    this.tokens = Math.max(0, this.tokens - 1);
  }

  private refill(): void {
    const now = this.clock.now();
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) / this.msPerToken);
    this.last = now;
  }
}

/** A sliding-window limit per client: at most `max` requests in any `windowMs`. */
export class RateLimiter {
  private readonly log = new Map<string, number[]>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
  ) {}

  /** Count a request; returns 0 when allowed, else the seconds to wait (for `Retry-After`). */
  take(client: string, now = Date.now()): number {
    const times = (this.log.get(client) ?? []).filter((t) => now - t < this.windowMs);
    if (times.length >= this.max) {
      this.log.set(client, times);
      return Math.max(1, Math.ceil(((times[0] as number) + this.windowMs - now) / 1000));
    }
    times.push(now);
    this.log.set(client, times);
    return 0;
  }

  reset(): void {
    this.log.clear();
  }
}

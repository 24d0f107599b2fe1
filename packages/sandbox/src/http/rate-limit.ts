/**
 * A sliding-window limit per client: at most `max` requests in any `windowMs`. Memory is
 * bounded: a client whose requests are all older than the window is forgotten, and beyond
 * `maxClients` the least recently seen client is forgotten first (it then starts afresh,
 * which only ever lets a flood of distinct addresses through, never blocks anyone).
 */
export class RateLimiter {
  private readonly log = new Map<string, number[]>();
  private sinceSweep = 0;

  constructor(
    readonly max: number,
    readonly windowMs: number,
    readonly maxClients = 10_000,
  ) {}

  /** Count a request; returns 0 when allowed, else the seconds to wait (for `Retry-After`). */
  take(client: string, now = Date.now()): number {
    const times = (this.log.get(client) ?? []).filter((t) => now - t < this.windowMs);
    // Re-inserted so that the map's order is least recently seen first.
    this.log.delete(client);
    this.log.set(client, times);
    if (++this.sinceSweep >= 1000) this.sweep(now);
    while (this.log.size > this.maxClients) this.log.delete(this.log.keys().next().value as string);
    if (times.length >= this.max) return Math.max(1, Math.ceil(((times[0] as number) + this.windowMs - now) / 1000));
    times.push(now);
    return 0;
  }

  /** Clients being counted (tests of the bound). */
  get size(): number {
    return this.log.size;
  }

  reset(): void {
    this.log.clear();
  }

  private sweep(now: number): void {
    this.sinceSweep = 0;
    for (const [client, times] of this.log) {
      if (times.every((t) => now - t >= this.windowMs)) this.log.delete(client);
    }
  }
}

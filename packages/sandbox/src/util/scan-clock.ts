/**
 * Cooperative scanning: a long loop (a text search over a million reports) gives the event
 * loop back every `sliceMs`, so that no request waits behind another, and may stop at a
 * total `budgetMs`. Check {@link due} often (it is cheap) and await {@link pause} when it says so.
 */
export class ScanClock {
  private sliceEnd: number;
  private readonly deadline: number;

  constructor(
    private readonly sliceMs = 8,
    budgetMs = Infinity,
  ) {
    const now = performance.now();
    this.sliceEnd = now + sliceMs;
    this.deadline = now + budgetMs;
  }

  /** Whether the current slice is over. */
  due(): boolean {
    return performance.now() >= this.sliceEnd;
  }

  /** Let other work run; false when the budget is spent (the scan should stop). */
  async pause(): Promise<boolean> {
    if (performance.now() >= this.deadline) return false;
    await yieldToEventLoop();
    this.sliceEnd = performance.now() + this.sliceMs;
    return true;
  }
}

/** A macrotask turn: `setImmediate` in Node, a zero-delay timer elsewhere (the browser under MSW). */
export const yieldToEventLoop = (): Promise<void> =>
  new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

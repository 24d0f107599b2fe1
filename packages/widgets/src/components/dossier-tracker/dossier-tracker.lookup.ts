import { isShpError, type LookupCode } from '@smart-haiphong/sdk';
import type { ReactiveController } from 'lit';
import { ShpDataTask } from '../../internal/data-task.js';
import type { ShpElement } from '../../internal/shp-element.js';
import { RecentLookups, type StoredResult } from './recent-lookups.js';

/** What a lookup shows: the answer, when it was fetched, and whether it came from the kept results (offline). */
export type LookupOutcome = StoredResult & { cached: boolean };

export type Target = Pick<LookupCode, 'kind' | 'code'>;

const isNetworkError = (error: unknown) => isShpError(error) && (error.type === 'network' || error.type === 'timeout');

/** The HTTP status of an SDK error, if it is one. */
export const httpStatus = (error: unknown): number | undefined =>
  isShpError(error) && error.type === 'http' ? (error as { status?: number }).status : undefined;

/**
 * The lookup of one code: the task that fetches it (a dossier or a feedback report), the
 * recent lookups it keeps and falls back to offline, and the 429 countdown: a 429 starts a
 * countdown from Retry-After, after which the lookup runs again once by itself; a second 429
 * waits for the citizen ("Thử lại ngay").
 */
export class TrackerLookup implements ReactiveController {
  /** The code looked up, or null before the first. */
  target: Target | null = null;
  /** When the countdown ends (epoch ms), 0 when none runs. */
  retryAt = 0;
  /** The seconds the countdown started from: what screen readers hear, once. */
  countdownFrom = 0;
  /** The lookup was already retried after a 429 (by itself or by the citizen). */
  autoRetried = false;
  readonly recent = new RecentLookups();
  readonly task;
  private ticker: ReturnType<typeof setInterval> | undefined;

  /**
   * `afterRerun`: called when a lookup run again by the countdown or by "Thử lại" has rendered,
   * only if focus was inside the host when it started (the box holding it is replaced by the answer).
   */
  constructor(
    private readonly host: ShpElement,
    private readonly afterRerun: () => void = () => {},
  ) {
    host.addController(this);
    this.task = new ShpDataTask(host, {
      task: async ([client, target], { signal }): Promise<LookupOutcome | null> => {
        if (!target) return null;
        // A 429 comes back at once, not after the client's silent waits: the citizen sees the
        // countdown from Retry-After whatever its length. Network and server failures still retry.
        const options = { signal, retry: { exceptStatusCodes: [429] } };
        try {
          const result: StoredResult =
            target.kind === 'dossier'
              ? {
                  kind: 'dossier',
                  code: target.code,
                  data: await client.dossiers.lookup(target.code, options),
                  at: Date.now(),
                }
              : {
                  kind: 'feedback',
                  code: target.code,
                  data: await client.feedback.lookup(target.code, options),
                  at: Date.now(),
                };
          this.recent.remember(result);
          return { ...result, cached: false };
        } catch (error) {
          // Offline (or the network dropped): the last result for this code, if the citizen let us keep it.
          const kept = isNetworkError(error) || host.offline ? this.recent.get(target.code) : undefined;
          if (kept) return { ...kept, cached: true };
          throw error;
        }
      },
      args: () => [host.client, this.target] as const,
      onError: (error) => {
        if (httpStatus(error) === 429) {
          const seconds = (error as { retryAfter?: number }).retryAfter ?? 5;
          this.startCountdown(Math.max(1, Math.ceil(seconds)));
        }
      },
    });
  }

  hostDisconnected(): void {
    this.stopCountdown();
  }

  /** Looks up a code found in the citizen's text: again when it is the one shown. */
  lookUp(found: Target): void {
    this.autoRetried = false;
    this.stopCountdown();
    if (this.target?.code === found.code && this.target.kind === found.kind) void this.task.run();
    else {
      this.target = { kind: found.kind, code: found.code };
      this.host.requestUpdate();
    }
  }

  /** Back to no lookup (Back in the browser past the first code looked up). */
  clear(): void {
    this.autoRetried = false;
    this.stopCountdown();
    this.target = null;
    this.host.requestUpdate();
  }

  /**
   * "Thử lại" / "Thử lại ngay": runs the lookup again, without a further automatic retry.
   * Ignored while the countdown runs: the button stays focusable then (aria-disabled).
   */
  retry(): void {
    if (this.retryAt > 0) return;
    this.autoRetried = true;
    this.stopCountdown();
    this.rerun();
  }

  /** Whole seconds left in the countdown. */
  get secondsLeft(): number {
    return Math.max(0, Math.ceil((this.retryAt - Date.now()) / 1000));
  }

  private startCountdown(seconds: number): void {
    this.stopCountdown();
    this.countdownFrom = seconds;
    this.retryAt = Date.now() + seconds * 1000;
    this.host.requestUpdate();
    this.ticker = setInterval(() => {
      if (Date.now() < this.retryAt) return void this.host.requestUpdate();
      this.stopCountdown();
      if (!this.autoRetried) {
        this.autoRetried = true; // once: a second 429 waits for the citizen
        this.rerun();
      }
    }, 250);
  }

  /** Runs the lookup again; focus follows the answer only if it was inside the widget (never stolen from the page). */
  private rerun(): void {
    const focusInside = this.host.matches(':focus-within');
    const done = () => {
      if (focusInside) this.afterRerun();
    };
    void this.task.run().then(done, done);
  }

  private stopCountdown(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
    if (this.retryAt !== 0) {
      this.retryAt = 0;
      this.host.requestUpdate();
    }
  }
}

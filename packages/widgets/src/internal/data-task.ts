import { Task, TaskStatus, type TaskConfig } from '@lit/task';
import { ShpErrorEvent } from '../events/shp-error.js';
import type { ShpElement } from './shp-element.js';

const isAbort = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';

/**
 * A `@lit/task` Task with what every data widget needs:
 * - a failure (other than an abort) emits `shp-error` from the host;
 * - a run in flight is aborted when the host leaves the page and re-run when it returns;
 * - a failed run is retried when the browser comes back online.
 *
 * Pass the task's `signal` to every SDK call.
 */
export class ShpDataTask<const T extends ReadonlyArray<unknown>, const R> extends Task<T, R> {
  private abortedOnDisconnect = false;

  constructor(host: ShpElement, config: TaskConfig<T, R>) {
    super(host, {
      ...config,
      onError: (error) => {
        if (!isAbort(error)) {
          host.dispatchEvent(new ShpErrorEvent({ error: error instanceof Error ? error : new Error(String(error)) }));
        }
        config.onError?.(error);
      },
    });
  }

  /** Whether the last run failed because it was aborted. */
  get aborted(): boolean {
    return this.status === TaskStatus.ERROR && isAbort(this.error);
  }

  hostConnected(): void {
    window.addEventListener('online', this.retryAfterFailure);
    if (this.abortedOnDisconnect) {
      this.abortedOnDisconnect = false;
      void this.run();
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.retryAfterFailure);
    if (this.status === TaskStatus.PENDING) {
      this.abortedOnDisconnect = true;
      this.abort();
    }
  }

  private readonly retryAfterFailure = (): void => {
    if (this.status === TaskStatus.ERROR) void this.run();
  };
}

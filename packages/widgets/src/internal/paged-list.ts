import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One page of a cursor-paged API list (`{ items, nextCursor, total? }`, the SDK's `page()` shape). */
export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
  /** Every item matching, when the API counts them. */
  total?: number | null | undefined;
}

export interface PagedListOptions<T> {
  /** Loads one page: `cursor` is null for the first. Pass `signal` to the SDK call. */
  load(cursor: string | null, signal: AbortSignal): PromiseLike<ListPage<T>>;
  /** After each page: the count to announce (a live region's text), for the host to show. */
  onPage?(count: number, more: boolean): void;
  /** A failure other than an abort (the host emits `shp-error`). */
  onError?(error: unknown): void;
}

const isAbort = (error: unknown) => (error as { name?: string } | null)?.name === 'AbortError';

/**
 * A list loaded page by page from a cursor-paged API: the first page, then "Xem thêm"
 * (load more) appending the next. A new `reload()` (filters or view changed) aborts the
 * request in flight, so an old answer never overwrites a new one; leaving the page aborts
 * too. `state` says what to render: `loading` (with the items so far, `aria-busy`),
 * `ready`, `error` (with `error`, and `reload()` or `more()` to retry).
 */
export class PagedListController<T> implements ReactiveController {
  items: T[] = [];
  cursor: string | null = null;
  /** Every item matching: the API's total, else the count once the last page is in. */
  total: number | undefined;
  state: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  error: unknown = null;
  private controller: AbortController | undefined;
  private lastMore = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PagedListOptions<T>,
  ) {
    host.addController(this);
  }

  /** Whether a request is in flight. */
  get busy(): boolean {
    return this.state === 'loading';
  }

  /** Whether another page can be loaded. */
  get hasMore(): boolean {
    return this.cursor !== null;
  }

  /** The count to show: the total when known, else the items so far. */
  get count(): number {
    return this.total ?? this.items.length;
  }

  hostDisconnected(): void {
    this.controller?.abort();
    this.controller = undefined;
    if (this.state === 'loading') this.state = 'idle';
  }

  /** Forgets every item and aborts the request in flight (signing out: nothing of the last list is shown again). */
  clear(): void {
    this.controller?.abort();
    this.controller = undefined;
    this.items = [];
    this.cursor = null;
    this.total = undefined;
    this.state = 'idle';
    this.error = null;
    this.host.requestUpdate();
  }

  /**
   * Starts the list from a first page loaded elsewhere (a search whose first answer also
   * carries facets); a request in flight for the old list is aborted.
   */
  seed(page: ListPage<T>): void {
    this.controller?.abort();
    this.controller = undefined;
    this.items = page.items;
    this.cursor = page.nextCursor;
    this.total = page.total ?? (page.nextCursor ? undefined : page.items.length);
    this.state = 'ready';
    this.error = null;
    this.host.requestUpdate();
  }

  /** Loads the first page again (the items stay shown, busy, until it arrives). */
  reload(): Promise<boolean> {
    return this.fetch(false);
  }

  /**
   * Appends the next page. Resolves true when it arrived (then focus the first new item:
   * `items.length` before). Ignored (false) while a request is in flight: the "Xem thêm"
   * button stays focusable while busy (`aria-disabled`), so a second press must not abort
   * and resend the first, nor page from the cursor of a list being reloaded.
   */
  more(): Promise<boolean> {
    return this.cursor && !this.busy ? this.fetch(true) : Promise.resolve(false);
  }

  /** Retries what failed last. */
  retry(): Promise<boolean> {
    return this.fetch(this.lastMore && this.cursor !== null);
  }

  private async fetch(more: boolean): Promise<boolean> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.lastMore = more;
    this.state = 'loading';
    this.host.requestUpdate();
    try {
      const page = await this.options.load(more ? this.cursor : null, controller.signal);
      if (controller.signal.aborted) return false;
      this.items = more ? [...this.items, ...page.items] : page.items;
      this.cursor = page.nextCursor;
      this.total = page.total ?? (page.nextCursor ? undefined : this.items.length);
      this.state = 'ready';
      this.error = null;
      this.options.onPage?.(this.count, more);
      this.host.requestUpdate();
      return true;
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return false;
      this.state = 'error';
      this.error = error;
      this.options.onError?.(error);
      this.host.requestUpdate();
      return false;
    }
  }
}

import { TaskStatus } from '@lit/task';
import type { ReactiveController } from 'lit';
import { ShpDataTask } from '../../internal/data-task.js';
import { lazy } from '../../internal/lazy.js';
import { loadUnits } from '../../internal/shared-reads.js';
import type { ShpElement } from '../../internal/shp-element.js';
import type { NewsFeedMeta } from './news-feed.context.js';
import { NewsPager, type FetchPage } from './news-source.js';

/** The feed parser and the sanitiser: a chunk of their own, loaded on first use. */
export const reader = () => lazy('news-reader', () => import('./news-reader.js'));

export const isAbort = (e: unknown) =>
  typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';

/** Loading the next page: idle, in flight, or failed (the list stays, with a retry under it). */
export type MoreState = 'idle' | 'loading' | 'error';

/** What the list is made from: the element's attributes. */
export type NewsListHost = ShpElement & { category: string; feedUrl: string; feedOnly: boolean; pageSize: number };

/**
 * Where the list comes from and how it grows: the reference data (categories, communes),
 * the first page of the API's news merged with the commune's feed (read once), and the next
 * pages one at a time. A new first load (attributes changed) aborts the next page in flight;
 * leaving the page aborts it too. The last list loaded stays (`lastPager`), so that an error
 * can show it under the message.
 *
 * It keeps its own pager (`NewsPager`) rather than `internal/paged-list.ts`: the first page
 * comes with the feed in one task (whose failure is the element's error state, over the
 * last list), the feed is merged into every page, and the next pages are asked for by the
 * virtualizer's range as well as by "Xem thêm", with their own state apart from the list's.
 */
export class NewsListController implements ReactiveController {
  /** Loading the next page. */
  more: MoreState = 'idle';
  /** Why the next page failed. */
  moreError: unknown = null;
  /** The last list loaded (shown, marked stale, under a later error). */
  lastPager: NewsPager | undefined;
  private moreController: AbortController | undefined;

  readonly meta: ShpDataTask<readonly [NewsListHost['client'], boolean], NewsFeedMeta>;
  readonly list;

  constructor(
    private readonly host: NewsListHost,
    private readonly onError: (error: unknown) => void,
  ) {
    host.addController(this);
    this.meta = new ShpDataTask(host, {
      task: async ([client, feedOnly], { signal }): Promise<NewsFeedMeta> => {
        // A feed-only page may have no API at all: it needs no categories or units.
        if (feedOnly) return { categories: [], units: new Map() };
        const [categories, units] = await Promise.all([
          client.news.categories({ signal }),
          loadUnits(client, signal), // shared with the page's other widgets: one request
        ]);
        return { categories: categories.items, units: new Map(units.map((u) => [u.code, u])) };
      },
      args: () => [host.client, host.feedOnly] as const,
    });
    this.list = new ShpDataTask(host, {
      task: async ([client, unit, category, feedUrl, feedOnly, pageSize], { signal }): Promise<NewsPager | null> => {
        this.moreController?.abort();
        this.setMore('idle');
        if (feedOnly && !feedUrl) return null;
        const limit = Math.min(100, Math.max(1, Math.round(pageSize) || 20));
        const fetchPage: FetchPage | null = feedOnly
          ? null
          : (cursor, s) =>
              client.news
                .list(
                  {
                    limit,
                    ...(unit ? { unit } : {}),
                    ...(category ? { category } : {}),
                    ...(cursor ? { cursor } : {}),
                  },
                  { signal: s },
                )
                .then((page) => page);
        // Feed items have no category: a category filter shows the API's items only.
        const wantFeed = !!feedUrl && !category;
        const read = wantFeed ? await reader() : null;
        const [first, feed] = await Promise.allSettled([
          fetchPage ? fetchPage(undefined, signal) : Promise.resolve(null),
          read ? read.fetchFeed(feedUrl, signal) : Promise.resolve(null),
        ]);
        if (first.status === 'rejected') throw first.reason;
        if (feed.status === 'rejected' && (feedOnly || isAbort(feed.reason))) throw feed.reason;
        const parsed = feed.status === 'fulfilled' ? feed.value : null;
        const title = parsed?.title || (parsed ? new URL(parsed.url).hostname : '');
        const entries =
          parsed && read ? parsed.items.map((item) => read.fromFeed(item, { title, url: parsed.url })) : [];
        const pager = new NewsPager(fetchPage, first.value, entries, feed.status === 'rejected' ? feed.reason : null);
        this.lastPager = pager;
        return pager;
      },
      args: () => [host.client, host.config.unit, host.category, host.feedUrl, host.feedOnly, host.pageSize] as const,
    });
  }

  hostDisconnected(): void {
    this.moreController?.abort();
    if (this.more === 'loading') this.setMore('idle');
  }

  private setMore(more: MoreState): void {
    if (this.more === more) return;
    this.more = more;
    this.host.requestUpdate();
  }

  /** Runs again whichever of the two loads failed (and a list whose feed failed). */
  retry(): void {
    if (this.meta.status === TaskStatus.ERROR) void this.meta.run();
    if (this.list.status === TaskStatus.ERROR || this.list.value?.feedError) void this.list.run();
  }

  /**
   * Loads the next page of `pager`. Resolves with the count added, or undefined when a page
   * is already in flight, the list changed meanwhile, or it failed (`more` is then 'error').
   */
  async loadMore(pager: NewsPager): Promise<number | undefined> {
    if (this.more === 'loading') return undefined;
    this.setMore('loading');
    this.moreController = new AbortController();
    try {
      const added = await pager.more(this.moreController.signal);
      if (this.list.value !== pager) return undefined;
      this.setMore('idle');
      return added;
    } catch (error) {
      if (this.list.value !== pager) return undefined;
      if (isAbort(error)) {
        this.setMore('idle');
        return undefined;
      }
      this.moreError = error;
      this.setMore('error');
      this.onError(error);
      return undefined;
    }
  }
}

/**
 * What <shp-news-feed> lists: the API's news (paged by cursor) and a commune's own RSS/Atom
 * feed (read once), merged newest first, as one shape the templates show.
 *
 * `NewsPager` is a small local paged list (an array, a cursor, one request at a time), kept
 * rather than the shared `internal/paged-list.ts` controller: see `news-feed.list.ts` for why.
 */
import { safeUrl, type NewsSummary, type Page } from '@smart-haiphong/sdk';
import type { FeedItem } from './feed-parser.js';
import { mergeNews, type NewsEntry } from './merge.js';

/** One item of the list, whatever its source. Text is plain text; URLs are http(s) or null. */
export interface ListEntry {
  /** Unique in the list: `<id>` for the API, `feed:<id>` for a feed item (also the hash value). */
  key: string;
  source: 'api' | 'feed';
  /** The API's id, or the feed item's guid/link. */
  id: string;
  title: string;
  summary: string;
  imageUrl: string | null;
  imageAlt: string;
  /** Intrinsic size (px) when known, so that the image's box is reserved before it loads. */
  imageWidth: number | null;
  imageHeight: number | null;
  /** ISO 8601, or null (a feed item without a date). */
  date: string | null;
  /** The category's name in the request's language; null for feed items. */
  categoryName: string | null;
  unitCode: string | null;
  /** Who published it: the API's `source`, or the feed's title. */
  sourceName: string;
  /** The canonical page (http or https), or null. */
  url: string | null;
  sample: boolean;
  /** A feed item's HTML (untrusted: shown only through the sanitiser). */
  feedHtml?: string;
  /** The feed's URL, which relative URLs in `feedHtml` resolve against. */
  feedBase?: string;
}

export function fromApi(item: NewsSummary): ListEntry {
  return {
    key: item.id,
    source: 'api',
    id: item.id,
    title: item.title,
    summary: item.summary,
    imageUrl: item.imageUrl ? safeUrl(item.imageUrl) : null,
    imageAlt: item.imageAlt ?? '',
    imageWidth: item.imageWidth,
    imageHeight: item.imageHeight,
    date: item.publishedAt,
    categoryName: item.categoryName,
    unitCode: item.unitCode,
    sourceName: item.source,
    url: safeUrl(item.url),
    sample: item.sample,
  };
}

/** Whether a value is the feed parser's `FeedError` (checked by name: the parser loads later, with the reader). */
export const isFeedError = (e: unknown): e is Error & { code: 'not-xml' | 'not-a-feed' | 'too-large' } =>
  e instanceof Error && e.name === 'FeedError' && 'code' in e;

/** The feed could not be fetched (network, CORS, an HTTP error, not an http(s) URL). */
export class FeedFetchError extends Error {
  override readonly name = 'FeedFetchError';
  constructor(
    readonly status: number | null,
    message: string,
  ) {
    super(message);
  }
}

// Entries keep their identity across pages: the list re-renders only what is new.
const apiEntries = new WeakMap<NewsSummary, ListEntry>();

export type FetchPage = (cursor: string | undefined, signal: AbortSignal) => Promise<Page<NewsSummary>>;

/**
 * The list as loaded so far. API pages come in one at a time; the feed is whole from the
 * start, so a feed item is shown only once the API's pages reach its date (otherwise a later
 * API page would insert items above what the citizen has already read).
 */
export class NewsPager {
  private api: NewsSummary[] = [];
  private feed: ListEntry[];
  private cursor: string | null = null;
  private cached: ListEntry[] | undefined;
  /** When the list was last extended (the offline state shows it). */
  loadedAt = new Date();
  /** Items the API says it has, when it says. */
  total: number | undefined;

  constructor(
    private readonly fetchPage: FetchPage | null,
    first: Page<NewsSummary> | null,
    feed: ListEntry[],
    /** Why the commune's feed is missing from a merged list, if it failed. */
    readonly feedError: unknown = null,
  ) {
    this.feed = feed;
    if (first) this.add(first);
  }

  private add(page: Page<NewsSummary>): void {
    const seen = new Set(this.api.map((a) => a.id));
    this.api.push(...page.items.filter((a) => !seen.has(a.id)));
    this.cursor = page.nextCursor;
    this.total = page.total ?? this.total;
    this.loadedAt = new Date();
    this.cached = undefined;
  }

  /** Whether the API has more pages. */
  get hasMore(): boolean {
    return this.fetchPage !== null && this.cursor !== null;
  }

  /** Everything shown, newest first. */
  get entries(): readonly ListEntry[] {
    if (this.cached) return this.cached;
    const feedItems = this.feed;
    const byKey = new Map(feedItems.map((e) => [e.key, e]));
    // mergeNews works on the raw shapes: the feed's are rebuilt from the entries' fields.
    const merged: NewsEntry[] = mergeNews(
      this.api,
      feedItems.map((e): FeedItem => ({
        id: e.key,
        title: e.title,
        link: e.url,
        date: e.date ? new Date(e.date) : null,
        summaryHtml: '',
      })),
    );
    const oldest = this.hasMore && this.api.length ? Date.parse(this.api.at(-1)!.publishedAt) : -Infinity;
    const out: ListEntry[] = [];
    for (const m of merged) {
      if (m.source === 'api') {
        let entry = apiEntries.get(m.item);
        if (!entry) apiEntries.set(m.item, (entry = fromApi(m.item)));
        out.push(entry);
      } else {
        const t = m.item.date?.getTime() ?? -Infinity;
        if (t < oldest || (t === -Infinity && this.hasMore)) continue;
        out.push(byKey.get(m.item.id)!);
      }
    }
    return (this.cached = out);
  }

  /** A feed item by key, shown yet or not (a shared link may point below what is loaded). */
  findFeed(key: string): ListEntry | undefined {
    return this.feed.find((e) => e.key === key);
  }

  /** Loads the next API page. */
  async more(signal: AbortSignal): Promise<number> {
    if (!this.fetchPage || this.cursor === null) return 0;
    const before = this.entries.length;
    this.add(await this.fetchPage(this.cursor, signal));
    return this.entries.length - before;
  }
}

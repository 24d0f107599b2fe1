/**
 * What <shp-news-feed> lists: the API's news (paged by cursor) and a commune's own RSS/Atom
 * feed (read once), merged newest first, as one shape the templates show.
 *
 * `NewsPager` is a small local paged list (an array, a cursor, one request at a time); the
 * shared `internal/paged-list.ts` controller may replace it later.
 */
import { safeUrl, type NewsSummary, type Page } from '@smart-haiphong/sdk';
import { parseFeed, type Feed, type FeedItem } from './feed-parser.js';
import { mergeNews, type NewsEntry } from './merge.js';
import { sanitizeNewsFragment } from './sanitize.js';

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

const SUMMARY_CHARS = 280;

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

/** A feed item as an entry: its summary as the sanitised HTML's text, shortened. */
export function fromFeed(item: FeedItem, feed: { title: string; url: string }): ListEntry {
  const text = (sanitizeNewsFragment(item.summaryHtml, { baseUrl: feed.url }).textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    key: `feed:${item.id}`,
    source: 'feed',
    id: item.id,
    title: item.title,
    summary: text.length > SUMMARY_CHARS ? `${text.slice(0, SUMMARY_CHARS - 1).trimEnd()}…` : text,
    imageUrl: item.imageUrl ? safeUrl(item.imageUrl) : null,
    imageAlt: '',
    imageWidth: null,
    imageHeight: null,
    date: item.date ? item.date.toISOString() : null,
    categoryName: null,
    unitCode: null,
    sourceName: feed.title,
    url: item.link ? safeUrl(item.link) : null,
    sample: false,
    feedHtml: item.summaryHtml,
    feedBase: feed.url,
  };
}

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

/**
 * Fetches and parses an RSS/Atom document (same origin, or another one that allows CORS).
 * @throws {FeedFetchError} when it cannot be fetched; `FeedError` (feed-parser) when it is not a feed;
 *   the signal's reason when aborted
 */
export async function fetchFeed(url: string, signal?: AbortSignal): Promise<Feed & { url: string }> {
  const absolute = safeUrl(url, document.baseURI);
  if (!absolute) throw new FeedFetchError(null, `Not an http(s) URL: ${url}`);
  let response: Response;
  try {
    // No credentials: a public feed needs none, and a CORS feed then needs no credentialed CORS.
    response = await fetch(absolute, { signal: signal ?? null, credentials: 'omit' });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new FeedFetchError(null, `The feed could not be fetched: ${String(error)}`);
  }
  if (!response.ok) throw new FeedFetchError(response.status, `The feed answered HTTP ${response.status}`);
  const text = await response.text();
  const finalUrl = response.url || absolute;
  return { ...parseFeed(text, finalUrl), url: finalUrl };
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

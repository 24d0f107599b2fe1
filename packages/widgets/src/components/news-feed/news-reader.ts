/**
 * What only some citizens need, loaded on first use as its own chunk (`lazy('news-reader')`):
 * the RSS/Atom parser and the DOMPurify sanitiser. A page that lists the API's news without
 * opening an article or reading a feed never downloads them.
 */
import { safeUrl } from '@smart-haiphong/sdk';
import { parseFeed, type Feed, type FeedItem } from './feed-parser.js';
import { FeedFetchError, type ListEntry } from './news-source.js';
import { sanitizeNewsFragment } from './sanitize.js';

export { sanitizeNewsFragment };

const SUMMARY_CHARS = 280;

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

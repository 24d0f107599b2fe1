/**
 * The API's news and a commune's own feed in one list, newest first. Pure: no DOM.
 */
import type { NewsSummary } from '@smart-haiphong/sdk';
import type { FeedItem } from './feed-parser.js';

/** One entry of a merged list: where it came from, and the item as it came. */
export type NewsEntry = { source: 'api'; item: NewsSummary } | { source: 'feed'; item: FeedItem };

const timeOf = (e: NewsEntry): number => {
  const t = e.source === 'api' ? Date.parse(e.item.publishedAt) : (e.item.date?.getTime() ?? Number.NaN);
  return Number.isFinite(t) ? t : Number.NEGATIVE_INFINITY;
};
const urlOf = (e: NewsEntry): string | null => (e.source === 'api' ? e.item.url : e.item.link);

/**
 * Merges by date, newest first; items without a date go last, in their feed's order. An item
 * whose URL (the API's canonical `url`, the feed's `link`) is already in the list is dropped:
 * the API often republishes what the commune's feed carries. The API's copy wins.
 */
export function mergeNews(api: readonly NewsSummary[], feed: readonly FeedItem[]): NewsEntry[] {
  const entries: NewsEntry[] = [
    ...api.map((item): NewsEntry => ({ source: 'api', item })),
    ...feed.map((item): NewsEntry => ({ source: 'feed', item })),
  ];
  const seen = new Set<string>();
  const unique = entries.filter((e) => {
    const url = urlOf(e);
    if (!url) return true;
    const key = url.replace(/#.*$/, '').replace(/\/$/, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // Array.prototype.sort is stable: equal times (and undated items) keep their order.
  return unique.sort((a, b) => {
    const ta = timeOf(a);
    const tb = timeOf(b);
    return ta === tb ? 0 : tb > ta ? 1 : -1;
  });
}

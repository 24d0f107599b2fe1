import type { NewsFeedStrings } from '../news-feed.translations.js';

/** English: the strings of <shp-news-feed>. */
const en: { newsFeed: NewsFeedStrings } = {
  newsFeed: {
    label: 'News',
    category: 'Category',
    allCategories: 'All categories',
    more: 'Show more',
    loadingMore: 'Loading more news…',
    added: '{count} more items loaded.',
    end: { zero: 'No news yet.', one: 'Showing the only item.', other: 'Showing all {count} items.' },
    empty: 'No news yet.',
    emptyCategory: 'No news in this category yet.',
    cityWide: 'City-wide',
    sample: 'Sample data',
    back: 'Back to the news list',
    source: 'Source',
    author: 'Author',
    readOriginal: 'Read the original',
    republishedFrom: 'Republished from',
    share: 'Share link',
    copy: 'Copy link',
    copied: 'Link copied.',
    externalLink: '(another site, opens in a new tab)',
    loadedAt: 'News as loaded at {time}',
    feedNotXml: "The commune's RSS/Atom feed cannot be read: the document is not XML.",
    feedNotAFeed: "The commune's feed address is not an RSS or Atom feed.",
    feedTooLarge: "The commune's RSS/Atom feed is too large to show.",
    feedUnreachable: "The commune's RSS/Atom feed could not be loaded.",
    feedPartial: "The commune's own feed could not be read; showing the city system's news.",
    noFeed: 'No feed address (feed-url) is set.',
  },
};

export default en;

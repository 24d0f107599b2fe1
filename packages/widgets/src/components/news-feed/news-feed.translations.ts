import { lazy } from '../../internal/lazy.js';
import type { Message, StringLoaders } from '../../translations/index.js';

/** Every string <shp-news-feed> shows; `translations/vi.ts` and `en.ts` implement it. */
export interface NewsFeedStrings {
  label: Message;
  category: Message;
  allCategories: Message;
  more: Message;
  loadingMore: Message;
  /** `{count}`: items just added to the list. */
  added: Message;
  /** `{count}`: every item of the list, all loaded. */
  end: Message;
  empty: Message;
  emptyCategory: Message;
  cityWide: Message;
  sample: Message;
  back: Message;
  source: Message;
  author: Message;
  readOriginal: Message;
  republishedFrom: Message;
  share: Message;
  copy: Message;
  copied: Message;
  externalLink: Message;
  /** `{time}`: when the list shown was loaded. */
  loadedAt: Message;
  feedNotXml: Message;
  feedNotAFeed: Message;
  feedTooLarge: Message;
  feedUnreachable: Message;
  /** Shown above the API's news when the commune's own feed failed. */
  feedPartial: Message;
  noFeed: Message;
}

declare module '../../translations/types.js' {
  interface Translation {
    newsFeed: NewsFeedStrings;
  }
}

/** This widget's strings, one chunk per locale: a page fetches only its own language. */
export const newsFeedStrings: StringLoaders = {
  vi: () => lazy('news-feed.vi', () => import('./translations/vi.js')),
  en: () => lazy('news-feed.en', () => import('./translations/en.js')),
};

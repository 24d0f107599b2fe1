import { lazy } from '../../internal/lazy.js';
import type { Message, StringLoaders } from '../../translations/index.js';

/** Every string <shp-commune-info> shows; `translations/vi.ts` and `en.ts` implement it. */
export interface CommuneInfoStrings {
  label: Message;
  code: Message;
  /** `{count}`: the number of latest news items shown. */
  newsCount: Message;
  /** `{date}`: the publication date of the latest item. */
  latestNews: Message;
  noUnit: Message;
}

declare module '../../translations/types.js' {
  interface Translation {
    communeInfo: CommuneInfoStrings;
  }
}

/** This widget's strings, one chunk per locale: a page fetches only its own language. */
export const communeInfoStrings: StringLoaders = {
  vi: () => lazy('commune-info.vi', () => import('./translations/vi.js')),
  en: () => lazy('commune-info.en', () => import('./translations/en.js')),
};

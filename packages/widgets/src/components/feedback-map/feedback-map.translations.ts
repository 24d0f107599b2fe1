import { lazy } from '../../internal/lazy.js';
import type { Message, StringLoaders } from '../../translations/index.js';

/** Every string <shp-feedback-map> shows; `translations/vi.ts` and `en.ts` implement it. */
export interface FeedbackMapStrings {
  label: Message;
  mapLabel: Message;
  /** `{count}`: reports in the cluster. */
  cluster: Message;
  /** `{status}`, `{category}`: names. */
  pin: Message;
  /** `{status}`, `{category}`: a report without an exact point. */
  pinApproximate: Message;
  /** A report's location is its commune's anchor, not an exact point. */
  approximate: Message;
  /** `{unit}`: the commune whose anchor stands for the report's location. */
  approximateNote: Message;
  location: Message;
  legend: Message;
  legendCluster: Message;
  filters: Message;
  category: Message;
  status: Message;
  all: Message;
  from: Message;
  to: Message;
  resetFilters: Message;
  list: Message;
  /** `{count}`: reports matching in the view. */
  listCount: Message;
  /** `{shown}` of `{count}`. */
  listShown: Message;
  loadMore: Message;
  noReports: Message;
  answered: Message;
  /** `{count}`: photos. */
  photos: Message;
  back: Message;
  details: Message;
  trackingCode: Message;
  commune: Message;
  date: Message;
  timeline: Message;
  answer: Message;
  noAnswer: Message;
  /** `{agency}`, `{date}`. */
  answeredBy: Message;
  /** `{index}` of `{count}`. */
  photo: Message;
  /** `{index}` of `{count}`. */
  openPhoto: Message;
  closePhoto: Message;
  share: Message;
  copyLink: Message;
  copied: Message;
  pick: Message;
  sampleData: Message;
}

declare module '../../translations/types.js' {
  interface Translation {
    feedbackMap: FeedbackMapStrings;
  }
}

/** This widget's strings, one chunk per locale: a page fetches only its own language. */
export const feedbackMapStrings: StringLoaders = {
  vi: () => lazy('feedback-map.vi', () => import('./translations/vi.js')),
  en: () => lazy('feedback-map.en', () => import('./translations/en.js')),
};

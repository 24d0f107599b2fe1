import { lazy } from '../../internal/lazy.js';
import type { Message, StringLoaders } from '../../translations/index.js';

/** Every string <shp-nearby-places> shows; `translations/vi.ts` and `en.ts` implement it. */
export interface NearbyPlacesStrings {
  title: Message;
  useMyLocation: Message;
  locating: Message;
  /** `{fallback}`: what is shown instead (one of the `near*` sentences), or `noFallback`. */
  geoDenied: Message;
  geoUnavailable: Message;
  outsideCity: Message;
  noFallback: Message;
  nearDevice: Message;
  /** `{unit}`: the commune's name in a sentence (`xã Bình Giang`). */
  nearUnit: Message;
  nearPoint: Message;
  choosePosition: Message;
  otherUnit: Message;
  unitSearch: Message;
  unitSelect: Message;
  unitNone: Message;
  categories: Message;
  allCategories: Message;
  openNow: Message;
  search: Message;
  searchPlaceholder: Message;
  radius: Message;
  view: Message;
  viewList: Message;
  viewMap: Message;
  /** `{count}`: places shown. */
  results: Message;
  /** `{radius}`: a distance (`2 km`). */
  emptyRadius: Message;
  /** `{radius}`: a distance. */
  emptySearch: Message;
  emptyOpen: Message;
  /** `{radius}`: the wider distance. */
  widen: Message;
  more: Message;
  loadingMore: Message;
  /** `{time}`: when the results shown were loaded. */
  resultsAt: Message;
  /** `{distance}`. */
  distance: Message;
  openAllDay: Message;
  /** `{time}`. */
  closesAt: Message;
  /** `{time}`. */
  opensAt: Message;
  /** `{time}`. */
  opensTomorrow: Message;
  /** `{day}`, `{time}`. */
  opensOn: Message;
  open: Message;
  closed: Message;
  /** `{name}`. */
  call: Message;
  callShort: Message;
  details: Message;
  address: Message;
  phone: Message;
  hours: Message;
  hoursUnknown: Message;
  today: Message;
  holiday: Message;
  closedAllDay: Message;
  website: Message;
  directions: Message;
  share: Message;
  copy: Message;
  copied: Message;
  source: Message;
  osmCredit: Message;
  sampleCredit: Message;
  sharedPlace: Message;
  close: Message;
}

declare module '../../translations/types.js' {
  interface Translation {
    nearbyPlaces: NearbyPlacesStrings;
  }
}

/** This widget's strings, one chunk per locale: a page fetches only its own language. */
export const nearbyPlacesStrings: StringLoaders = {
  vi: () => lazy('nearby-places.vi', () => import('./translations/vi.js')),
  en: () => lazy('nearby-places.en', () => import('./translations/en.js')),
};

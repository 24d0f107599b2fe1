import { lazy } from '../../internal/lazy.js';
import type { Message, StringLoaders } from '../../translations/index.js';

/** Every string <shp-procedure-search> shows; `translations/vi.ts` and `en.ts` implement it. */
export interface ProcedureSearchStrings {
  label: Message;
  searchLabel: Message;
  searchHint: Message;
  filters: Message;
  field: Message;
  subject: Message;
  level: Message;
  online: Message;
  any: Message;
  onlineYes: Message;
  onlineNo: Message;
  resetFilters: Message;
  /** `{count}`: procedures matching. */
  results: Message;
  /** `{shown}` of `{count}`. */
  shown: Message;
  noResults: Message;
  more: Message;
  onlineBadge: Message;
  back: Message;
  code: Message;
  agency: Message;
  noAgency: Message;
  subjects: Message;
  channels: Message;
  processingTime: Message;
  fee: Message;
  notStated: Message;
  steps: Message;
  stepsTruncated: Message;
  papers: Message;
  /** `{original}`, `{copies}`. */
  paperQuantity: Message;
  results_: Message;
  legalBasis: Message;
  conditions: Message;
  submitOnline: Message;
  viewOnPortal: Message;
  trackDossier: Message;
  share: Message;
  copied: Message;
  print: Message;
  /** `{date}`. */
  printedAt: Message;
}

declare module '../../translations/types.js' {
  interface Translation {
    procedureSearch: ProcedureSearchStrings;
  }
}

/** This widget's strings, one chunk per locale: a page fetches only its own language. */
export const procedureSearchStrings: StringLoaders = {
  vi: () => lazy('procedure-search.vi', () => import('./translations/vi.js')),
  en: () => lazy('procedure-search.en', () => import('./translations/en.js')),
};

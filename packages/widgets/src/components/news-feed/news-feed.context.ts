import type { NewsArticle, NewsCategory, Unit } from '@smart-haiphong/sdk';
import type { TemplateResult } from 'lit';
import type { ShpElement } from '../../internal/shp-element.js';
import type { Locale } from '../../translations/index.js';
import type { ListEntry } from './news-source.js';

/** The reference data the list needs besides its items. */
export interface NewsFeedMeta {
  categories: NewsCategory[];
  units: Map<string, Unit>;
}

/** The article open in the element: loading, shown (an API article or a feed entry) or failed. */
export interface OpenArticle {
  key: string;
  status: 'loading' | 'ready' | 'error';
  entry?: ListEntry | undefined;
  article?: NewsArticle | undefined;
  error?: unknown;
}

/**
 * What the parts (template functions) read from the element: its words, formats and
 * state templates. A plain object, so that parts never import the component.
 */
export interface NewsFeedContext {
  t: ShpElement['t'];
  formatDate: ShpElement['formatDate'];
  /** The element's message for an error (feed errors included). */
  errorMessage(error: unknown): string;
  locale: Locale;
  headingLevel: number;
  offline: boolean;
  /** The category shown ('' for all). */
  category: string;
  feedOnly: boolean;
  /** The link that opens an article on this page (the URL hash). */
  articleLink(key: string): string;
  renderLoading(lines?: number): TemplateResult;
  renderEmpty(message: string): TemplateResult;
  renderError(error: unknown, retry: () => void): TemplateResult;
}

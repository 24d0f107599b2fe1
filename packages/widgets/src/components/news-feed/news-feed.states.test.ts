import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { dataWidgetStates, EMPTY_PAGE } from '../../../test/data-widget-states.js';
import './news-feed.js';

// The virtualised list resizes as it lays out; the browser's harmless loop warning is not a failure.
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

dataWidgetStates({
  tag: 'shp-news-feed',
  content: '[part~="item"]', // the list's first item, once the virtualiser has laid it out
  empty: { answers: { '/v1/news': EMPTY_PAGE }, message: 'Chưa có tin tức.' },
});

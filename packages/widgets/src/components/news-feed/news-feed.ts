import { defineElement } from '../../internal/define.js';
import { ShpNewsFeed } from './news-feed.component.js';

export * from './news-feed.component.js';

defineElement('shp-news-feed', ShpNewsFeed);

declare global {
  interface HTMLElementTagNameMap {
    'shp-news-feed': ShpNewsFeed;
  }
}

/** The `detail` of {@link ShpNewsOpenEvent}. */
export interface ShpNewsOpenEventDetail {
  /** The API article's id (`news-12`); for an item of the commune's own feed, its guid or link. */
  id: string;
  /** The article's canonical page, absolute (http or https); `null` when a feed item has no link. */
  url: string | null;
  /** Where the item came from: the API, or the page's RSS/Atom feed (`feed-url`). */
  source: 'api' | 'feed';
}

/**
 * Emitted by `<shp-news-feed>` when an article is opened in it (a click, Enter, or a shared
 * link with `sync-url`), so that the page can count reads or update its own title.
 */
export class ShpNewsOpenEvent extends CustomEvent<ShpNewsOpenEventDetail> {
  static readonly eventName = 'shp-news-open';
  constructor(detail: ShpNewsOpenEventDetail) {
    super(ShpNewsOpenEvent.eventName, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'shp-news-open': ShpNewsOpenEvent;
  }
}

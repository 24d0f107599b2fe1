import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { TaskStatus } from '@lit/task';
import { newsResource, unitsResource } from '@smart-haiphong/sdk';
import { html, nothing, type CSSResultGroup, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { useResources } from '../../internal/client.js';
import { HashStateController, type HashNavigation } from '../../internal/hash-state.js';
import { ShpElement } from '../../internal/shp-element.js';
import type { NewsFeedContext, NewsFeedMeta as Meta } from './news-feed.context.js';
import { NewsArticleController } from './news-feed.article.js';
import { NewsListController } from './news-feed.list.js';
import { newsFeedStrings } from './news-feed.translations.js';
import { styles } from './news-feed.styles.js';
import { FeedFetchError, isFeedError, type ListEntry } from './news-source.js';
import { articlePart } from './parts/article.js';
import { listPart, toolbarPart, type ListActions } from './parts/list.js';

/** The reference data the list needs besides its items. */
export type NewsFeedMeta = Meta;

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * The city's and the communes' news: a list newest first with a category filter, more items
 * as the citizen scrolls (or presses "Xem thêm"), and the article itself, sanitised, with a
 * share link and a way back to the same place in the list. It can also read a commune
 * portal's own RSS 2.0 or Atom 1.0 feed in the browser, alone or merged with the API's news.
 *
 * Long lists stay light: only the items near the viewport are in the DOM
 * (@lit-labs/virtualizer), however far one scrolls. Article bodies and feed HTML go
 * through DOMPurify with an allowlist made for news (`sanitize.ts`) and are inserted as
 * nodes, never as an HTML string, so the element works under
 * `require-trusted-types-for 'script'` and a CSP without `unsafe-inline`.
 *
 * Data: `GET /v1/news`, `/v1/news/categories`, `/v1/news/{id}`, `/v1/units`; the feed at `feed-url`.
 *
 * @tag shp-news-feed
 * @summary News and notices of the city and its communes, with a commune's own RSS/Atom feed.
 *
 * @attr unit - Only this commune's news (slug or code). Empty: the page default, else the whole city.
 * @attr category - The category shown first (an id of `GET /v1/news/categories`, e.g. `dien`). Empty: all.
 * @attr feed-url - An RSS 2.0 or Atom 1.0 feed (same origin, or another that allows CORS) merged into the list by date.
 * @attr feed-only - Show the feed at `feed-url` alone, without the API's news.
 * @attr page-size - Items per request, 1 to 100. Default 20.
 * @attr sync-url - Keep the open article and the category in the page's URL hash (`#<id>.article=news-12`), so that shared links open the article. Opening or closing an article is a browser history entry (Back returns to the list); the category is not.
 *
 * @fires {ShpNewsOpenEvent} shp-news-open - An article was opened: `{ id, url, source }`.
 * @fires {ShpErrorEvent} shp-error - The news, the feed or an article could not be loaded.
 *
 * @csspart toolbar - The row with the category filter.
 * @csspart filter - The category `<select>`.
 * @csspart list - The list of items (a `feed` of `article`s while any is rendered).
 * @csspart item - One item of the list.
 * @csspart item-link - An item's title link, which opens the article.
 * @csspart image - An item's or an article's image.
 * @csspart summary - An item's summary.
 * @csspart meta - The category, commune and date line.
 * @csspart more-button - "Xem thêm": loads more items.
 * @csspart notice - The note about a feed that failed in a merged list, or the time the list was loaded.
 * @csspart article - The open article.
 * @csspart back-button - "Quay lại danh sách tin".
 * @csspart body - The article's sanitised body.
 * @csspart credits - Source, author and the link to the original.
 * @csspart share-link - The link to this article on this page.
 * @csspart copy-button - Copies the share link.
 *
 * @cssprop --shp-news-feed-accent - Colour of the category label. Default: `--shp-color-primary`.
 * @cssprop --shp-news-feed-thumb-width - Width of item images in a wide container. Default: 160px.
 */
export class ShpNewsFeed extends ShpElement {
  static override styles: CSSResultGroup = [ShpElement.styles, styles];
  static override strings = [newsFeedStrings];

  static {
    useResources({ news: newsResource, units: unitsResource });
  }

  /** Category id to show; empty: all. */
  @property() category = '';

  /** An RSS 2.0 / Atom 1.0 document's URL, merged into the list by date. */
  @property({ attribute: 'feed-url' }) feedUrl = '';

  /** Show only the feed at `feedUrl`. */
  @property({ type: Boolean, attribute: 'feed-only' }) feedOnly = false;

  /** Items per request, 1 to 100. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** Mirror the open article and the category in `location.hash`. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  @state() private announcement = '';

  private focusFrom: number | undefined;

  /** List hosts whose virtualizer was connected again once in the page (`placeVirtualizer`). */
  private readonly placed = new WeakSet<Element>();

  private readonly hash = new HashStateController(this, (_values, navigation) => {
    if (this.syncUrl) this.readHash(navigation);
  });

  /** The category just set from the hash, not to be written back (`updated`). */
  private categoryFromHash: string | undefined;

  /** Where the list was left for the article last opened, kept for Back/Forward to it again. */
  private lastReturn: { key: string; index: number; scrollY: number } | undefined;

  /** The reference data, the list (API pages merged with the feed) and its next pages. */
  private readonly news = new NewsListController(this, (error) => this.emitError(error));

  /** The article open: its loading, its body, the place in the list to come back to. */
  private readonly article = new NewsArticleController(this, {
    pager: () => this.news.list.value,
    writeHash: () => this.writeHash(),
    opened: (event) => this.emit(event),
    onError: (error) => this.emitError(error),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.readHash();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl') && this.syncUrl && changed.get('syncUrl') === false) this.readHash();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A category the hash set (Back/Forward) is already there; writing it could go before the article.
    if (changed.has('category') && this.category !== this.categoryFromHash) this.writeHash();
    this.categoryFromHash = undefined;
    this.placeVirtualizer();
    this.syncFeedRole();
    this.article.updated();
  }

  /** How many items the list holds so far (loaded, not only those in the DOM). */
  get itemCount(): number {
    return this.news.list.value?.entries.length ?? 0;
  }

  /** The article open in the element, if any (its key: the API id, or `feed:<id>`). */
  get openArticle(): string | undefined {
    return this.article.open?.key;
  }

  // ---- Rendering -------------------------------------------------------------------

  private context(): NewsFeedContext {
    return {
      t: (key, params) => this.t(key, params),
      formatDate: (value, options) => this.formatDate(value, options),
      errorMessage: (error) => this.errorMessage(error),
      locale: this.config.locale,
      headingLevel: this.headingLevel,
      offline: this.offline,
      category: this.category,
      feedOnly: this.feedOnly,
      articleLink: (key) => this.articleLink(key),
      renderLoading: (lines) => this.renderLoading(lines),
      renderEmpty: (message) => this.renderEmpty(message),
      renderError: (error, retry) => this.renderError(error, retry),
    };
  }

  protected override renderContent(): unknown {
    const { meta: metaTask, list: listTask } = this.news;
    if (metaTask.status === TaskStatus.ERROR && !metaTask.aborted) {
      return this.renderError(metaTask.error, this.retry);
    }
    // The last reference data stays while it loads again (a task keeps its value while pending).
    const meta = metaTask.value ?? null;
    const ctx = this.context();
    const open = this.article.open;
    const article = open
      ? articlePart(ctx, open, meta ?? undefined, {
          back: this.back,
          retry: (key) => void this.openKey(key, true),
          copy: (link) => void this.copy(link),
        })
      : nothing;
    const actions: ListActions = {
      more: this.news.more,
      moreError: this.news.moreError,
      retryFeed: () => void listTask.run(),
      range: (e, count) => this.onRange(e, count),
      itemClick: (e, entry, index) => this.onItemClick(e, entry, index),
      loadMore: () => void this.loadMore(true),
    };
    // Outside the list's states, so the same <select> keeps focus while a category loads.
    const toolbar = meta && !this.feedOnly ? toolbarPart(ctx, meta, this.onCategory) : nothing;
    const list = listTask.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: (pager) => (meta ? listPart(ctx, pager, meta, actions) : this.renderLoading()),
      error: (error) => {
        if (listTask.aborted) return this.renderLoading();
        // Offline or failing: the last list loaded stays readable, under the error.
        const last = this.news.lastPager;
        return html`${this.renderError(error, this.retry)}${last && meta ? listPart(ctx, last, meta, actions, true) : nothing}`;
      },
    });
    return html`${article}
      <div class="list-view" ?hidden=${!!open}>${toolbar}${list}</div>
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }

  // ---- Behaviour -------------------------------------------------------------------

  override errorMessage(error: unknown): string {
    if (isFeedError(error)) {
      return this.t(
        error.code === 'not-xml'
          ? 'newsFeed.feedNotXml'
          : error.code === 'too-large'
            ? 'newsFeed.feedTooLarge'
            : 'newsFeed.feedNotAFeed',
      );
    }
    if (error instanceof FeedFetchError) return this.t('newsFeed.feedUnreachable');
    return super.errorMessage(error);
  }

  /** Runs again whichever of the two loads failed. */
  private readonly retry = (): void => this.news.retry();

  private articleLink(key: string): string {
    return this.hash.link({ article: key });
  }

  private readonly onCategory = (e: Event): void => {
    this.category = (e.target as HTMLSelectElement).value;
  };

  private onRange(e: RangeChangedEvent, count: number): void {
    // After the virtualize directive has rendered the new range (its listener renders synchronously).
    void Promise.resolve().then(() => {
      this.sweepMarkers();
      this.syncFeedRole();
    });
    // Near the end: load the next page before the citizen gets there (not for an empty range, -1).
    if (e.last >= 0 && e.last >= count - 4 && this.news.more === 'idle' && !this.offline) void this.loadMore(false);
  }

  /**
   * Lit 3.3.1 to 3.3.3 leave one empty comment behind for every item a keyed list removes
   * (lit/lit#5298, fix pending): a virtualised list removes items all the time, and the
   * markers would pile up to thousands of nodes. Each live item is exactly
   * `<!----><article>…</article><!---->`, so an empty comment with no article beside it
   * belongs to no part and is removed.
   */
  private sweepMarkers(): void {
    const list = this.listHost();
    if (!list) return;
    const isItem = (n: Node | null) => n?.nodeName === 'ARTICLE';
    for (const node of [...list.childNodes]) {
      if (node.nodeType === Node.COMMENT_NODE && (node as Comment).data === '') {
        if (!isItem(node.previousSibling) && !isItem(node.nextSibling)) node.remove();
      }
    }
  }

  /**
   * Lit runs a new template's directives before it inserts the template into the page, so
   * the virtualizer, connected then, finds no scrolling box around the list (only the
   * window): in a CMS's `overflow: auto` box the list would not follow that box's scroll,
   * and stay empty once scrolled out and back (lit/lit#4232). Once the list is in the page,
   * its virtualizer is connected again (the workaround given there) and finds the box.
   */
  private placeVirtualizer(): void {
    const list = this.listHost();
    if (!list || this.placed.has(list) || !list.isConnected) return;
    const virtualizer = list[virtualizerRef];
    if (!virtualizer) return;
    this.placed.add(list);
    virtualizer.disconnected();
    virtualizer.connected();
  }

  /**
   * `role="feed"` must own `article`s (axe: aria-required-children), but the virtualizer
   * renders none while the list is out of view (below the fold, in a scrolled-away box) or
   * not laid out yet, and renders them on its range events, outside this element's updates.
   * So the list is a named feed only while it holds an item: set here from the DOM, after
   * each update and each new range. Empty, it is a plain box a screen reader passes over.
   */
  private syncFeedRole(): void {
    const list = this.listHost();
    if (!list) return;
    if (list.querySelector(':scope > article')) {
      list.setAttribute('role', 'feed');
      list.setAttribute('aria-label', this.t('newsFeed.label'));
    } else {
      list.removeAttribute('role');
      list.removeAttribute('aria-label');
    }
  }

  /** Loads the next page; `focusNew` moves focus to its first item (the button's keyboard path). */
  async loadMore(focusNew = false): Promise<void> {
    const pager = this.news.list.value;
    if (!pager?.hasMore) return;
    const before = pager.entries.length;
    // Pressed while scrolling already asked for the page: focus follows when it arrives.
    if (focusNew) this.focusFrom = before;
    const added = await this.news.loadMore(pager);
    if (added === undefined) return;
    this.announcement = this.t('newsFeed.added', { count: added });
    const focusFrom = this.focusFrom;
    this.focusFrom = undefined;
    if (focusFrom !== undefined && pager.entries.length > focusFrom) await this.focusItem(focusFrom);
  }

  private listHost(): (HTMLElement & VirtualizerHostElement) | null {
    return this.renderRoot.querySelector<HTMLElement & VirtualizerHostElement>('.list');
  }

  /** Focuses the title link of item `index`, bringing it into the DOM first if needed. */
  private async focusItem(index: number, key?: string): Promise<void> {
    await this.updateComplete;
    const find = () =>
      key
        ? this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"] .item-link`)
        : (this.renderRoot.querySelector<HTMLElement>(`#item-${index}`) ?? null);
    let link = find();
    for (let i = 0; !link && i < 10; i++) {
      const host = this.listHost();
      host?.[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'center' });
      await frame();
      link = find();
    }
    link?.focus({ preventScroll: !!this.article.returnTo });
  }

  private onItemClick(e: MouseEvent, entry: ListEntry, index: number): void {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return; // a new tab: follow the link
    e.preventDefault();
    this.article.returnTo = { key: entry.key, index, scrollY: window.scrollY };
    void this.openKey(entry.key, true, entry);
  }

  /** Opens an article by key (an API id, or `feed:<id>`). */
  async openKey(key: string, focus: boolean, entry?: ListEntry): Promise<void> {
    return this.article.openKey(key, focus, entry);
  }

  /** Back to the list, at the place and on the item the citizen left. */
  readonly back = async (): Promise<void> => {
    this.article.close();
    this.writeHash();
    const to = this.article.returnTo;
    await this.updateComplete;
    await frame();
    if (to) {
      window.scrollTo({ top: to.scrollY, behavior: 'instant' });
      await frame();
      await this.focusItem(to.index, to.key);
      this.lastReturn = to;
      this.article.returnTo = undefined;
    } else {
      await this.focusItem(0);
    }
  };

  private async copy(link: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(link);
      this.announcement = this.t('newsFeed.copied');
    } catch {
      // Clipboard refused (no permission, an insecure page): the link itself is there to copy.
      this.renderRoot.querySelector<HTMLElement>('[part~="share-link"]')?.focus();
    }
  }

  // ---- URL hash --------------------------------------------------------------------

  /**
   * The hash's article and category. After Back/Forward (`navigation`), focus goes where the
   * widget's own buttons put it (the article's heading; back in the list, the item it was
   * opened from), only if it was here or lost; after a link on the page, the article comes into view.
   */
  private readHash(navigation?: HashNavigation): void {
    const params = this.hash.read();
    // After Back/Forward, no category in the hash is the page's own (the attribute), not the last one chosen.
    const category = params.get('category') ?? (navigation ? (this.getAttribute('category') ?? '') : undefined);
    if (category !== undefined && category !== this.category) this.category = this.categoryFromHash = category;
    const key = params.get('article');
    const focus = !!navigation?.mayFocus;
    if (key && key !== this.article.open?.key) {
      if (focus && navigation?.cause === 'link') this.scrollIntoView({ block: 'start' });
      if (navigation && this.lastReturn?.key === key) this.article.returnTo = this.lastReturn;
      void this.openKey(key, focus);
    } else if (!key && this.article.open) {
      if (focus) void this.back();
      else this.article.close();
    } else if (key && navigation?.cause === 'link') {
      // A link to the article shown: bring it into view again.
      this.renderRoot.querySelector<HTMLElement>('#article-title')?.focus();
    }
  }

  private writeHash(): void {
    if (!this.syncUrl) return;
    // Opening or closing an article is a step Back undoes; a category is not.
    const push = (this.hash.read().get('article') ?? undefined) !== this.article.open?.key;
    this.hash.write({ article: this.article.open?.key, category: this.category || undefined }, { push });
  }
}

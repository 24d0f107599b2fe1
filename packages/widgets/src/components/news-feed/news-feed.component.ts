import { TaskStatus } from '@lit/task';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
// Given explicitly: left out, the virtualizer would import it on its own, outside the bundle's chunk table.
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import {
  newsResource,
  safeUrl,
  unitsResource,
  type NewsArticle,
  type NewsCategory,
  type Unit,
} from '@smart-haiphong/sdk';
import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ShpNewsOpenEvent } from '../../events/index.js';
import { useResources } from '../../internal/client.js';
import { ShpDataTask } from '../../internal/data-task.js';
import { HashStateController } from '../../internal/hash-state.js';
import { heading } from '../../internal/heading.js';
import { ShpElement } from '../../internal/shp-element.js';
import { localName } from '../../translations/index.js';
import { formatNewsDate, datetimeAttribute } from './news-date.js';
import { newsFeedStrings } from './news-feed.translations.js';
import { styles } from './news-feed.styles.js';
import { lazy } from '../../internal/lazy.js';
import { FeedFetchError, fromApi, isFeedError, NewsPager, type FetchPage, type ListEntry } from './news-source.js';

/** The feed parser and the sanitiser: a chunk of their own, loaded on first use. */
const reader = () => lazy('news-reader', () => import('./news-reader.js'));

/** The reference data the list needs besides its items. */
export interface NewsFeedMeta {
  categories: NewsCategory[];
  units: Map<string, Unit>;
}

interface OpenArticle {
  key: string;
  status: 'loading' | 'ready' | 'error';
  entry?: ListEntry | undefined;
  article?: NewsArticle | undefined;
  error?: unknown;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const isAbort = (e: unknown) => typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';

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
 * @attr sync-url - Keep the open article and the category in the page's URL hash (`#<id>.article=news-12`), so that shared links open the article.
 *
 * @fires {ShpNewsOpenEvent} shp-news-open - An article was opened: `{ id, url, source }`.
 * @fires {ShpErrorEvent} shp-error - The news, the feed or an article could not be loaded.
 *
 * @csspart toolbar - The row with the category filter.
 * @csspart filter - The category `<select>`.
 * @csspart list - The list of items (a `feed` of `article`s).
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

  @state() private open: OpenArticle | undefined;
  @state() private moreState: 'idle' | 'loading' | 'error' = 'idle';
  @state() private moreError: unknown = null;
  @state() private announcement = '';

  private moreController: AbortController | undefined;
  private articleController: AbortController | undefined;
  private returnTo: { key: string; index: number; scrollY: number } | undefined;
  private pendingKey: string | undefined;
  private lastPager: NewsPager | undefined;
  private filledBody: string | undefined;
  private focusFrom: number | undefined;

  private readonly hash = new HashStateController(this, () => {
    if (this.syncUrl) this.readHash();
  });

  private readonly meta = new ShpDataTask(this, {
    task: async ([client, feedOnly], { signal }): Promise<NewsFeedMeta> => {
      // A feed-only page may have no API at all: it needs no categories or units.
      if (feedOnly) return { categories: [], units: new Map() };
      const [categories, units] = await Promise.all([
        client.news.categories({ signal }),
        client.units.list({}, { signal }),
      ]);
      return { categories: categories.items, units: new Map(units.items.map((u) => [u.code, u])) };
    },
    args: () => [this.client, this.feedOnly] as const,
  });

  private readonly list = new ShpDataTask(this, {
    task: async ([client, unit, category, feedUrl, feedOnly, pageSize], { signal }): Promise<NewsPager | null> => {
      this.moreController?.abort();
      this.moreState = 'idle';
      if (feedOnly && !feedUrl) return null;
      const limit = Math.min(100, Math.max(1, Math.round(pageSize) || 20));
      const fetchPage: FetchPage | null = feedOnly
        ? null
        : (cursor, s) =>
            client.news
              .list(
                { limit, ...(unit ? { unit } : {}), ...(category ? { category } : {}), ...(cursor ? { cursor } : {}) },
                { signal: s },
              )
              .then((page) => page);
      // Feed items have no category: a category filter shows the API's items only.
      const wantFeed = !!feedUrl && !category;
      const read = wantFeed ? await reader() : null;
      const [first, feed] = await Promise.allSettled([
        fetchPage ? fetchPage(undefined, signal) : Promise.resolve(null),
        read ? read.fetchFeed(feedUrl, signal) : Promise.resolve(null),
      ]);
      if (first.status === 'rejected') throw first.reason;
      if (feed.status === 'rejected' && (feedOnly || isAbort(feed.reason))) throw feed.reason;
      const parsed = feed.status === 'fulfilled' ? feed.value : null;
      const title = parsed?.title || (parsed ? new URL(parsed.url).hostname : '');
      const entries = parsed && read ? parsed.items.map((item) => read.fromFeed(item, { title, url: parsed.url })) : [];
      const pager = new NewsPager(fetchPage, first.value, entries, feed.status === 'rejected' ? feed.reason : null);
      this.lastPager = pager;
      return pager;
    },
    args: () => [this.client, this.config.unit, this.category, this.feedUrl, this.feedOnly, this.pageSize] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.readHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.moreController?.abort();
    this.articleController?.abort();
    if (this.moreState === 'loading') this.moreState = 'idle';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl') && this.syncUrl && changed.get('syncUrl') === false) this.readHash();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('category')) this.writeHash();
    // A shared link to a feed item waits for the feed.
    if (this.pendingKey && this.list.value) {
      const key = this.pendingKey;
      this.pendingKey = undefined;
      void this.openKey(key, false);
    }
    this.fillBody();
  }

  /** How many items the list holds so far (loaded, not only those in the DOM). */
  get itemCount(): number {
    return this.list.value?.entries.length ?? 0;
  }

  /** The article open in the element, if any (its key: the API id, or `feed:<id>`). */
  get openArticle(): string | undefined {
    return this.open?.key;
  }

  // ---- Rendering -------------------------------------------------------------------

  protected override renderContent(): unknown {
    const meta = this.meta.render({
      initial: () => null,
      pending: () => null,
      complete: (value) => value,
      error: () => null,
    });
    if (this.meta.status === TaskStatus.ERROR && !this.meta.aborted) {
      return this.renderError(this.meta.error, this.retry);
    }
    const article = this.open ? this.renderArticle(this.open, meta ?? undefined) : nothing;
    const list = this.list.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: (pager) => (meta ? this.renderList(pager, meta) : this.renderLoading()),
      error: (error) => {
        if (this.list.aborted) return this.renderLoading();
        // Offline or failing: the last list loaded stays readable, under the error.
        return html`${this.renderError(error, this.retry)}${
          this.lastPager && meta ? this.renderList(this.lastPager, meta, true) : nothing
        }`;
      },
    });
    return html`${article}
      <div class="list-view" ?hidden=${!!this.open}>${list}</div>
      <p class="visually-hidden" role="status">${this.announcement}</p>`;
  }

  private renderList(pager: NewsPager | null, meta: NewsFeedMeta, stale = false): TemplateResult {
    if (!pager) return this.renderEmpty(this.t('newsFeed.noFeed'));
    const items = pager.entries;
    const loadedAt =
      this.offline || stale
        ? html`<p part="notice" class="notice">
            ${this.t('newsFeed.loadedAt', {
              time: this.formatDate(pager.loadedAt, {
                hour: '2-digit',
                minute: '2-digit',
                day: '2-digit',
                month: '2-digit',
                year: 'numeric',
              }),
            })}
          </p>`
        : nothing;
    const feedNotice = pager.feedError
      ? html`<div part="notice" class="notice feed-notice" role="alert">
          <p>${this.t('newsFeed.feedPartial')} ${this.errorMessage(pager.feedError)}</p>
          <button part="retry-button" class="button secondary" type="button" @click=${() => void this.list.run()}>
            ${this.t('state.retry')}
          </button>
        </div>`
      : nothing;
    const toolbar = this.feedOnly ? nothing : this.renderToolbar(meta);
    if (items.length === 0) {
      return html`${toolbar}${loadedAt}${feedNotice}${this.renderEmpty(
        this.category ? this.t('newsFeed.emptyCategory') : this.t('newsFeed.empty'),
      )}`;
    }
    const setsize = pager.hasMore ? (pager.total ?? -1) : items.length;
    return html`${toolbar}${loadedAt}${feedNotice}
      <div
        part="list"
        class="list"
        role="feed"
        aria-label=${this.t('newsFeed.label')}
        aria-busy=${this.moreState === 'loading' ? 'true' : 'false'}
        @rangeChanged=${(e: RangeChangedEvent) => this.onRange(e, items.length)}
      >
        ${virtualize({
          items: items as ListEntry[],
          layout: flow(),
          keyFunction: (entry: ListEntry) => entry.key,
          renderItem: (entry: ListEntry, index: number) => this.renderItem(entry, index, setsize, meta),
        })}
      </div>
      ${this.renderMore(pager, items.length)}`;
  }

  private renderToolbar(meta: NewsFeedMeta): TemplateResult {
    const locale = this.config.locale;
    return html`<div part="toolbar" class="toolbar">
      <label for="category">${this.t('newsFeed.category')}</label>
      <select part="filter" id="category" .value=${this.category} @change=${this.onCategory}>
        <option value="" ?selected=${!this.category}>${this.t('newsFeed.allCategories')}</option>
        ${meta.categories.map(
          (c) => html`<option value=${c.id} ?selected=${c.id === this.category}>${localName(locale, c)}</option>`,
        )}
      </select>
    </div>`;
  }

  // Few nodes per item (no whitespace text, few bindings): the node budget counts every one.
  private renderItem(entry: ListEntry, index: number, setsize: number, meta: NewsFeedMeta): TemplateResult {
    const titleId = `item-${index}`;
    const link = html`<a part="item-link" class="item-link" id=${titleId} href=${this.articleLink(entry.key)} @click=${(e: MouseEvent) => this.onItemClick(e, entry, index)}>${entry.title || entry.url || entry.id}</a>`; // prettier-ignore
    // prettier-ignore
    return html`<article part="item" class="item" data-key=${entry.key} aria-posinset=${index + 1} aria-setsize=${setsize} aria-labelledby=${titleId}>${this.renderImage(entry, 'thumb')}<div class="item-text">${heading(this.headingLevel, 0, link, { class: 'item-title' })}${this.renderMeta(entry, meta, false)}<p part="summary" class="summary">${entry.summary}</p></div></article>`;
  }

  private renderImage(
    entry: { imageUrl: string | null; imageAlt: string; imageWidth: number | null; imageHeight: number | null },
    cls: string,
  ): TemplateResult | typeof nothing {
    const src = entry.imageUrl ? safeUrl(entry.imageUrl) : null;
    if (!src) return nothing;
    // Width and height reserve the box (with CSS `height: auto`) before the image arrives;
    // unknown sizes get the common 1200 × 630 news ratio.
    return html`<img
      part="image"
      class=${cls}
      src=${src}
      alt=${entry.imageAlt}
      width=${entry.imageWidth ?? 1200}
      height=${entry.imageHeight ?? 630}
      loading="lazy"
      decoding="async"
    />`;
  }

  private renderMeta(entry: ListEntry, meta: NewsFeedMeta | undefined, long: boolean): TemplateResult {
    const unit = entry.unitCode ? meta?.units.get(entry.unitCode) : undefined;
    const commune = entry.source === 'feed' ? entry.sourceName : unit ? unit.name : this.t('newsFeed.cityWide');
    const date = entry.date
      ? long
        ? this.formatDate(entry.date, {
            day: '2-digit',
            month: '2-digit',
            year: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
          })
        : formatNewsDate(entry.date, new Date(), this.config.locale === 'vi' ? 'vi-VN' : 'en-GB')
      : '';
    const where = entry.sample ? `${commune} · ${this.t('newsFeed.sample')}` : commune;
    // prettier-ignore
    return html`<p part="meta" class="meta"><span class="category">${entry.categoryName ?? ''}</span><span class="commune">${where}</span><time datetime=${datetimeAttribute(entry.date)}>${date}</time></p>`;
  }

  private renderMore(pager: NewsPager, count: number): TemplateResult {
    if (this.moreState === 'error') {
      return html`<div class="more">${this.renderError(this.moreError, () => void this.loadMore(true))}</div>`;
    }
    if (!pager.hasMore) {
      return html`<p class="more end">${this.t('newsFeed.end', { count })}</p>`;
    }
    return html`<div class="more">
      <button
        part="more-button"
        class="button"
        type="button"
        ?disabled=${this.offline}
        @click=${() => void this.loadMore(true)}
      >
        ${this.moreState === 'loading' ? this.t('newsFeed.loadingMore') : this.t('newsFeed.more')}
      </button>
    </div>`;
  }

  private renderArticle(open: OpenArticle, meta: NewsFeedMeta | undefined): TemplateResult {
    const back = html`<button part="back-button" class="button secondary back" type="button" @click=${this.back}>
      <span aria-hidden="true">←</span> ${this.t('newsFeed.back')}
    </button>`;
    if (open.status === 'loading')
      return html`<div part="article" class="article">${back}${this.renderLoading(5)}</div>`;
    if (open.status === 'error') {
      return html`<div part="article" class="article">
        ${back}${this.renderError(open.error, () => void this.openKey(open.key, true))}
      </div>`;
    }
    const entry = open.article ? fromApi(open.article) : open.entry!;
    const a = open.article;
    const url = entry.url;
    const republished = a?.sourceUrl ? safeUrl(a.sourceUrl) : null;
    const share = this.articleLink(open.key);
    // CMS bodies usually repeat the lead image (and the summary, so that is not shown apart).
    // A feed item's image is mostly the first one of its HTML (whose URL may be relative).
    const leadInBody = a
      ? !!entry.imageUrl && a.bodyHtml.includes(entry.imageUrl)
      : /<img\b/i.test(open.entry?.feedHtml ?? '');
    return html`<article part="article" class="article" aria-labelledby="article-title">
      ${back}
      ${heading(this.headingLevel, 0, entry.title || entry.url || entry.id, {
        id: 'article-title',
        class: 'article-title',
        tabindex: -1,
      })}
      ${this.renderMeta(entry, meta, true)} ${leadInBody ? nothing : this.renderImage(entry, 'lead-image')}
      <div part="body" class="body" data-for=""></div>
      <dl part="credits" class="credits">
        <div>
          <dt>${this.t('newsFeed.source')}</dt>
          <dd>
            ${entry.sourceName}${
              url
                ? html` ·
                    <a href=${url} target="_blank" rel="noopener noreferrer"
                      >${this.t('newsFeed.readOriginal')}<span class="visually-hidden">
                        ${this.t('newsFeed.externalLink')}</span
                      ></a
                    >`
                : nothing
            }
          </dd>
        </div>
        ${
          a?.author
            ? html`<div>
                <dt>${this.t('newsFeed.author')}</dt>
                <dd>${a.author}</dd>
              </div>`
            : nothing
        }
        ${
          republished
            ? html`<div>
                <dt>${this.t('newsFeed.republishedFrom')}</dt>
                <dd>
                  <a href=${republished} target="_blank" rel="noopener noreferrer">${new URL(republished).hostname}</a>
                </dd>
              </div>`
            : nothing
        }
      </dl>
      <p class="share">
        <a part="share-link" href=${share}>${this.t('newsFeed.share')}</a>
        <button part="copy-button" class="button secondary" type="button" @click=${() => void this.copy(share)}>
          ${this.t('newsFeed.copy')}
        </button>
      </p>
    </article>`;
  }

  /** Puts the sanitised body into the article's body part (nodes, never an HTML string). */
  private fillBody(): void {
    const open = this.open;
    const body = this.renderRoot.querySelector<HTMLElement>('.body');
    if (!open || open.status !== 'ready' || !body) {
      this.filledBody = undefined;
      return;
    }
    if (this.filledBody === open.key && body.dataset['for'] === open.key) return;
    this.filledBody = open.key;
    void reader().then(({ sanitizeNewsFragment }) => {
      // Another article may have been opened while the sanitiser loaded.
      if (this.open !== open || !body.isConnected) return;
      const html = open.article ? open.article.bodyHtml : (open.entry?.feedHtml ?? '');
      const baseUrl = open.article ? open.article.url : open.entry?.feedBase;
      const fragment = sanitizeNewsFragment(html, baseUrl ? { baseUrl } : {});
      for (const a of fragment.querySelectorAll('a[data-external]')) {
        const icon = document.createElement('span');
        icon.setAttribute('aria-hidden', 'true');
        icon.className = 'external-icon';
        icon.textContent = '↗';
        const hint = document.createElement('span');
        hint.className = 'visually-hidden';
        hint.textContent = ` ${this.t('newsFeed.externalLink')}`;
        a.append(icon, hint);
      }
      body.replaceChildren(fragment);
      body.dataset['for'] = open.key;
    });
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
  private readonly retry = (): void => {
    if (this.meta.status === TaskStatus.ERROR) void this.meta.run();
    if (this.list.status === TaskStatus.ERROR || this.list.value?.feedError) void this.list.run();
  };

  private articleLink(key: string): string {
    return this.hash.link({ article: key });
  }

  private readonly onCategory = (e: Event): void => {
    this.category = (e.target as HTMLSelectElement).value;
  };

  private onRange(e: RangeChangedEvent, count: number): void {
    // After the virtualize directive has rendered the new range (its listener runs first, synchronously).
    void Promise.resolve().then(() => this.sweepMarkers());
    // Near the end: load the next page before the citizen gets there.
    if (e.last >= count - 4 && this.moreState === 'idle' && !this.offline) void this.loadMore(false);
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

  /** Loads the next page; `focusNew` moves focus to its first item (the button's keyboard path). */
  async loadMore(focusNew = false): Promise<void> {
    const pager = this.list.value;
    if (!pager?.hasMore) return;
    const before = pager.entries.length;
    // Pressed while scrolling already asked for the page: focus follows when it arrives.
    if (focusNew) this.focusFrom = before;
    if (this.moreState === 'loading') return;
    this.moreState = 'loading';
    this.moreController = new AbortController();
    try {
      const added = await pager.more(this.moreController.signal);
      if (this.list.value !== pager) return;
      this.moreState = 'idle';
      this.announcement = this.t('newsFeed.added', { count: added });
      const focusFrom = this.focusFrom;
      this.focusFrom = undefined;
      if (focusFrom !== undefined && pager.entries.length > focusFrom) await this.focusItem(focusFrom);
    } catch (error) {
      if (this.list.value !== pager) return;
      if (isAbort(error)) {
        this.moreState = 'idle';
        return;
      }
      this.moreState = 'error';
      this.moreError = error;
      this.emitError(error);
    }
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
    link?.focus({ preventScroll: !!this.returnTo });
  }

  private onItemClick(e: MouseEvent, entry: ListEntry, index: number): void {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return; // a new tab: follow the link
    e.preventDefault();
    this.returnTo = { key: entry.key, index, scrollY: window.scrollY };
    void this.openKey(entry.key, true, entry);
  }

  /** Opens an article by key (an API id, or `feed:<id>`). */
  async openKey(key: string, focus: boolean, entry?: ListEntry): Promise<void> {
    this.articleController?.abort();
    const controller = (this.articleController = new AbortController());
    const pager = this.list.value;
    if (key.startsWith('feed:')) {
      const found = entry ?? pager?.entries.find((e) => e.key === key) ?? pager?.findFeed(key);
      if (!found) {
        // The feed is not loaded yet: open it when it is (a shared link).
        if (!pager) this.pendingKey = key;
        else this.open = { key, status: 'error', error: new FeedFetchError(404, 'not in the feed') };
        return;
      }
      this.open = { key, status: 'ready', entry: found };
    } else {
      this.open = { key, status: 'loading', entry };
      this.writeHash();
      await this.updateComplete;
      if (focus) this.renderRoot.querySelector<HTMLElement>('[part~="back-button"]')?.focus();
      try {
        const article = await this.client.news.get(key, { signal: controller.signal });
        if (controller.signal.aborted) return;
        this.open = { key, status: 'ready', article };
      } catch (error) {
        if (controller.signal.aborted || isAbort(error)) return;
        this.open = { key, status: 'error', error };
        this.emitError(error);
        return;
      }
    }
    this.writeHash();
    await this.updateComplete;
    const open = this.open;
    if (open?.key !== key) return;
    const url = open.article ? safeUrl(open.article.url) : (open.entry?.url ?? null);
    this.emit(
      new ShpNewsOpenEvent({
        id: open.article?.id ?? open.entry?.id ?? key,
        url,
        source: open.article ? 'api' : 'feed',
      }),
    );
    if (focus) this.renderRoot.querySelector<HTMLElement>('#article-title')?.focus();
  }

  /** Back to the list, at the place and on the item the citizen left. */
  readonly back = async (): Promise<void> => {
    this.articleController?.abort();
    this.open = undefined;
    this.writeHash();
    const to = this.returnTo;
    await this.updateComplete;
    await frame();
    if (to) {
      window.scrollTo({ top: to.scrollY, behavior: 'instant' });
      await frame();
      await this.focusItem(to.index, to.key);
      this.returnTo = undefined;
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

  private readHash(): void {
    const params = this.hash.read();
    const category = params.get('category');
    if (category !== undefined && category !== this.category) this.category = category;
    const key = params.get('article');
    if (key && key !== this.open?.key) void this.openKey(key, false);
    else if (!key && this.open) {
      this.open = undefined;
    }
  }

  private writeHash(): void {
    if (!this.syncUrl) return;
    this.hash.write({ article: this.open?.key, category: this.category || undefined });
  }
}

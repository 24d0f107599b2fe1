import { safeUrl } from '@smart-haiphong/sdk';
import type { ReactiveController } from 'lit';
import { ShpNewsOpenEvent } from '../../events/index.js';
import type { ShpElement } from '../../internal/shp-element.js';
import type { OpenArticle } from './news-feed.context.js';
import { isAbort, reader } from './news-feed.list.js';
import { FeedFetchError, type ListEntry, type NewsPager } from './news-source.js';
import { markExternalLinks } from './parts/article.js';

export interface ArticleHooks {
  /** The list as loaded now (none before the first load). */
  pager(): NewsPager | null | undefined;
  /** The open article changed: the URL hash follows. */
  writeHash(): void;
  /** An article was shown (`shp-news-open`). */
  opened(event: ShpNewsOpenEvent): void;
  /** Loading an article failed (`shp-error`). */
  onError(error: unknown): void;
}

/**
 * The article open in the element: which one (`open`), its loading (an API article is
 * fetched, a feed item is already in the list), the place in the list to come back to,
 * a shared link to a feed item that waits for the feed, and its sanitised body, put into
 * the body part as nodes (never an HTML string) once the sanitiser's chunk has loaded.
 */
export class NewsArticleController implements ReactiveController {
  /** The article shown, loading or failed; undefined: the list is shown. */
  open: OpenArticle | undefined;
  /** Where the citizen left the list (the item and the scroll position). */
  returnTo: { key: string; index: number; scrollY: number } | undefined;
  private request: AbortController | undefined;
  private pendingKey: string | undefined;
  private filledBody: string | undefined;

  constructor(
    private readonly host: ShpElement,
    private readonly hooks: ArticleHooks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.request?.abort();
  }

  private set(open: OpenArticle | undefined): void {
    this.open = open;
    this.host.requestUpdate();
  }

  /** Closes the article (aborting its request): the list is shown again. */
  close(): void {
    this.request?.abort();
    if (this.open) this.set(undefined);
  }

  /** Opens an article by key (an API id, or `feed:<id>`); `focus` moves focus to it. */
  async openKey(key: string, focus: boolean, entry?: ListEntry): Promise<void> {
    const { host, hooks } = this;
    this.request?.abort();
    const controller = (this.request = new AbortController());
    const pager = hooks.pager();
    if (key.startsWith('feed:')) {
      const found = entry ?? pager?.entries.find((e) => e.key === key) ?? pager?.findFeed(key);
      if (!found) {
        // The feed is not loaded yet: open it when it is (a shared link).
        if (!pager) this.pendingKey = key;
        else this.set({ key, status: 'error', error: new FeedFetchError(404, 'not in the feed') });
        return;
      }
      this.set({ key, status: 'ready', entry: found });
    } else {
      this.set({ key, status: 'loading', entry });
      hooks.writeHash();
      await host.updateComplete;
      if (focus) host.renderRoot.querySelector<HTMLElement>('[part~="back-button"]')?.focus();
      try {
        const article = await host.client.news.get(key, { signal: controller.signal });
        if (controller.signal.aborted) return;
        this.set({ key, status: 'ready', article });
      } catch (error) {
        if (controller.signal.aborted || isAbort(error)) return;
        this.set({ key, status: 'error', error });
        hooks.onError(error);
        return;
      }
    }
    hooks.writeHash();
    await host.updateComplete;
    const open = this.open;
    if (open?.key !== key) return;
    const url = open.article ? safeUrl(open.article.url) : (open.entry?.url ?? null);
    hooks.opened(
      new ShpNewsOpenEvent({
        id: open.article?.id ?? open.entry?.id ?? key,
        url,
        source: open.article ? 'api' : 'feed',
      }),
    );
    if (focus) host.renderRoot.querySelector<HTMLElement>('#article-title')?.focus();
  }

  /** After each update of the host: opens a shared feed item once the feed is in, and fills the body. */
  updated(): void {
    if (this.pendingKey && this.hooks.pager()) {
      const key = this.pendingKey;
      this.pendingKey = undefined;
      void this.openKey(key, false);
    }
    this.fillBody();
  }

  /** Puts the sanitised body into the article's body part (nodes, never an HTML string). */
  private fillBody(): void {
    const open = this.open;
    const body = this.host.renderRoot.querySelector<HTMLElement>('.body');
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
      markExternalLinks(fragment, this.host.t('newsFeed.externalLink'));
      body.replaceChildren(fragment);
      body.dataset['for'] = open.key;
    });
  }
}

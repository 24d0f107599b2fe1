import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
// Given explicitly: left out, the virtualizer would import it on its own, outside the bundle's chunk table.
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../../internal/heading.js';
import { localName } from '../../../translations/index.js';
import type { NewsFeedContext, NewsFeedMeta } from '../news-feed.context.js';
import type { MoreState } from '../news-feed.list.js';
import type { ListEntry, NewsPager } from '../news-source.js';
import { imagePart, metaPart } from './entry.js';

export interface ListActions {
  /** Loading the next page: its state, and why it failed. */
  more: MoreState;
  moreError: unknown;
  /** "Thử lại" on a merged list whose feed failed: loads the list again. */
  retryFeed(): void;
  /** The virtualizer rendered another range of the `count` items. */
  range(event: RangeChangedEvent, count: number): void;
  /** An item's title link was clicked. */
  itemClick(event: MouseEvent, entry: ListEntry, index: number): void;
  /** "Xem thêm", or retrying the next page: focus goes to the first new item. */
  loadMore(): void;
}

/**
 * The list (the category filter is the element's, above it): the time it was loaded (offline,
 * or `stale` under an error), the note on a failed feed, the items (virtualised: only those
 * near the viewport are in the DOM) and "Xem thêm". No pager: the empty state for a
 * feed-only element without a feed.
 */
export function listPart(
  ctx: NewsFeedContext,
  pager: NewsPager | null,
  meta: NewsFeedMeta,
  actions: ListActions,
  stale = false,
): TemplateResult {
  const { t } = ctx;
  if (!pager) return ctx.renderEmpty(t('newsFeed.noFeed'));
  const items = pager.entries;
  const loadedAt =
    ctx.offline || stale
      ? html`<p part="notice" class="notice">
          ${t('newsFeed.loadedAt', {
            time: ctx.formatDate(pager.loadedAt, {
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
        <p>${t('newsFeed.feedPartial')} ${ctx.errorMessage(pager.feedError)}</p>
        <button part="retry-button" class="button secondary" type="button" @click=${actions.retryFeed}>
          ${t('state.retry')}
        </button>
      </div>`
    : nothing;
  if (items.length === 0) {
    return html`${loadedAt}${feedNotice}${ctx.renderEmpty(
      ctx.category ? t('newsFeed.emptyCategory') : t('newsFeed.empty'),
    )}`;
  }
  const setsize = pager.hasMore ? (pager.total ?? -1) : items.length;
  // No role here: the element sets `role="feed"` and its name only while the list holds
  // articles (`syncFeedRole`), as a feed must own them and none is rendered out of view.
  return html`${loadedAt}${feedNotice}
    <div
      part="list"
      class="list"
      aria-busy=${actions.more === 'loading' ? 'true' : 'false'}
      @rangeChanged=${(e: RangeChangedEvent) => actions.range(e, items.length)}
    >
      ${virtualize({
        items: items as ListEntry[],
        layout: flow(),
        keyFunction: (entry: ListEntry) => entry.key,
        renderItem: (entry: ListEntry, index: number) => itemPart(ctx, entry, index, setsize, meta, actions),
      })}
    </div>
    ${morePart(ctx, pager, items.length, actions)}`;
}

/**
 * The category filter. The element renders it once above the list's states, never inside
 * them: a `<select>` re-created while a category loads would drop the keyboard's focus to the page.
 */
export function toolbarPart(ctx: NewsFeedContext, meta: NewsFeedMeta, change: (event: Event) => void): TemplateResult {
  const { t, category } = ctx;
  return html`<div part="toolbar" class="toolbar">
    <label for="category">${t('newsFeed.category')}</label>
    <select part="filter" id="category" .value=${category} @change=${change}>
      <option value="" ?selected=${!category}>${t('newsFeed.allCategories')}</option>
      ${meta.categories.map(
        (c) => html`<option value=${c.id} ?selected=${c.id === category}>${localName(ctx.locale, c)}</option>`,
      )}
    </select>
  </div>`;
}

// Few nodes per item (no whitespace text, few bindings): the node budget counts every one.
function itemPart(
  ctx: NewsFeedContext,
  entry: ListEntry,
  index: number,
  setsize: number,
  meta: NewsFeedMeta,
  actions: ListActions,
): TemplateResult {
  const titleId = `item-${index}`;
  const link = html`<a part="item-link" class="item-link" id=${titleId} href=${ctx.articleLink(entry.key)} @click=${(e: MouseEvent) => actions.itemClick(e, entry, index)}>${entry.title || entry.url || entry.id}</a>`; // prettier-ignore
  // prettier-ignore
  return html`<article part="item" class="item" data-key=${entry.key} aria-posinset=${index + 1} aria-setsize=${setsize} aria-labelledby=${titleId}>${imagePart(entry, 'thumb')}<div class="item-text">${heading(ctx.headingLevel, 0, link, { class: 'item-title' })}${metaPart(ctx, entry, meta, false)}<p part="summary" class="summary">${entry.summary}</p></div></article>`;
}

function morePart(ctx: NewsFeedContext, pager: NewsPager, count: number, actions: ListActions): TemplateResult {
  const { t } = ctx;
  if (actions.more === 'error') {
    return html`<div class="more">${ctx.renderError(actions.moreError, actions.loadMore)}</div>`;
  }
  if (!pager.hasMore) {
    return html`<p class="more end">${t('newsFeed.end', { count })}</p>`;
  }
  return html`<div class="more">
    <button part="more-button" class="button" type="button" ?disabled=${ctx.offline} @click=${actions.loadMore}>
      ${actions.more === 'loading' ? t('newsFeed.loadingMore') : t('newsFeed.more')}
    </button>
  </div>`;
}

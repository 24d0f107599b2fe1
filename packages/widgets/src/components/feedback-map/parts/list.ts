import type { FeedbackSummary } from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../../internal/heading.js';
import type { PagedListController } from '../../../internal/paged-list.js';
import type { FeedbackMapContext } from '../feedback-map.context.js';
import { statusLook, statusSymbol } from '../feedback-map.status.js';

export interface ListActions {
  open(id: string, opener: HTMLElement): void;
  more(): void;
  retry(): void;
}

/** The reports in the map view: the map's keyboard and screen-reader alternative, paged. */
export function listPart(
  ctx: FeedbackMapContext,
  list: PagedListController<FeedbackSummary>,
  actions: ListActions,
): TemplateResult {
  const { t } = ctx;
  const count = list.count;
  let body: unknown;
  if (list.state === 'error') {
    body = ctx.renderError(list.error, actions.retry);
  } else if (list.state !== 'ready' && list.items.length === 0) {
    body = ctx.renderLoading(4);
  } else if (list.items.length === 0) {
    body = ctx.renderEmpty(t('feedbackMap.noReports'));
  } else {
    body = html`<ul
        part="list"
        class="list"
        aria-label=${t('feedbackMap.list')}
        aria-busy=${list.busy ? 'true' : 'false'}
      >
        ${list.items.map((item) => itemPart(ctx, item, actions))}
      </ul>
      ${
        list.hasMore
          ? html`<button
              part="load-more"
              class="button secondary load-more"
              type="button"
              aria-disabled=${list.busy ? 'true' : 'false'}
              aria-busy=${list.busy ? 'true' : 'false'}
              @click=${actions.more}
            >
              ${t('feedbackMap.loadMore')}
              <span class="muted">(${t('feedbackMap.listShown', { shown: list.items.length, count })})</span>
            </button>`
          : nothing
      }`;
  }
  return html`<section class="list-section" aria-labelledby="shp-fm-list-title">
    ${heading(ctx.headingLevel, 0, t('feedbackMap.list'), { id: 'shp-fm-list-title', class: 'section-title' })}
    ${
      // Beside the heading, not in it: the heading already says "in the map view".
      list.state === 'ready' ? html`<p class="count list-count">${t('feedbackMap.listCount', { count })}</p>` : nothing
    }
    ${body}
  </section>`;
}

function itemPart(ctx: FeedbackMapContext, item: FeedbackSummary, actions: ListActions): TemplateResult {
  const status = ctx.meta.statuses.find((s) => s.code === item.status);
  const look = statusLook(status, item.status);
  return html`<li>
    <button
      part="item"
      class="item ${look.closed ? 'closed' : ''}"
      type="button"
      data-id=${item.id}
      @click=${(e: Event) => actions.open(item.id, e.currentTarget as HTMLElement)}
    >
      <span class="item-title">${item.title}</span>
      <span class="item-meta">
        <span class="status-badge">${statusSymbol(look, 14)}${ctx.statusName(item.status)}</span>
        <span>${ctx.categoryName(item.categoryId)}</span>
        <span>${ctx.unitName(item.unitCode)}</span>
        <time datetime=${item.createdAt}>${ctx.formatDate(item.createdAt)}</time>
        ${
          ctx.approximate(item.location)
            ? html`<span class="approximate-tag">${ctx.t('feedbackMap.approximate')}</span>`
            : nothing
        }
        ${item.answered ? html`<span class="answered">${ctx.t('feedbackMap.answered')}</span>` : nothing}
        ${item.photoCount ? html`<span>${ctx.t('feedbackMap.photos', { count: item.photoCount })}</span>` : nothing}
      </span>
    </button>
  </li>`;
}

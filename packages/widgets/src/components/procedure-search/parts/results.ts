import { safeUrl, type ProcedurePage, type ProcedureSummary, type ProcedureSource } from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { PagedListController } from '../../../internal/paged-list.js';
import type { ShpElement } from '../../../internal/shp-element.js';
import type { TranslationKey } from '../../../translations/index.js';

export interface ResultsActions {
  /** The detail's link (the URL hash's form, so that it opens in a new tab too). */
  href(id: string): string;
  open(id: string): void;
  more(): void;
  /** Renders a failed "Xem thêm" with its retry (the element's error state). */
  error(error: unknown, retry: () => void): unknown;
  empty(message: string): unknown;
}

/** The catalogue's source line under the results and under a detail. */
export function creditPart(host: ShpElement, source: ProcedureSource): TemplateResult {
  const url = safeUrl(source.url);
  const credit = host.config.locale === 'en' ? source.creditEn : source.credit;
  return html`<p part="credit" class="credit muted">
    ${url ? html`<a href=${url} target="_blank" rel="noopener">${credit}</a>` : credit}
  </p>`;
}

/** "N thủ tục", the results (links to their detail), "Xem thêm" (busy, it stays focusable), the credit. */
export function resultsPart(
  host: ShpElement,
  page: ProcedurePage,
  list: PagedListController<ProcedureSummary>,
  actions: ResultsActions,
): TemplateResult {
  const p = (key: string, params?: Record<string, string | number>) =>
    host.t(`procedureSearch.${key}` as TranslationKey, params);
  const { items, busy } = list;
  const total = page.total;
  return html`<p part="count" class="count" role="status">
      ${items.length < total ? p('shown', { shown: items.length, count: total }) : p('results', { count: total })}
    </p>
    ${
      items.length === 0
        ? actions.empty(p('noResults'))
        : html`<ol part="list" class="list">
            ${items.map(
              (item) =>
                html`<li part="item" class="item">
                  <a
                    href=${actions.href(item.id)}
                    data-id=${item.id}
                    @click=${(e: MouseEvent) => {
                      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
                      e.preventDefault();
                      actions.open(item.id);
                    }}
                    ><span lang="vi">${item.name}</span></a
                  >
                  <span class="muted">
                    <span class="code">${item.code}</span> · <span lang="vi">${item.field}</span>
                    ${item.onlineAvailable ? html` · <span class="badge">${p('onlineBadge')}</span>` : nothing}
                  </span>
                </li>`,
            )}
          </ol>`
    }
    ${list.state === 'error' ? actions.error(list.error, () => void list.retry()) : nothing}
    ${
      list.hasMore
        ? html`<button
            part="more-button"
            class="button secondary"
            type="button"
            aria-disabled=${busy ? 'true' : 'false'}
            aria-busy=${busy ? 'true' : 'false'}
            @click=${actions.more}
          >
            ${busy ? host.t('state.loading') : p('more')}
          </button>`
        : nothing
    }
    ${creditPart(host, page.source)}`;
}

import { safeUrl } from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../../internal/heading.js';
import type { NewsFeedContext, NewsFeedMeta, OpenArticle } from '../news-feed.context.js';
import { fromApi } from '../news-source.js';
import { imagePart, metaPart } from './entry.js';

export interface ArticleActions {
  /** "Quay lại danh sách tin". */
  back(): void;
  /** Loads the article again after an error. */
  retry(key: string): void;
  /** Copies the share link. */
  copy(link: string): void;
}

/**
 * The open article: back button, title, meta line, lead image (unless the body repeats it),
 * an empty body part (the element fills it with sanitised nodes), credits and the share link.
 */
export function articlePart(
  ctx: NewsFeedContext,
  open: OpenArticle,
  meta: NewsFeedMeta | undefined,
  actions: ArticleActions,
): TemplateResult {
  const { t } = ctx;
  const back = html`<button part="back-button" class="button secondary back" type="button" @click=${actions.back}>
    <span aria-hidden="true">←</span> ${t('newsFeed.back')}
  </button>`;
  if (open.status === 'loading') return html`<div part="article" class="article">${back}${ctx.renderLoading(5)}</div>`;
  if (open.status === 'error') {
    return html`<div part="article" class="article">
      ${back}${ctx.renderError(open.error, () => actions.retry(open.key))}
    </div>`;
  }
  const entry = open.article ? fromApi(open.article) : open.entry!;
  const a = open.article;
  const url = entry.url;
  const republished = a?.sourceUrl ? safeUrl(a.sourceUrl) : null;
  const share = ctx.articleLink(open.key);
  // CMS bodies usually repeat the lead image (and the summary, so that is not shown apart).
  // A feed item's image is mostly the first one of its HTML (whose URL may be relative).
  const leadInBody = a
    ? !!entry.imageUrl && a.bodyHtml.includes(entry.imageUrl)
    : /<img\b/i.test(open.entry?.feedHtml ?? '');
  return html`<article part="article" class="article" aria-labelledby="article-title">
    ${back}
    ${heading(ctx.headingLevel, 0, entry.title || entry.url || entry.id, {
      id: 'article-title',
      class: 'article-title',
      tabindex: -1,
    })}
    ${metaPart(ctx, entry, meta, true)} ${leadInBody ? nothing : imagePart(entry, 'lead-image')}
    <div part="body" class="body" data-for=""></div>
    <dl part="credits" class="credits">
      <div>
        <dt>${t('newsFeed.source')}</dt>
        <dd>
          ${entry.sourceName}${
            url
              ? html` ·
                  <a href=${url} target="_blank" rel="noopener noreferrer"
                    >${t('newsFeed.readOriginal')}<span class="visually-hidden"> ${t('newsFeed.externalLink')}</span></a
                  >`
              : nothing
          }
        </dd>
      </div>
      ${
        a?.author
          ? html`<div>
              <dt>${t('newsFeed.author')}</dt>
              <dd>${a.author}</dd>
            </div>`
          : nothing
      }
      ${
        republished
          ? html`<div>
              <dt>${t('newsFeed.republishedFrom')}</dt>
              <dd>
                <a href=${republished} target="_blank" rel="noopener noreferrer">${new URL(republished).hostname}</a>
              </dd>
            </div>`
          : nothing
      }
    </dl>
    <p class="share">
      <a part="share-link" href=${share}>${t('newsFeed.share')}</a>
      <button part="copy-button" class="button secondary" type="button" @click=${() => actions.copy(share)}>
        ${t('newsFeed.copy')}
      </button>
    </p>
  </article>`;
}

/** A sanitised body's external links get a "↗" and, for screen readers, "(opens another site)". */
export function markExternalLinks(fragment: DocumentFragment, hintText: string): void {
  for (const a of fragment.querySelectorAll('a[data-external]')) {
    const icon = document.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.className = 'external-icon';
    icon.textContent = '↗';
    const hint = document.createElement('span');
    hint.className = 'visually-hidden';
    hint.textContent = ` ${hintText}`;
    a.append(icon, hint);
  }
}

import { safeUrl } from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { NewsFeedContext, NewsFeedMeta } from '../news-feed.context.js';
import { datetimeAttribute, formatNewsDate } from '../news-date.js';
import type { ListEntry } from '../news-source.js';

/** An item's thumbnail or an article's lead image, its box reserved before it loads. */
export function imagePart(
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

/** The category, commune (or feed) and date line; `long` gives the full date and time. */
export function metaPart(
  ctx: NewsFeedContext,
  entry: ListEntry,
  meta: NewsFeedMeta | undefined,
  long: boolean,
): TemplateResult {
  const unit = entry.unitCode ? meta?.units.get(entry.unitCode) : undefined;
  const commune = entry.source === 'feed' ? entry.sourceName : unit ? unit.name : ctx.t('newsFeed.cityWide');
  const date = entry.date
    ? long
      ? ctx.formatDate(entry.date, {
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
        })
      : formatNewsDate(entry.date, new Date(), ctx.locale === 'vi' ? 'vi-VN' : 'en-GB')
    : '';
  const where = entry.sample ? `${commune} · ${ctx.t('newsFeed.sample')}` : commune;
  // prettier-ignore
  return html`<p part="meta" class="meta"><span class="category">${entry.categoryName ?? ''}</span><span class="commune">${where}</span><time datetime=${datetimeAttribute(entry.date)}>${date}</time></p>`;
}

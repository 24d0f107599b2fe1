import { safeUrl, type FeedbackLookup } from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../../internal/heading.js';
import type { ShpElement } from '../../../internal/shp-element.js';
import type { TranslationKey } from '../../../translations/index.js';
import { dateTime } from './dossier-view.js';
import { timeline } from '../../../internal/timeline.js';

/** A feedback report as its tracking code shows it: category, commune, timeline, answer, photos. */
export function feedbackView(host: ShpElement, f: FeedbackLookup, actions?: unknown): TemplateResult {
  const t = (key: string, params?: Record<string, string | number>) =>
    host.t(`dossierTracker.${key}` as TranslationKey, params);
  const en = host.config.locale === 'en';
  const photos = f.photos
    .map((p, i) => ({ n: i + 1, src: safeUrl(p.thumbnailUrl), href: safeUrl(p.url), p }))
    .filter((p) => p.src !== null);
  return html`<article part="feedback" class="result feedback">
    ${heading(host.headingLevel, 0, t('feedbackTitle', { code: f.trackingCode }), { class: 'result-title', tabindex: -1 })}
    ${f.sample ? html`<p part="sample" class="sample">${t('sample')}</p>` : nothing}
    <div class="status-box">
      <p class="status-name" part="status-name">
        <span class="muted">${t('status')}:</span> <strong>${en ? f.status.nameEn : f.status.name}</strong>
      </p>
    </div>
    ${f.title ? html`<p class="feedback-title strong">${f.title}</p>` : nothing}
    ${f.content ? html`<p class="feedback-content">${f.content}</p>` : nothing}
    ${f.title === null ? html`<p class="muted">${t('privateNote')}</p>` : nothing}
    <dl class="facts">
      <div>
        <dt>${t('category')}</dt>
        <dd>${en ? f.category.nameEn : f.category.name}</dd>
      </div>
      <div>
        <dt>${t('commune')}</dt>
        <dd>${f.unit.name}</dd>
      </div>
      ${
        f.address
          ? html`<div>
              <dt>${t('address')}</dt>
              <dd>${f.address}</dd>
            </div>`
          : nothing
      }
      <div>
        <dt>${t('sentAt')}</dt>
        <dd>${dateTime(host, f.createdAt)}</dd>
      </div>
    </dl>
    ${heading(host.headingLevel, 1, t('answer'))}
    ${
      f.answer
        ? html`<blockquote part="answer" class="answer">
            <p class="answer-body">${f.answer.body}</p>
            <footer class="muted">${f.answer.agency}, ${dateTime(host, f.answer.answeredAt)}</footer>
          </blockquote>`
        : html`<p part="answer" class="muted">${t('noAnswer')}</p>`
    }
    ${heading(host.headingLevel, 1, t('timeline'))}
    ${timeline(
      f.timeline.map((e) => ({ label: en ? e.statusNameEn : e.statusName, at: e.at, actor: e.actor, note: e.note })),
      { formatDate: (at) => dateTime(host, at), label: t('timeline'), markCurrent: true },
    )}
    ${
      photos.length
        ? html`${heading(host.headingLevel, 1, t('photos'))}
            <ul part="photos" class="photos">
              ${photos.map(
                ({ n, src, href, p }) =>
                  html`<li>
                    <a href=${href ?? src!} target="_blank" rel="noopener noreferrer"
                      ><img src=${src!} alt=${t('photoAlt', { n })} width=${p.width} height=${p.height} loading="lazy"
                    /></a>
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    ${actions ?? nothing}
  </article>`;
}

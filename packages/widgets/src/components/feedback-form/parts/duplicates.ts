import type { FeedbackSummary, LatLon } from '@smart-haiphong/sdk';
import { html, nothing } from 'lit';
import { heading } from '../../../internal/heading.js';
import { distance } from '../../../internal/units.js';
import type { FormView } from './form-view.js';
import { reportHref, targetOf } from './links.js';

/** Open reports of the same category near the point: the citizen may add to one instead. */
export function duplicatesTemplate(v: FormView, items: FeedbackSummary[], point: LatLon): unknown {
  return items.length === 0
    ? nothing
    : html`<section part="duplicates" class="duplicates" aria-labelledby="duplicates-title">
        ${heading(v.host.headingLevel, 0, v.host.t('feedbackForm.duplicatesTitle'), { id: 'duplicates-title' })}
        <p class="hint">${v.host.t('feedbackForm.duplicatesHint')}</p>
        <ul>
          ${items.map(
            (item) =>
              html`<li>
                ${((href) =>
                  href
                    ? html`<a href=${href} target=${targetOf(href)} rel="noopener">${item.title}</a>`
                    : html`<span>${item.title}</span>`)(reportHref(v.host, item.id, item.trackingCode))}
                <span class="hint">
                  ${item.trackingCode} · ${v.host.formatDistance(distance(point, item.location))}</span
                >
              </li>`,
          )}
        </ul>
      </section>`;
}

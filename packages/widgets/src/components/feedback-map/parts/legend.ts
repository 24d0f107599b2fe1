import { html, type TemplateResult } from 'lit';
import { localName } from '../../../translations/index.js';
import type { FeedbackMapContext } from '../feedback-map.context.js';
import { statusLook, statusSymbol } from '../feedback-map.status.js';

/** The legend: each status's symbol, an approximate location, and a cluster (in the primary colour, as on the map). */
export function legendPart(ctx: FeedbackMapContext): TemplateResult {
  return html`<ul part="legend" class="legend" aria-label=${ctx.t('feedbackMap.legend')}>
    ${ctx.meta.statuses.map(
      (s) => html`<li>${statusSymbol(statusLook(s, s.code), 16)}<span>${localName(ctx.locale, s)}</span></li>`,
    )}
    <li><span class="approximate-sample" aria-hidden="true"></span><span>${ctx.t('feedbackMap.approximate')}</span></li>
    <li><span class="cluster-sample" aria-hidden="true">12</span><span>${ctx.t('feedbackMap.legendCluster')}</span></li>
  </ul>`;
}

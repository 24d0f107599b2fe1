import type { FeedbackClusterItem, FeedbackClusters } from '@smart-haiphong/sdk';
import { html, type TemplateResult } from 'lit';
import type { MarkerMapController } from '../../../internal/marker-map/marker-map.js';
import type { FeedbackMapContext } from '../feedback-map.context.js';
import { legendPart } from './legend.js';

/** The map (its frame and what goes over it), "Phản ánh tại đây" or pick mode's tools, and the legend. */
export function mapAreaPart(
  ctx: FeedbackMapContext,
  map: MarkerMapController<FeedbackClusters, FeedbackClusterItem>,
  startPicking: () => void,
): TemplateResult {
  const pick = ctx.t('feedbackMap.pick');
  let tools: unknown = '';
  if (map.state === 'ready') {
    tools = map.pickMode
      ? map.renderPickTools(pick)
      : html`<button part="pick-button" class="button" type="button" @click=${startPicking}>${pick}</button>`;
  }
  return html`<div class="map-area">
    <div class="map-frame">
      <div part="map" class="map ${map.pickMode ? 'picking' : ''}"></div>
      ${map.renderOverlay()}
    </div>
    <div class="tools">${tools} ${legendPart(ctx)}</div>
  </div>`;
}

import type { FeedbackClusterItem } from '@smart-haiphong/sdk';
import { render } from 'lit';
import type { MarkerSpec } from '../../internal/marker-map/marker-map.js';
import type { FeedbackMapContext } from './feedback-map.context.js';
import { statusLook, statusSymbol } from './feedback-map.status.js';

/** Stacking of markers: a cluster's count is never hidden, and an exact report is above an approximate one. */
const LAYER = { approximate: 1, report: 2, cluster: 3 } as const;

/** The key of an item's marker: a cluster's id is stable per zoom, not per filter, so its count is part of it. */
export const feedbackMarkerKey = (item: FeedbackClusterItem): string =>
  item.kind === 'cluster' ? `c:${item.id}:${item.count}` : `r:${item.id}`;

/**
 * The marker of one item of the clusters answer: a cluster is a button with its count
 * (sized by it), a report a pin shaped and coloured by status; a report without an
 * exact point is drawn as approximate (dashed, below the others) and says so.
 */
export function feedbackMarker(
  ctx: FeedbackMapContext,
  item: FeedbackClusterItem,
  formatNumber: (n: number, options: Intl.NumberFormatOptions) => string,
): MarkerSpec {
  const button = document.createElement('button');
  button.type = 'button';
  if (item.kind === 'cluster') {
    button.setAttribute('part', 'cluster');
    button.className = 'cluster';
    button.textContent = formatNumber(item.count, { notation: item.count >= 10_000 ? 'compact' : 'standard' });
    button.setAttribute('aria-label', ctx.t('feedbackMap.cluster', { count: item.count }));
    const size = Math.round(28 + Math.min(24, Math.log10(item.count) * 8));
    button.style.setProperty('--_size', `${size}px`);
    return {
      key: feedbackMarkerKey(item),
      lat: item.lat,
      lon: item.lon,
      element: button,
      expansionZoom: item.expansionZoom,
      layer: LAYER.cluster,
    };
  }
  const status = ctx.meta.statuses.find((s) => s.code === item.status);
  const look = statusLook(status, item.status);
  const approximate = ctx.approximate(item);
  button.setAttribute('part', approximate ? 'pin approximate' : 'pin');
  button.className = ['pin', look.closed ? 'closed' : '', approximate ? 'approximate' : ''].join(' ').trim();
  button.dataset['status'] = item.status;
  button.dataset['id'] = item.id;
  // Lit's template, not an HTML string: no innerHTML sink under Trusted Types.
  render(statusSymbol(look, 22), button);
  const names = { status: ctx.statusName(item.status), category: ctx.categoryName(item.categoryId) };
  button.setAttribute('aria-label', ctx.t(approximate ? 'feedbackMap.pinApproximate' : 'feedbackMap.pin', names));
  return {
    key: feedbackMarkerKey(item),
    lat: item.lat,
    lon: item.lon,
    element: button,
    // An approximate pin sits centred on the anchor, small, not as a pointer to a spot.
    anchor: approximate ? 'center' : 'bottom',
    layer: approximate ? LAYER.approximate : LAYER.report,
  };
}

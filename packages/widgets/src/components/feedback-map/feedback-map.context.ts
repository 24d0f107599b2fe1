import type { Config, FeedbackCategory, FeedbackStatus, LatLon, Unit } from '@smart-haiphong/sdk';
import type { TemplateResult } from 'lit';
import type { ShpElement } from '../../internal/shp-element.js';
import type { Locale } from '../../translations/index.js';

/** What the element loads once: the deployment's settings and the data behind filters and labels. */
export interface FeedbackMapMeta {
  config: Config;
  statuses: FeedbackStatus[];
  categories: FeedbackCategory[];
  units: Unit[];
  /** The unit the element is scoped to, if any. */
  unit: Unit | undefined;
}

/**
 * What the parts (template functions) read from the element: its words, formats and
 * reference data. A plain object, so that parts never import the component.
 */
export interface FeedbackMapContext {
  meta: FeedbackMapMeta;
  locale: Locale;
  headingLevel: number;
  t: ShpElement['t'];
  formatDate(value: string): string;
  statusName(code: string): string;
  categoryName(id: string): string;
  unitName(code: string): string;
  /** The report's point is its commune's anchor, not where the problem is. */
  approximate(point: LatLon): boolean;
  renderLoading(lines?: number): TemplateResult;
  renderEmpty(message: string): TemplateResult;
  renderError(error: unknown, retry: () => void): TemplateResult;
}

/** Degrees within which a point counts as a unit's anchor (the API rounds to 5 decimals). */
const ANCHOR_TOLERANCE = 2e-5;

/**
 * Whether a point is a unit's anchor point. The form sends the chosen commune's anchor
 * when the citizen gives no exact point, and the contract has no flag for it yet (see
 * docs/decisions.md): a report exactly on an anchor is taken as approximate.
 */
export function isAnchor(units: readonly Unit[], point: LatLon): boolean {
  return units.some(
    (u) =>
      Math.abs(u.centroid.lat - point.lat) <= ANCHOR_TOLERANCE &&
      Math.abs(u.centroid.lon - point.lon) <= ANCHOR_TOLERANCE,
  );
}

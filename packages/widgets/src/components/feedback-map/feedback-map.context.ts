import type { Config, FeedbackCategory, FeedbackStatus, LatLon, ShpClient, Unit } from '@smart-haiphong/sdk';
import type { TemplateResult } from 'lit';
import { loadReferenceData } from '../../internal/reference-data.js';
import type { ShpElement } from '../../internal/shp-element.js';
import { localName, type Locale } from '../../translations/index.js';
import { nearestUnit } from '../../internal/units.js';

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

/** Loads the reference data and the unit the element is scoped to (a 404 for an unknown one). */
export async function loadMeta(
  client: ShpClient,
  unitRef: string | undefined,
  signal: AbortSignal,
): Promise<FeedbackMapMeta> {
  const data = await loadReferenceData(client, ['config', 'statuses', 'categories', 'units'], signal);
  let unit: Unit | undefined;
  if (unitRef) {
    unit = data.units.find((u) => u.code === unitRef || u.slug === unitRef);
    // Unknown to the list: ask the API, whose 404 becomes the error state.
    unit ??= await client.units.get(unitRef, { signal });
  }
  return { ...data, unit };
}

/** The context of an element: its words and formats, and names looked up in the reference data. */
export function createContext(
  meta: FeedbackMapMeta,
  locale: Locale,
  el: Pick<FeedbackMapContext, 'headingLevel' | 't' | 'formatDate' | 'renderLoading' | 'renderEmpty' | 'renderError'>,
): FeedbackMapContext {
  return {
    ...el,
    meta,
    locale,
    statusName: (code) => {
      const s = meta.statuses.find((x) => x.code === code);
      return s ? localName(locale, s) : code;
    },
    categoryName: (id) => {
      const c = meta.categories.find((x) => x.id === id);
      return c ? localName(locale, c) : id;
    },
    unitName: (code) => meta.units.find((u) => u.code === code)?.name ?? code,
    approximate: (point) => isAnchor(meta.units, point),
  };
}

/** The unit whose anchor is nearest to a point (units have no open boundaries: a best guess). */
export function nearestUnitCode(units: readonly Unit[], point: LatLon): string | null {
  return nearestUnit(units, point)?.code ?? null;
}

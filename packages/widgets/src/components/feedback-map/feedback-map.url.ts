import { DateParam, type FeedbackCategory, type FeedbackStatus } from '@smart-haiphong/sdk';
import type { HashStateController } from '../../internal/hash-state.js';
import type { MapPoint, MapViewState } from '../../internal/marker-map/marker-map.js';
import { monthsAgo } from './parts/filters.js';

/** The map's state as kept in the URL hash (`feedback-map.map=zoom/lat/lon`, filters, `report`). */
export interface FeedbackMapUrlState {
  center?: MapPoint & { zoom: number };
  category?: string;
  status?: string;
  from?: string;
  to?: string;
  report?: string;
}

/** Reads the element's keys from the hash (unknown or malformed values are left out). */
export function readUrlState(hash: HashStateController): FeedbackMapUrlState {
  const params = hash.read();
  const state: FeedbackMapUrlState = {};
  const map = params.get('map')?.split('/').map(Number);
  if (map?.length === 3 && map.every(Number.isFinite)) state.center = { zoom: map[0]!, lat: map[1]!, lon: map[2]! };
  for (const key of ['category', 'status', 'from', 'to', 'report'] as const) {
    const value = params.get(key);
    if (value !== undefined) state[key] = value;
  }
  return state;
}

/** The same map centre as written in the hash (five decimals). */
export const near = (a: MapPoint, b: MapPoint): boolean =>
  a.lat.toFixed(5) === b.lat.toFixed(5) && a.lon.toFixed(5) === b.lon.toFixed(5);

/** Writes the element's keys, keeping the page's fragment and other widgets' keys. */
export function writeUrlState(
  hash: HashStateController,
  view: MapViewState | undefined,
  state: Omit<FeedbackMapUrlState, 'center'>,
  options?: { push?: boolean },
): void {
  hash.write(
    {
      map: view ? `${view.zoom.toFixed(2)}/${view.center.lat.toFixed(5)}/${view.center.lon.toFixed(5)}` : undefined,
      category: state.category || undefined,
      status: state.status || undefined,
      // An empty `from` means "all dates" (not the default six months): it is kept.
      from: state.from,
      to: state.to || undefined,
      report: state.report,
    },
    options,
  );
}

/** The filters as the element holds them (`from` undefined: the default six months ago). */
export interface FilterValues {
  category: string;
  status: string;
  from?: string | undefined;
  to: string;
}

/**
 * The changes that make filters ones the map can show and the API accepts: a category or
 * status the map did not load (a stale or mistyped link: the select could not show it) is
 * dropped, a date that is not a real `YYYY-MM-DD` too (`from` falls back to its default),
 * and `to` before the `from` in effect (six months ago when unset; an empty `from` is no limit). Empty: nothing to drop.
 */
export function filterFixes(
  f: FilterValues,
  meta: { categories: readonly FeedbackCategory[]; statuses: readonly FeedbackStatus[] },
): Partial<FilterValues> {
  const fixes: Partial<FilterValues> = {};
  const date = (v: string) => DateParam.safeParse(v).success;
  if (f.category && !meta.categories.some((c) => c.id === f.category)) fixes.category = '';
  if (f.status && !meta.statuses.some((s) => s.code === f.status)) fixes.status = '';
  let from = f.from;
  if (from && !date(from)) {
    fixes.from = undefined;
    from = undefined;
  }
  if (f.to && (!date(f.to) || (from ?? monthsAgo(6)) > f.to)) fixes.to = '';
  return fixes;
}

import type { HashStateController } from '../../internal/hash-state.js';
import type { MapPoint, MapViewState } from '../../internal/marker-map/marker-map.js';

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

import type { BBox, Credit } from '@smart-haiphong/sdk';

/** A point in WGS84 degrees. */
export interface MapPoint {
  lat: number;
  lon: number;
}

/** A map view as a widget and the API see it. */
export interface MapViewState {
  bbox: BBox;
  zoom: number;
  center: MapPoint;
}

/** One marker on the map, built by the caller from one item of its source. */
export interface MarkerSpec {
  /** Stable across views while the marker means the same thing (a cluster: include its count). */
  key: string;
  lat: number;
  lon: number;
  /** A button: focusable, labelled by the caller. */
  element: HTMLElement;
  /** Where the point is on the element. Default: its centre. */
  anchor?: 'center' | 'bottom';
  /** A cluster: a click zooms to at least this zoom instead of selecting. */
  expansionZoom?: number;
  /** Stacking: higher is drawn above (clusters above single markers, exact above approximate). */
  layer?: number;
}

/**
 * What the map shows, per view: a callback that loads a view's result (clusters from an
 * API, nearby places…) and how to draw its items. Results are cached per view and per
 * `key` (e.g. the filters): a view seen before is drawn without a request.
 */
export interface MarkerSource<R, T> {
  /** The cache key of what the source shows (e.g. the filters); a change reloads. */
  key(): string;
  /** Loads a view (a box snapped outwards, an integer zoom). Pass `signal` to the request. */
  load(bbox: BBox, zoom: number, signal: AbortSignal): Promise<R>;
  /** The items of a result. */
  items(result: R): T[];
  /** The marker of an item. */
  marker(item: T): MarkerSpec;
  /** The key `marker(item)` would give, without building it: markers already drawn are then not rebuilt. */
  markerKey?(item: T): string;
}

/** What the lazily loaded view needs (built by `MarkerMapController`). */
export interface MarkerMapViewOptions<R, T> {
  container: HTMLElement;
  /** A style URL, or null for the offline style drawn from `basemapUrl`. */
  styleUrl: string | null;
  basemapUrl: string | null;
  /** The deployment's credits (text, optional link), shown first on the map. */
  credits: readonly Credit[];
  /** Where to start: a box to fit, or a centre and zoom. */
  bounds?: BBox | undefined;
  center?: (MapPoint & { zoom: number }) | undefined;
  /** MapLibre's UI strings (`Map.Title`, `AttributionControl.ToggleAttribution`…), in the page's language. */
  locale: Record<string, string>;
  source?: Omit<MarkerSource<R, T>, 'key'> | undefined;
  onView?(view: MapViewState): void;
  /** After each load of the source: the error, or null and the result. */
  onLoad?(error: unknown, result?: R): void;
  /** A marker that is not a cluster was clicked (or pressed with Enter). */
  onSelect?(item: T, element: HTMLElement): void;
  /** In pick mode: a click, a marker, or Enter on the canvas (its centre). */
  onPick?(point: MapPoint): void;
}

// The map half of <shp-feedback-map>, loaded with maplibre-gl only when the element
// becomes visible: nothing here is in the script-tag core.
import type { BBox, FeedbackClusterItem, FeedbackClusters } from '@smart-haiphong/sdk';
import type { Map as MapLibreMap, Marker, StyleSpecification } from 'maplibre-gl';

/** A map view as the element and the API see it. */
export interface MapViewState {
  bbox: BBox;
  zoom: number;
  center: { lat: number; lon: number };
}

export interface FeedbackMapViewOptions {
  container: HTMLElement;
  /** A style URL, or null for the offline style drawn from `basemapUrl`. */
  styleUrl: string | null;
  basemapUrl: string | null;
  attribution: string;
  /** Where to start: a box to fit, or a centre and zoom. */
  bounds?: BBox | undefined;
  center?: { lat: number; lon: number; zoom: number } | undefined;
  /** UI strings handed to maplibre (canvas label, zoom buttons). */
  strings: Record<string, string>;
  loadClusters(bbox: BBox, zoom: number, signal: AbortSignal): Promise<FeedbackClusters>;
  /** Builds the element of one cluster or report marker (a button). */
  markerElement(item: FeedbackClusterItem): HTMLElement;
  onReport(id: string, opener: HTMLElement): void;
  onView(view: MapViewState): void;
  /** Called after each cluster load: the error, or null when it succeeded. */
  onClusters(error: unknown, result?: FeedbackClusters): void;
  onPick(lat: number, lon: number): void;
}

const WATER = '#cfe3f3';
const LAND = '#eef1e4';

/** The style used without a tile server: water, and the city's land from local GeoJSON. No glyphs, no sprites. */
export function offlineStyle(basemapUrl: string | null, attribution?: string): StyleSpecification {
  return {
    version: 8,
    sources: basemapUrl ? { land: { type: 'geojson', data: basemapUrl, ...(attribution ? { attribution } : {}) } } : {},
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': basemapUrl ? WATER : LAND } },
      ...(basemapUrl
        ? ([
            { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': LAND } },
            { id: 'coast', type: 'line', source: 'land', paint: { 'line-color': '#a9c3d6', 'line-width': 0.8 } },
          ] as StyleSpecification['layers'])
        : []),
    ],
  };
}

/** The land is OpenStreetMap data: credit it, unless the deployment's attribution already does. */
const basemapCredit = (attribution: string) =>
  /openstreetmap/i.test(attribution) ? undefined : '© OpenStreetMap contributors';

const CACHE_SIZE = 64;
const DEBOUNCE_MS = 200;

/**
 * The API zoom and a box snapped outwards to a grid of half tiles, so that small pans
 * reuse a view already fetched (the cache key) and every request covers a little more
 * than the screen.
 */
export function snapView(bounds: BBox, zoom: number): { bbox: BBox; zoom: number } {
  const z = Math.max(0, Math.min(22, Math.floor(zoom)));
  const step = 180 / 2 ** z;
  const clampLon = (v: number) => Math.max(-180, Math.min(180, v));
  const clampLat = (v: number) => Math.max(-85, Math.min(85, v));
  const fix = (v: number) => Number(v.toFixed(5));
  return {
    zoom: z,
    bbox: [
      fix(clampLon(Math.floor(bounds[0] / step) * step)),
      fix(clampLat(Math.floor(bounds[1] / step) * step)),
      fix(clampLon(Math.ceil(bounds[2] / step) * step)),
      fix(clampLat(Math.ceil(bounds[3] / step) * step)),
    ],
  };
}

export class FeedbackMapView {
  readonly map: MapLibreMap;
  /** Clicks on the map pick a point instead of panning to nothing. */
  pickMode = false;
  private readonly options: FeedbackMapViewOptions;
  private readonly MarkerClass: typeof Marker;
  private readonly markers = new Map<string, Marker>();
  private readonly cache = new Map<string, FeedbackClusters>();
  private filterKey = '';
  private controller: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private fellBack = false;

  /** Requests sent to the API (not answered from the cache), for tests and diagnostics. */
  requests = 0;

  /** A view on the map engine that the element has loaded (see `loadMapEngine`). */
  static create(maplibre: typeof import('maplibre-gl'), options: FeedbackMapViewOptions): FeedbackMapView {
    return new FeedbackMapView(maplibre, options);
  }

  private constructor(maplibre: typeof import('maplibre-gl'), options: FeedbackMapViewOptions) {
    this.options = options;
    this.MarkerClass = maplibre.Marker;
    const { bounds, center } = options;
    this.map = new maplibre.Map({
      container: options.container,
      style: options.styleUrl ?? offlineStyle(options.basemapUrl, basemapCredit(options.attribution)),
      ...(center
        ? { center: [center.lon, center.lat], zoom: center.zoom }
        : bounds
          ? { bounds: bounds as [number, number, number, number], fitBoundsOptions: { padding: 8 } }
          : { center: [106.55, 20.85], zoom: 8.5 }),
      attributionControl: { compact: true, customAttribution: options.attribution },
      locale: options.strings,
      keyboard: true,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxZoom: 19,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');

    // A remote style that cannot be reached (an intranet, offline): draw the offline one.
    this.map.on('error', () => {
      if (this.fellBack || !options.styleUrl || this.map.isStyleLoaded()) return;
      this.fellBack = true;
      this.map.setStyle(offlineStyle(options.basemapUrl, basemapCredit(options.attribution)), { diff: false });
    });
    this.map.on('load', () => this.load());
    this.map.on('moveend', () => this.schedule());
    this.map.on('click', (event) => {
      if (this.pickMode) options.onPick(event.lngLat.lat, event.lngLat.lng);
    });
  }

  /** The visible view. */
  get view(): MapViewState {
    const b = this.map.getBounds();
    const c = this.map.getCenter();
    const fix = (v: number) => Number(v.toFixed(5));
    return {
      bbox: [fix(b.getWest()), fix(b.getSouth()), fix(b.getEast()), fix(b.getNorth())].map((v, i) =>
        i % 2 === 0 ? Math.max(-180, Math.min(180, v)) : Math.max(-90, Math.min(90, v)),
      ) as BBox,
      zoom: this.map.getZoom(),
      center: { lat: fix(c.lat), lon: fix(c.lng) },
    };
  }

  /** New filters: the cache is kept per filter set, so going back to earlier filters is instant. */
  setFilterKey(key: string): void {
    if (key === this.filterKey) return;
    this.filterKey = key;
    this.load();
  }

  fitBounds(bbox: BBox): void {
    this.map.fitBounds(bbox as [number, number, number, number], { padding: 8, duration: 0 });
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.load(), DEBOUNCE_MS);
  }

  /** Loads the clusters of the current view: from the cache, or from the API aborting a stale request. */
  load(): void {
    clearTimeout(this.timer);
    if (!this.map.loaded() && !this.map.isStyleLoaded()) return;
    const view = this.view;
    this.options.onView(view);
    const { bbox, zoom } = snapView(view.bbox, view.zoom);
    const key = `${this.filterKey}|${zoom}|${bbox.join(',')}`;
    const cached = this.cache.get(key);
    this.controller?.abort();
    if (cached) {
      this.cache.delete(key); // most recently used last
      this.cache.set(key, cached);
      this.draw(cached.items);
      this.options.onClusters(null, cached);
      return;
    }
    const controller = (this.controller = new AbortController());
    this.requests++;
    this.options.loadClusters(bbox, zoom, controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        this.cache.set(key, result);
        if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
        this.draw(result.items);
        this.options.onClusters(null, result);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.options.onClusters(error);
      },
    );
  }

  /** Markers are buttons: focusable, labelled, Enter and Space work as a click. */
  private draw(items: FeedbackClusterItem[]): void {
    const seen = new Set<string>();
    for (const item of items) {
      // A cluster's id is stable per zoom, not per filter: its count is part of the key.
      const id = item.kind === 'cluster' ? `c:${item.id}:${item.count}` : `r:${item.id}`;
      seen.add(id);
      if (this.markers.has(id)) continue;
      const element = this.options.markerElement(item);
      element.addEventListener('click', (event) => {
        event.stopPropagation();
        if (this.pickMode) {
          this.options.onPick(item.lat, item.lon);
        } else if (item.kind === 'cluster') {
          const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
          this.map.easeTo({
            center: [item.lon, item.lat],
            zoom: Math.min(Math.max(item.expansionZoom, this.map.getZoom() + 1), this.map.getMaxZoom()),
            duration: reduce ? 0 : 400,
          });
        } else {
          this.options.onReport(item.id, element);
        }
      });
      const marker = new this.MarkerClass({ element, anchor: item.kind === 'cluster' ? 'center' : 'bottom' })
        .setLngLat([item.lon, item.lat])
        .addTo(this.map);
      this.markers.set(id, marker);
    }
    for (const [id, marker] of this.markers) {
      if (seen.has(id)) continue;
      marker.remove();
      this.markers.delete(id);
    }
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.controller?.abort();
    this.map.remove();
    this.markers.clear();
  }
}

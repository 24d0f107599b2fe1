// The maplibre half of the shared marker map, loaded with maplibre-gl only when a map
// becomes visible: nothing here is in the script-tag core, and nothing here is
// imported statically by the core (the engine is handed in).
import type { BBox } from '@smart-haiphong/sdk';
import type { GeoJSONSource, Map as MapLibreMap, Marker, StyleSpecification } from 'maplibre-gl';
import { CreditsControl } from './credits-control.js';
import type { MapPoint, MarkerMapViewOptions, MarkerSpec, MapViewState } from './marker-map.types.js';

/** Inside the basemap's clip. */
const WATER = '#cfe3f3';
const LAND = '#eef1e4';
/** Outside the basemap's clip: the map knows nothing there, so it draws neither land nor sea. */
export const UNKNOWN = '#e4e4e1';

type Polygon = number[][][];
interface LandGeoJSON {
  bbox?: number[];
  features?: { geometry?: { type: string; coordinates: unknown } | null }[];
}

/**
 * The boxes the basemap covers, drawn as sea under the land: the GeoJSON's own `bbox`
 * member when it declares its clip, else each polygon's box (a land layer clipped to a
 * rectangle reaches that rectangle's edges, so its box is the clip).
 */
export function basemapClip(data: LandGeoJSON): BBox[] {
  if (data.bbox && data.bbox.length >= 4) {
    const [w, s, e, n] = data.bbox.length === 6 ? [data.bbox[0], data.bbox[1], data.bbox[3], data.bbox[4]] : data.bbox;
    return [[w, s, e, n] as BBox];
  }
  const boxes: BBox[] = [];
  for (const feature of data.features ?? []) {
    const g = feature.geometry;
    if (!g) continue;
    const polygons =
      g.type === 'Polygon' ? [g.coordinates as Polygon] : g.type === 'MultiPolygon' ? (g.coordinates as Polygon[]) : [];
    for (const polygon of polygons) {
      const ring = polygon[0] ?? [];
      const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
      for (const [x, y] of ring as [number, number][]) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
      // Islands inside a box already drawn add nothing.
      if (boxes.some((b) => b[0] <= box[0] && b[1] <= box[1] && b[2] >= box[2] && b[3] >= box[3])) continue;
      if (Number.isFinite(box[0])) boxes.push(box);
    }
  }
  return boxes;
}

const boxesToGeoJSON = (boxes: BBox[]) => ({
  type: 'FeatureCollection' as const,
  features: boxes.map(([w, s, e, n]) => ({
    type: 'Feature' as const,
    properties: {},
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    },
  })),
});

/**
 * The style used without a tile server: a neutral background, sea inside the basemap's
 * clip and the land from local GeoJSON. No glyphs, no sprites.
 */
export function offlineStyle(basemapUrl: string | null, attribution?: string): StyleSpecification {
  if (!basemapUrl) {
    return {
      version: 8,
      sources: {},
      layers: [{ id: 'background', type: 'background', paint: { 'background-color': LAND } }],
    };
  }
  return {
    version: 8,
    sources: {
      // Filled once the land is loaded (see `MarkerMapView.drawSea`).
      sea: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      land: { type: 'geojson', data: basemapUrl, ...(attribution ? { attribution } : {}) },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': UNKNOWN } },
      { id: 'sea', type: 'fill', source: 'sea', paint: { 'fill-color': WATER } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': LAND } },
      { id: 'coast', type: 'line', source: 'land', paint: { 'line-color': '#a9c3d6', 'line-width': 0.8 } },
    ],
  };
}

/** The land is OpenStreetMap data: its source credits it (the credits control leaves out a repeat). */
const BASEMAP_CREDIT = '© OpenStreetMap contributors';

const CACHE_SIZE = 64;
const DEBOUNCE_MS = 200;
/** Narrower maps keep their credits collapsed to an info button. */
const NARROW = 640;

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

/** A maplibre map with HTML markers from a per-view source, a cache of views, and a pick mode. */
export class MarkerMapView<R = unknown, T = unknown> {
  readonly map: MapLibreMap;
  private pick = false;
  private readonly options: MarkerMapViewOptions<R, T>;
  private readonly MarkerClass: typeof Marker;
  private readonly markers = new Map<string, Marker>();
  private readonly fixed = new Map<string, Marker>();
  private readonly cache = new Map<string, R>();
  private sourceKey = '';
  private controller: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private fellBack = false;
  private creditsOpened = false;
  private seaDrawn: GeoJSONSource | undefined;
  private ready = false;

  /** Requests sent to the source (not answered from the cache), for tests and diagnostics. */
  requests = 0;

  /** A view on the map engine that the caller has loaded (see `loadMapEngine`). */
  static create<R, T>(
    maplibre: typeof import('maplibre-gl'),
    options: MarkerMapViewOptions<R, T>,
  ): MarkerMapView<R, T> {
    return new MarkerMapView(maplibre, options);
  }

  private constructor(maplibre: typeof import('maplibre-gl'), options: MarkerMapViewOptions<R, T>) {
    this.options = options;
    this.MarkerClass = maplibre.Marker;
    const { bounds, center } = options;
    const offline = () => offlineStyle(options.basemapUrl, BASEMAP_CREDIT);
    this.map = new maplibre.Map({
      container: options.container,
      style: options.styleUrl ?? offline(),
      ...(center
        ? { center: [center.lon, center.lat], zoom: center.zoom }
        : bounds
          ? { bounds: bounds as [number, number, number, number], fitBoundsOptions: { padding: 8 } }
          : { center: [106.55, 20.85], zoom: 8.5 }),
      // Our own credits control (below): maplibre's parses HTML, which Trusted Types forbid.
      attributionControl: false,
      locale: options.locale,
      keyboard: true,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      maxZoom: 19,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
    // Compact on narrow maps only (see collapseCredits).
    this.map.addControl(
      new CreditsControl(options.credits, options.locale['AttributionControl.ToggleAttribution'] ?? ''),
      'bottom-right',
    );

    // A remote style that cannot be reached (an intranet, offline): draw the offline one.
    this.map.on('error', () => {
      if (this.fellBack || !options.styleUrl || this.map.isStyleLoaded()) return;
      this.fellBack = true;
      this.map.setStyle(offline(), { diff: false });
    });
    this.map.on('load', () => {
      this.ready = true;
      this.load();
    });
    this.map.on('moveend', () => this.schedule());
    this.map.on('click', (event) => {
      if (this.pick) options.onPick?.({ lat: event.lngLat.lat, lon: event.lngLat.lng });
    });
    this.map.on('sourcedata', (event) => {
      if (event.sourceId === 'land' && event.isSourceLoaded) void this.drawSea();
    });
    // After maplibre's own handlers, which open the compact credits when they change.
    for (const type of ['load', 'styledata', 'resize'] as const) this.map.on(type, () => this.collapseCredits());
    this.map.on('sourcedata', (event) => {
      if (event.sourceDataType === 'metadata' || event.sourceDataType === 'visibility') this.collapseCredits();
    });
    this.credits()
      ?.querySelector('summary')
      ?.addEventListener('click', () => {
        this.creditsOpened = !this.creditsOpened;
      });
    // Enter or Space on the focused canvas picks its centre: the keyboard's way to tap.
    this.map.getCanvas().addEventListener('keydown', (event) => {
      if (!this.pick || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      options.onPick?.(this.centre);
    });
  }

  /** The visible view. */
  get view(): MapViewState {
    const b = this.map.getBounds();
    const fix = (v: number) => Number(v.toFixed(5));
    return {
      bbox: [fix(b.getWest()), fix(b.getSouth()), fix(b.getEast()), fix(b.getNorth())].map((v, i) =>
        i % 2 === 0 ? Math.max(-180, Math.min(180, v)) : Math.max(-90, Math.min(90, v)),
      ) as BBox,
      zoom: this.map.getZoom(),
      center: this.centre,
    };
  }

  /** The map's centre. */
  get centre(): MapPoint {
    const c = this.map.getCenter();
    return { lat: Number(c.lat.toFixed(6)), lon: Number(c.lng.toFixed(6)) };
  }

  /** Clicks on the map (and Enter on the canvas) pick a point instead of panning. */
  get pickMode(): boolean {
    return this.pick;
  }

  set pickMode(on: boolean) {
    this.pick = on;
    this.options.container.classList.toggle('picking', on);
    // The area to tap is the whole map: the credits go back to their button.
    if (on) this.creditsOpened = false;
    this.collapseCredits();
  }

  /** A new source key (other filters): the cache is kept per key, so going back is instant. */
  setSourceKey(key: string): void {
    if (key === this.sourceKey) return;
    this.sourceKey = key;
    this.load();
  }

  fitBounds(bbox: BBox): void {
    this.map.fitBounds(bbox as [number, number, number, number], { padding: 8, duration: 0 });
  }

  /** The credits control (a `<details>`): collapsed on narrow maps and in pick mode, unless opened. */
  private credits(): HTMLElement | null {
    return this.map.getContainer().querySelector('.maplibregl-ctrl-attrib');
  }

  private collapseCredits(): void {
    const credits = this.credits();
    if (!credits) return;
    const narrow = this.map.getContainer().offsetWidth <= NARROW;
    if (!narrow && !this.pick) {
      // A wide map out of pick mode: one line of credits, as maplibre draws it.
      credits.classList.remove('maplibregl-compact', 'maplibregl-compact-show');
      return;
    }
    credits.classList.add('maplibregl-compact');
    if (!this.creditsOpened) credits.classList.remove('maplibregl-compact-show');
  }

  /** Sea inside the basemap's clip, from the land data maplibre already holds. */
  private async drawSea(): Promise<void> {
    const land = this.map.getSource<GeoJSONSource>('land');
    const sea = this.map.getSource<GeoJSONSource>('sea');
    // Once per style: the land's tiles load again on every pan, its data does not change.
    if (!land || !sea || this.seaDrawn === sea) return;
    this.seaDrawn = sea;
    try {
      const data = (await land.getData()) as LandGeoJSON;
      if (this.map.getSource('sea') === sea) sea.setData(boxesToGeoJSON(basemapClip(data)));
    } catch {
      this.seaDrawn = undefined; // try again with the next land event
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.load(), DEBOUNCE_MS);
  }

  /** Loads the markers of the current view: from the cache, or from the source aborting a stale request. */
  load(): void {
    clearTimeout(this.timer);
    // Before the first load only: later, tiles still loading (map.loaded() false) must not
    // swallow a view, since no other event would ask for it again.
    if (!this.ready) return;
    const view = this.view;
    this.options.onView?.(view);
    const source = this.options.source;
    if (!source) return;
    const { bbox, zoom } = snapView(view.bbox, view.zoom);
    const key = `${this.sourceKey}|${zoom}|${bbox.join(',')}`;
    const cached = this.cache.get(key);
    this.controller?.abort();
    if (cached) {
      this.cache.delete(key); // most recently used last
      this.cache.set(key, cached);
      this.draw(source.items(cached));
      this.options.onLoad?.(null, cached);
      return;
    }
    const controller = (this.controller = new AbortController());
    this.requests++;
    source.load(bbox, zoom, controller.signal).then(
      (result) => {
        if (controller.signal.aborted) return;
        this.cache.set(key, result);
        if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
        this.draw(source.items(result));
        this.options.onLoad?.(null, result);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.options.onLoad?.(error);
      },
    );
  }

  /** Markers the caller places itself (the point chosen in a picker), kept across views. */
  setFixedMarkers(specs: MarkerSpec[]): void {
    // The same key at a new point (a picker's choice changed): move it.
    for (const spec of specs) this.fixed.get(spec.key)?.setLngLat([spec.lon, spec.lat]);
    this.sync(
      this.fixed,
      specs.map((spec) => ({ key: spec.key, spec: () => spec })),
    );
  }

  private draw(items: T[]): void {
    const source = this.options.source!;
    this.sync(
      this.markers,
      items.map((item) => {
        let built: MarkerSpec | undefined;
        const spec = () => (built ??= source.marker(item));
        return { key: source.markerKey?.(item) ?? spec().key, spec, item };
      }),
    );
  }

  /** Markers are the caller's buttons: focusable, labelled, Enter and Space work as a click. */
  private sync(markers: Map<string, Marker>, entries: { key: string; spec(): MarkerSpec; item?: T }[]): void {
    const seen = new Set<string>();
    for (const entry of entries) {
      seen.add(entry.key);
      if (markers.has(entry.key)) continue;
      const spec = entry.spec();
      const item = entry.item;
      const element = spec.element;
      element.addEventListener('click', (event) => {
        event.stopPropagation();
        if (this.pick) {
          this.options.onPick?.({ lat: spec.lat, lon: spec.lon });
        } else if (spec.expansionZoom !== undefined) {
          const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
          this.map.easeTo({
            center: [spec.lon, spec.lat],
            zoom: Math.min(Math.max(spec.expansionZoom, this.map.getZoom() + 1), this.map.getMaxZoom()),
            duration: reduce ? 0 : 400,
          });
        } else if (item !== undefined) {
          this.options.onSelect?.(item, element);
        }
      });
      const marker = new this.MarkerClass({ element, anchor: spec.anchor ?? 'center' })
        .setLngLat([spec.lon, spec.lat])
        .addTo(this.map);
      // Stacking is by layer, not by arrival: a cluster's count is never under a marker.
      if (spec.layer !== undefined) element.style.zIndex = String(spec.layer);
      markers.set(entry.key, marker);
    }
    for (const [key, marker] of markers) {
      if (seen.has(key)) continue;
      marker.remove();
      markers.delete(key);
    }
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.controller?.abort();
    this.map.remove();
    this.markers.clear();
    this.fixed.clear();
  }
}

// The map view of <shp-nearby-places>, loaded only when a citizen chooses it: the shared
// marker map (internal/marker-map) fed from the list's own places, so that nothing here is
// in the widget's chunk and the map never asks the API for places of its own.
import type { BBox, Config, LatLon, NearbyPlace, PlaceCategory, ShpClient } from '@smart-haiphong/sdk';
import { css, html, type CSSResult, type TemplateResult } from 'lit';
import { ShpDataTask } from '../../internal/data-task.js';
import { MarkerMapController, markerMapStyles, type MarkerSpec } from '../../internal/marker-map/marker-map.js';
import { lazy } from '../../internal/lazy.js';
import { loadReferenceData } from '../../internal/reference-data.js';
import type { ShpElement } from '../../internal/shp-element.js';
import { localName, type Message, type StringLoaders } from '../../translations/index.js';

/** The strings of the map view (with the shared marker map's), in this chunk: the map is what takes time, not they. */
export interface NearbyPlacesMapStrings {
  /** The canvas's label: what it shows and how to move it by keyboard. */
  mapLabel: Message;
  /** The search centre is the citizen's own position. */
  originDevice: Message;
  /** `{unit}`: the commune (`xã Bình Giang`) whose centre is the search centre. */
  originUnit: Message;
  /** The search centre is a point the page chose. */
  originPoint: Message;
  /** `{count}`: places close together, drawn as one. */
  cluster: Message;
}

declare module '../../translations/types.js' {
  interface Translation {
    nearbyPlacesMap: NearbyPlacesMapStrings;
  }
}

const vi: { nearbyPlacesMap: NearbyPlacesMapStrings } = {
  nearbyPlacesMap: {
    mapLabel:
      'Bản đồ các địa điểm trong danh sách. Dùng phím mũi tên để di chuyển, + và − để phóng to, thu nhỏ. Danh sách có đủ các địa điểm này.',
    originDevice: 'Tâm tìm kiếm: vị trí của bạn',
    originUnit: 'Tâm tìm kiếm: trung tâm {unit} (không phải vị trí của bạn)',
    originPoint: 'Tâm tìm kiếm: điểm được chọn trên trang (không phải vị trí của bạn)',
    cluster: { other: '{count} địa điểm gần nhau. Nhấn để phóng to.' },
  },
};

const en: { nearbyPlacesMap: NearbyPlacesMapStrings } = {
  nearbyPlacesMap: {
    mapLabel:
      'Map of the places in the list. Use the arrow keys to pan, + and − to zoom. The list holds every one of these places.',
    originDevice: 'Search centre: your location',
    originUnit: 'Search centre: the centre of {unit} (not your location)',
    originPoint: 'Search centre: a point chosen by this page (not your location)',
    cluster: { one: '{count} place. Press to zoom in.', other: '{count} places close together. Press to zoom in.' },
  },
};

// The shared map's words in a chunk per locale (see feedback-form/location-map.ts): only the element's is fetched.
const markerMapVi = () => lazy('marker-map.vi', () => import('../../internal/marker-map/translations/vi.js'));
const markerMapEn = () => lazy('marker-map.en', () => import('../../internal/marker-map/translations/en.js'));
const strings: StringLoaders = {
  vi: async () => ({ default: { ...(await markerMapVi()).default, ...vi } }),
  en: async () => ({ default: { ...(await markerMapEn()).default, ...en } }),
};

/** Where the list is measured from, as the map draws it. */
export interface MapOrigin {
  kind: 'device' | 'point' | 'unit';
  point: LatLon;
  /** The commune in a sentence (`xã Bình Giang`), for `unit`. */
  unitName?: string;
}

export interface NearbyMapOptions {
  /** The API's place categories (names for the markers' labels); empty while they load. */
  categories(): readonly PlaceCategory[];
  /** A place marker was chosen: select the place as the list does (focus then moves to it in the list). */
  onSelect(place: NearbyPlace): void;
  /** The search radius (metres), framed when the list is empty. */
  radius(): number;
}

/** More places than this in a view are grouped into clusters; fewer are each a button of their own. */
export const CLUSTER_THRESHOLD = 50;
/** From this zoom (streets), places are never grouped. */
const NO_CLUSTER_ZOOM = 17;
/** Grid cell of the grouping, in screen pixels. */
const CELL = 64;

type MapItem =
  | { kind: 'place'; place: NearbyPlace }
  | { kind: 'cluster'; key: string; count: number; lat: number; lon: number; expansionZoom: number; ids: string[] };

interface MapResult {
  zoom: number;
  items: MapItem[];
}

/** Web Mercator, as a fraction of the world (0–1). */
const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) => {
  const s = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};

/**
 * The markers of one view: every place inside `bbox`, each its own marker while they are
 * at most `CLUSTER_THRESHOLD`; beyond that, places in the same `CELL`-pixel square at this
 * zoom are one cluster whose press zooms to where they separate.
 */
export function clusterPlaces(places: readonly NearbyPlace[], bbox: BBox, zoom: number): MapItem[] {
  const inView = places.filter(
    ({ location: { lat, lon } }) => lon >= bbox[0] && lon <= bbox[2] && lat >= bbox[1] && lat <= bbox[3],
  );
  if (inView.length <= CLUSTER_THRESHOLD || zoom >= NO_CLUSTER_ZOOM)
    return inView.map((place) => ({ kind: 'place', place }));
  const cells = new Map<string, NearbyPlace[]>();
  const scale = (256 * 2 ** zoom) / CELL;
  for (const place of inView) {
    const key = `${Math.floor(mercX(place.location.lon) * scale)}:${Math.floor(mercY(place.location.lat) * scale)}`;
    const cell = cells.get(key);
    if (cell) cell.push(place);
    else cells.set(key, [place]);
  }
  const items: MapItem[] = [];
  for (const [key, members] of cells) {
    if (members.length === 1) {
      items.push({ kind: 'place', place: members[0]! });
      continue;
    }
    const xs = members.map((p) => mercX(p.location.lon));
    const ys = members.map((p) => mercY(p.location.lat));
    const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    // The zoom at which the members' spread is wider than a cell (they fall apart).
    const apart = extent > 0 ? Math.ceil(Math.log2(CELL / (256 * extent))) : NO_CLUSTER_ZOOM;
    items.push({
      kind: 'cluster',
      key: `${zoom}:${key}:${members.length}`,
      count: members.length,
      lat: members.reduce((s, p) => s + p.location.lat, 0) / members.length,
      lon: members.reduce((s, p) => s + p.location.lon, 0) / members.length,
      expansionZoom: Math.min(NO_CLUSTER_ZOOM, Math.max(zoom + 1, apart)),
      ids: members.map((p) => p.id),
    });
  }
  return items;
}

/**
 * The box that shows the origin and every place, with a margin; at least ~500 m across,
 * and the radius around the origin when there is no place.
 */
export function frameOf(origin: LatLon, places: readonly NearbyPlace[], radius: number): BBox {
  const cos = Math.cos((origin.lat * Math.PI) / 180);
  if (places.length === 0) {
    const dLat = radius / 111_320;
    const dLon = dLat / cos;
    return [origin.lon - dLon, origin.lat - dLat, origin.lon + dLon, origin.lat + dLat];
  }
  let [w, s, e, n] = [origin.lon, origin.lat, origin.lon, origin.lat];
  for (const { location } of places) {
    w = Math.min(w, location.lon);
    e = Math.max(e, location.lon);
    s = Math.min(s, location.lat);
    n = Math.max(n, location.lat);
  }
  const minLat = 250 / 111_320;
  // 15 % each side: a marker on the edge of a 300 px map stays whole.
  const padLat = Math.max((n - s) * 0.15, minLat - (n - s) / 2);
  const padLon = Math.max((e - w) * 0.15, minLat / cos - (e - w) / 2);
  return [w - padLon, s - padLat, e + padLon, n + padLat];
}

/** A short, order-free digest of what the map shows (the source's cache key). */
function digest(parts: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) h = Math.imul(h ^ part.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x2c, 0x01000193);
  }
  return `${parts.length}:${(h >>> 0).toString(36)}`;
}

/** The markers' own looks; the frame, clusters and credits come with `markerMapStyles`. */
const pinStyles: CSSResult = css`
  .pin {
    width: 24px;
    height: 24px;
    padding: 0;
    border: 3px solid #ffffff;
    border-radius: 50%;
    background: var(--_shp-color-primary);
    /* A dark hairline: the basemap stays light in the dark theme, where the primary is light too. */
    box-shadow:
      0 0 0 1px rgb(0 0 0 / 0.6),
      0 1px 3px rgb(0 0 0 / 0.4);
    cursor: pointer;
  }

  .pin.selected {
    width: 32px;
    height: 32px;
    box-shadow:
      0 0 0 3px var(--_shp-color-primary),
      0 0 0 4px rgb(0 0 0 / 0.6),
      0 1px 4px rgb(0 0 0 / 0.45);
  }

  /* The citizen's own position: the usual blue dot with a halo. */
  .origin-device {
    width: 18px;
    height: 18px;
    border: 3px solid #ffffff;
    border-radius: 50%;
    background: #1a73e8;
    box-shadow: 0 0 0 6px rgb(26 115 232 / 0.25);
  }

  /* A commune's centre or the page's point: a target, never a blue dot. */
  .origin-centre {
    width: 24px;
    height: 24px;
    border: 2px solid #202124;
    border-radius: 50%;
    background:
      linear-gradient(#202124, #202124) center / 2px 100% no-repeat,
      linear-gradient(#202124, #202124) center / 100% 2px no-repeat,
      rgb(255 255 255 / 0.7);
    box-sizing: border-box;
  }
`;

/**
 * The map view: the places the list shows (same set, after filters, search, radius, "open
 * now" and every page loaded), the search centre, framed together; many places are
 * clustered. A place marker is a button named by the place, its category and distance:
 * pressing it selects the place as the list does. The list stays the complete path.
 */
export class NearbyMap {
  readonly controller: MarkerMapController<MapResult, MapItem>;
  private places: NearbyPlace[] = [];
  private origin: MapOrigin | undefined;
  private selected: string | null = null;
  private key = '';
  private framed = '';
  private readonly pins = new Map<string, HTMLElement>();
  private last: MapResult | undefined;

  private readonly config: ShpDataTask<readonly [ShpClient], Config>;

  /** Loads the strings, then builds the view (the engine waits until the map is visible). */
  static async create(host: ShpElement, options: NearbyMapOptions): Promise<NearbyMap> {
    await host.useStrings(strings);
    return new NearbyMap(host, options);
  }

  private constructor(
    private readonly host: ShpElement,
    private readonly options: NearbyMapOptions,
  ) {
    const root = host.shadowRoot!;
    const sheets = [markerMapStyles, pinStyles]
      .map((s) => s.styleSheet!)
      .filter((s) => !root.adoptedStyleSheets.includes(s));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
    this.config = new ShpDataTask(host, {
      // Shared with the page's other widgets: one request for the config per page.
      task: async ([client], { signal }) => (await loadReferenceData(client, ['config'], signal)).config,
      args: () => [host.client] as const,
    });
    this.controller = new MarkerMapController<MapResult, MapItem>(host, {
      container: () => host.renderRoot.querySelector<HTMLElement>('.map'),
      settings: () => {
        const config = this.config.value;
        if (!config || !this.origin) return undefined;
        return {
          styleUrl: config.mapStyleUrl ?? null,
          basemapUrl: config.basemapUrl ?? null,
          credits: config.credits,
          bounds: frameOf(this.origin.point, this.places, options.radius()),
        };
      },
      label: () => host.t('nearbyPlacesMap.mapLabel'),
      source: {
        key: () => this.key,
        load: (bbox, zoom) => Promise.resolve({ zoom, items: clusterPlaces(this.places, bbox, zoom) }),
        items: (result) => ((this.last = result), result.items),
        marker: (item) => this.marker(item),
        markerKey: (item) => (item.kind === 'place' ? `p:${item.place.id}` : `c:${item.key}`),
      },
      onSelect: (item) => {
        if (item.kind !== 'place') return;
        this.selected = item.place.id; // chosen here: no need to centre on it
        this.highlight();
        options.onSelect(item.place);
        // Its details are in the list: the keyboard and the screen reader continue there.
        void host.updateComplete.then(() => {
          const row = [...host.renderRoot.querySelectorAll<HTMLElement>('[part~="place"]')].find(
            (e) => e.dataset['id'] === item.place.id,
          );
          row?.querySelector<HTMLElement>('[part~="place-name"]')?.focus();
        });
      },
    });
    host.requestUpdate();
  }

  /** The maplibre map, once shown and loaded. */
  get map(): MarkerMapController['map'] {
    return this.controller.map;
  }

  /** Called after each render of the host with what the list shows now. */
  show(places: NearbyPlace[], origin: MapOrigin, selected: string | null): void {
    this.places = places;
    const originChanged =
      !this.origin ||
      this.origin.kind !== origin.kind ||
      this.origin.point.lat !== origin.point.lat ||
      this.origin.point.lon !== origin.point.lon ||
      this.origin.unitName !== origin.unitName;
    this.origin = origin;
    this.key = digest([`${origin.point.lat},${origin.point.lon}`, ...places.map((p) => p.id)]);
    if (this.controller.state !== 'ready') {
      this.framed = '';
      this.selected = selected;
      return;
    }
    if (originChanged || this.framed === '') this.controller.setFixedMarkers([this.originMarker(origin)]);
    if (this.key !== this.framed) {
      this.framed = this.key;
      this.controller.refresh();
      this.controller.fitBounds(frameOf(origin.point, places, this.options.radius()));
    }
    if (selected !== this.selected) {
      this.selected = selected;
      this.highlight();
      if (selected) this.centreOn(selected);
    }
  }

  render(): TemplateResult {
    const error = this.config.error;
    return html`<div class="map-frame">
      <div class="map"></div>
      ${
        error && !this.config.aborted
          ? html`<div class="map-overlay" role="alert">
              <p>${this.host.t('markerMap.error')}</p>
              <button class="button" type="button" @click=${() => void this.config.run()}>
                ${this.host.t('state.retry')}
              </button>
            </div>`
          : this.controller.renderOverlay()
      }
    </div>`;
  }

  private marker(item: MapItem): MarkerSpec {
    const button = document.createElement('button');
    button.type = 'button';
    if (item.kind === 'cluster') {
      button.className = 'cluster';
      button.setAttribute('part', 'cluster');
      button.textContent = this.host.formatNumber(item.count);
      button.setAttribute('aria-label', this.host.t('nearbyPlacesMap.cluster', { count: item.count }));
      button.style.setProperty('--_size', `${Math.round(28 + Math.min(16, Math.log10(item.count) * 8))}px`);
      return {
        key: `c:${item.key}`,
        lat: item.lat,
        lon: item.lon,
        element: button,
        expansionZoom: item.expansionZoom,
        layer: 3,
      };
    }
    const { place } = item;
    button.className = place.id === this.selected ? 'pin selected' : 'pin';
    button.setAttribute('part', 'pin');
    button.dataset['id'] = place.id;
    const category = this.options.categories().find((c) => c.id === place.categoryId);
    const label = [
      place.name,
      category ? localName(this.host.config.locale, category) : '',
      this.host.t('nearbyPlaces.distance', { distance: this.host.formatDistance(place.distanceMeters) }),
    ].filter(Boolean);
    button.setAttribute('aria-label', label.join(', '));
    button.title = place.name;
    if (place.id === this.selected) button.setAttribute('aria-current', 'true');
    this.pins.set(place.id, button);
    return { key: `p:${place.id}`, lat: place.location.lat, lon: place.location.lon, element: button, layer: 2 };
  }

  private originMarker(origin: MapOrigin): MarkerSpec {
    const element = document.createElement('div');
    element.setAttribute('role', 'img');
    element.setAttribute('part', 'origin');
    element.dataset['kind'] = origin.kind;
    element.className = origin.kind === 'device' ? 'origin-device' : 'origin-centre';
    const t = this.host.t.bind(this.host);
    element.setAttribute(
      'aria-label',
      origin.kind === 'device'
        ? t('nearbyPlacesMap.originDevice')
        : origin.kind === 'unit'
          ? t('nearbyPlacesMap.originUnit', { unit: origin.unitName ?? '' })
          : t('nearbyPlacesMap.originPoint'),
    );
    // Its key says what it is: a device dot never turns into a commune's target in place.
    return { key: `origin:${origin.kind}`, ...origin.point, element, layer: 1 };
  }

  /** Marks the selected place's marker (drawn ones; new ones are built marked). */
  private highlight(): void {
    for (const [id, pin] of this.pins) {
      if (!pin.isConnected) {
        this.pins.delete(id);
        continue;
      }
      const on = id === this.selected;
      pin.classList.toggle('selected', on);
      if (on) pin.setAttribute('aria-current', 'true');
      else pin.removeAttribute('aria-current');
    }
  }

  /** Brings a place chosen in the list into the map's centre, zoomed past its cluster if it is in one. */
  private centreOn(id: string): void {
    const map = this.map;
    const place = this.places.find((p) => p.id === id);
    if (!map || !place) return;
    const cluster = this.last?.items.find((i) => i.kind === 'cluster' && i.ids.includes(id));
    const zoom = cluster?.kind === 'cluster' ? Math.max(map.getZoom(), cluster.expansionZoom) : map.getZoom();
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    map.easeTo({ center: [place.location.lon, place.location.lat], zoom, duration: reduce ? 0 : 300 });
  }
}

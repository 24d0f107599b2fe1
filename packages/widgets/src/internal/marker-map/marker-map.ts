import type { BBox, Credit } from '@smart-haiphong/sdk';
import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { lazy } from '../lazy.js';
import { loadMapEngine } from '../map-loader.js';
import type { ShpElement } from '../shp-element.js';
import type { MarkerMapView } from './marker-map.view.js';
import type { MapPoint, MapViewState, MarkerSource, MarkerSpec } from './marker-map.types.js';
import './marker-map.translations.js';

export type { MapPoint, MapViewState, MarkerSource, MarkerSpec, MarkerMapViewOptions } from './marker-map.types.js';
export { markerMapStyles } from './marker-map.styles.js';

/** The map view's module (maplibre-gl is loaded beside it), fetched only when a map becomes visible. Replaceable in tests. */
export const markerMapModule = {
  load: () => lazy('map-view', () => import('./marker-map.view.js')),
};

/** What a map needs before it can start: the deployment's map settings and where to look. */
export interface MarkerMapSettings {
  /** A MapLibre style URL; null: the offline basemap. */
  styleUrl: string | null;
  /** The city's land as GeoJSON (config `basemapUrl`); null: a plain background. */
  basemapUrl: string | null;
  /** Credits shown on the map (config `credits`: text and an optional link), built without HTML. */
  credits: readonly Credit[];
  /** A box to frame. */
  bounds?: BBox | undefined;
  /** A centre and zoom, instead of `bounds` (a shared link). */
  center?: (MapPoint & { zoom: number }) | undefined;
}

export interface MarkerMapOptions<R, T> {
  /** The element the map is drawn in (it is observed: the engine loads when it is visible). */
  container(): HTMLElement | null | undefined;
  /** The settings; undefined while they load (the map waits). */
  settings(): MarkerMapSettings | undefined;
  /** The canvas's accessible name. Default: the shared "Bản đồ…" label. */
  label?(): string;
  /** Markers and clusters per view. */
  source?: MarkerSource<R, T>;
  onView?(view: MapViewState): void;
  /** After each load of the source: the error (null when it worked) and the result. */
  onLoad?(error: unknown, result?: R): void;
  /** A marker (not a cluster) was chosen. */
  onSelect?(item: T, element: HTMLElement): void;
  /** A point was picked in pick mode (pick mode has ended). */
  onPick?(point: MapPoint): void;
  /**
   * Where focus goes when pick mode ends (picked or cancelled), unless the page took it
   * elsewhere meanwhile (e.g. to its form): usually the button that started it.
   */
  returnFocus?(): HTMLElement | null | undefined;
  /** The engine or the view could not be loaded. */
  onError?(error: unknown): void;
}

type Host = ShpElement;

/**
 * A generic marker map for a widget: the maplibre view with the offline basemap, HTML
 * markers and clusters from a caller's source with a per-view cache, keyboard pan and
 * zoom, and a pick mode (a click, or Enter on the focused canvas for its centre). The
 * engine and the view are downloaded only when the container first becomes visible.
 *
 * The host spreads the `markerMap` strings into its own translations (see
 * marker-map.translations.ts), adds `markerMapStyles` to its styles, renders `<div class="map">` inside a `.map-frame`, and `renderOverlay()` beside it.
 */
export class MarkerMapController<R = unknown, T = unknown> implements ReactiveController {
  state: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  /** The source's last failure (null when the last load worked). */
  loadError: unknown = null;
  private mapView: MarkerMapView<R, T> | undefined;
  private observer: IntersectionObserver | undefined;
  private observed: HTMLElement | undefined;
  private picking = false;
  private fixedMarkers: MarkerSpec[] = [];

  constructor(
    private readonly host: Host,
    private readonly options: MarkerMapOptions<R, T>,
  ) {
    host.addController(this);
  }

  /** The maplibre map, once shown and loaded. */
  get map(): MarkerMapView['map'] | undefined {
    return this.mapView?.map;
  }

  /** The view (cache, requests), once shown and loaded. */
  get view(): MarkerMapView<R, T> | undefined {
    return this.mapView;
  }

  get pickMode(): boolean {
    return this.picking;
  }

  hostUpdated(): void {
    this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
    this.mapView?.destroy();
    this.mapView = undefined;
    if (this.state !== 'error') this.state = 'idle';
  }

  /** Starts or ends pick mode; starting it moves focus to the map, where the citizen continues. */
  setPicking(on: boolean, focus = on): void {
    this.picking = on;
    if (this.mapView) this.mapView.pickMode = on;
    this.host.requestUpdate();
    if (focus) void this.host.updateComplete.then(() => this.map?.getCanvas().focus());
  }

  /**
   * Places markers of the caller's own, kept across views and drawn whatever the source
   * says: the point chosen in a location picker, "you are here". Replaces the previous ones.
   */
  setFixedMarkers(specs: MarkerSpec[]): void {
    this.fixedMarkers = specs;
    this.mapView?.setFixedMarkers(specs);
  }

  /** Leaves pick mode without a point; focus goes back (see `returnFocus`). */
  cancelPicking(): void {
    this.setPicking(false, false);
    this.restoreFocus();
  }

  /** Picks the map's centre (the keyboard's way to pick). */
  pickCentre(): void {
    if (this.mapView) this.pick(this.mapView.centre);
  }

  fitBounds(bbox: BBox): void {
    this.mapView?.fitBounds(bbox);
  }

  /** The source's key may have changed (filters): reload from the cache or the source. */
  refresh(): void {
    if (this.options.source) this.mapView?.setSourceKey(this.options.source.key());
  }

  /** Loads the current view's markers again (after a failure). */
  reload(): void {
    this.mapView?.load();
  }

  /** Tries the engine again after it failed to load. */
  retry(): void {
    this.state = 'idle';
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
    this.host.requestUpdate();
  }

  /** MapLibre's UI strings in the host's language. */
  private locale(): Record<string, string> {
    const t = (key: Parameters<Host['t']>[0]) => this.host.t(key);
    return {
      'Map.Title': this.options.label?.() ?? t('markerMap.mapLabel'),
      'NavigationControl.ZoomIn': t('markerMap.zoomIn'),
      'NavigationControl.ZoomOut': t('markerMap.zoomOut'),
      'NavigationControl.ResetBearing': t('markerMap.resetBearing'),
      'AttributionControl.ToggleAttribution': t('markerMap.toggleAttribution'),
      'AttributionControl.MapFeedback': t('markerMap.mapFeedback'),
      'Marker.Title': t('markerMap.marker'),
      'Popup.Close': t('markerMap.closePopup'),
    };
  }

  private pick(point: MapPoint): void {
    this.setPicking(false, false);
    this.options.onPick?.(point);
    this.restoreFocus();
  }

  private restoreFocus(): void {
    void this.host.updateComplete.then(() => {
      const active = document.activeElement;
      // The page moved focus on (its form): leave it there.
      if (active && active !== this.host && active !== document.body) return;
      this.options.returnFocus?.()?.focus();
    });
  }

  /** Starts the map when its container first comes into view. */
  private observe(): void {
    const container = this.options.container() ?? undefined;
    if (container !== this.observed) {
      this.observer?.disconnect();
      this.observer = undefined;
      // A new container (re-rendered): a map in the old one is gone.
      if (this.mapView && this.observed) {
        this.mapView.destroy();
        this.mapView = undefined;
        this.state = 'idle';
      }
      this.observed = container;
    }
    if (!container || this.observer || this.state !== 'idle' || !this.options.settings()) return;
    this.observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.observer?.disconnect();
      void this.start(container);
    });
    this.observer.observe(container);
  }

  private async start(container: HTMLElement): Promise<void> {
    const settings = this.options.settings();
    if (!settings || this.state === 'loading' || this.state === 'ready') return;
    this.state = 'loading';
    this.host.requestUpdate();
    try {
      // The engine is loaded here, not by the view module, so that the lazy view chunk
      // imports nothing the core also has (a shared chunk would cost a round trip).
      const [{ MarkerMapView }, maplibre] = await Promise.all([
        markerMapModule.load(),
        loadMapEngine(this.host.shadowRoot!),
      ]);
      if (!this.host.isConnected || container !== this.options.container()) return;
      const { source } = this.options;
      this.mapView = MarkerMapView.create<R, T>(maplibre, {
        container,
        styleUrl: settings.styleUrl,
        basemapUrl: settings.basemapUrl,
        credits: settings.credits,
        bounds: settings.bounds,
        center: settings.center,
        locale: this.locale(),
        source,
        onView: (view) => this.options.onView?.(view),
        onLoad: (error, result) => {
          this.loadError = error;
          this.options.onLoad?.(error, result);
          this.host.requestUpdate();
        },
        onSelect: (item, element) => this.options.onSelect?.(item, element),
        onPick: (point) => this.pick(point),
      });
      this.mapView.pickMode = this.picking;
      this.mapView.setFixedMarkers(this.fixedMarkers);
      if (source) this.mapView.setSourceKey(source.key());
      this.state = 'ready';
    } catch (error) {
      this.state = 'error';
      this.options.onError?.(error);
    }
    this.host.requestUpdate();
  }

  /** What goes over the map: loading, a failure with Retry, or pick mode's crosshair. */
  renderOverlay(): TemplateResult | typeof nothing {
    const t = this.host.t.bind(this.host);
    if (this.state === 'error') {
      return html`<div class="map-overlay" role="alert">
        <p>${t('markerMap.error')}</p>
        <button class="button" type="button" @click=${() => this.retry()}>${t('state.retry')}</button>
      </div>`;
    }
    if (this.state !== 'ready') {
      return html`<div class="map-overlay muted" aria-hidden="true"><p>${t('markerMap.loading')}</p></div>`;
    }
    if (this.loadError && (this.loadError as { name?: string }).name !== 'AbortError') {
      return html`<div class="map-banner" role="alert">
        <span>${t('markerMap.markersError')}</span>
        <button class="button" type="button" @click=${() => this.reload()}>${t('state.retry')}</button>
      </div>`;
    }
    if (this.picking) return html`<div class="crosshair" aria-hidden="true"></div>`;
    return nothing;
  }

  /** Pick mode's hint and buttons (pick the centre, cancel), labelled as a group by `label`. */
  renderPickTools(label: string): TemplateResult {
    const t = this.host.t.bind(this.host);
    return html`<div class="pick" role="group" aria-label=${label} aria-describedby="shp-map-pick-hint">
      <p class="hint" id="shp-map-pick-hint">${t('markerMap.pickHint')}</p>
      <button part="pick-centre-button" class="button" type="button" @click=${() => this.pickCentre()}>
        ${t('markerMap.pickCentre')}
      </button>
      <button class="button secondary" type="button" @click=${() => this.cancelPicking()}>
        ${t('markerMap.pickCancel')}
      </button>
    </div>`;
  }
}

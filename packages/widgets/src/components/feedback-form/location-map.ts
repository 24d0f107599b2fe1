// The form's map for choosing a location, fetched only when the citizen opens it (a lazy
// chunk; the map engine and view load after it): the shared marker map in pick mode, with
// the offline basemap, the keyboard pick (Enter on the focused map picks its centre) and
// MapLibre's strings in the page's language.
import type { BBox, LatLon } from '@smart-haiphong/sdk';
import { css, html, type TemplateResult } from 'lit';
import type { LocationController } from '../../internal/location-controller.js';
import { MarkerMapController, markerMapStyles } from '../../internal/marker-map/marker-map.js';
import { lazy } from '../../internal/lazy.js';
import type { ShpElement } from '../../internal/shp-element.js';
import type { StringLoaders } from '../../translations/index.js';
import type { FeedbackFormData } from './feedback-form.data.js';
import formMapEn from './translations/map-en.js';
import formMapVi from './translations/map-vi.js';

/** The mainland and Cát Bà: the city's own box also holds Bạch Long Vĩ, 130 km out to sea. */
const CITY_FRAME: BBox = [105.95, 20.62, 107.12, 21.1];

/**
 * The map's words (the shared map's and the form map's) in the element's locale only: the
 * form map's own (~0.5 KB both) travel in this chunk, the shared map's in a chunk per locale
 * (the feedback map's strings hold them too), so that a Vietnamese page never downloads the
 * English file. The loader prefetches the page locale's in idle time, for offline use.
 */
const markerMapVi = () => lazy('marker-map.vi', () => import('../../internal/marker-map/translations/vi.js'));
const markerMapEn = () => lazy('marker-map.en', () => import('../../internal/marker-map/translations/en.js'));
const mapStrings: StringLoaders = {
  vi: async () => ({ default: { ...(await markerMapVi()).default, ...formMapVi } }),
  en: async () => ({ default: { ...(await markerMapEn()).default, ...formMapEn } }),
};

/** Styles that only the open map needs, adopted with the shared map's. */
const styles = css`
  .location .map {
    height: var(--shp-feedback-form-map-height, 240px);
  }

  .location .map-frame {
    border-radius: var(--_shp-radius-s);
  }

  /* The chosen point: visible on land and sea, in the page's primary colour. */
  .chosen-point {
    width: 18px;
    height: 18px;
    border-radius: 50%;
    border: 3px solid #ffffff;
    background: var(--_shp-color-primary);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.45);
  }
`;

/** The location map of a form: a marker map always in pick mode, showing the point chosen. */
export class LocationMap {
  readonly controller: MarkerMapController;
  private shown: LatLon | null = null;
  private focusWhenReady = false;

  /**
   * Loads the map's strings and styles into `host`, then makes its map, which starts on
   * the form's point, else its commune, else the city, and hands its picks to `place`.
   */
  static async create(
    host: ShpElement,
    data: () => FeedbackFormData | undefined,
    place: LocationController,
  ): Promise<LocationMap> {
    await host.useStrings(mapStrings);
    // Added to the form's own styles only now (Lit adopts static styles once).
    const root = host.shadowRoot;
    for (const sheet of [markerMapStyles.styleSheet, styles.styleSheet]) {
      if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      }
    }
    return new LocationMap(host, data, place);
  }

  private constructor(
    private readonly host: ShpElement,
    private readonly data: () => FeedbackFormData | undefined,
    private readonly place: LocationController,
  ) {
    this.controller = new MarkerMapController(host, {
      container: () => host.renderRoot.querySelector<HTMLElement>('.location .map'),
      settings: () => this.settings(),
      label: () => host.t('feedbackFormMap.mapLabel'),
      onView: () => this.focusIfAsked(),
      onPick: (point) => {
        // The map is for choosing: it stays in pick mode, so a second try needs no button.
        this.controller.setPicking(true, false);
        place.set({ lat: point.lat, lon: point.lon }, 'map');
      },
      // Focus stays where the pick was made (the map, or "Chọn tâm bản đồ").
      returnFocus: () => null,
      // The form says the commune and the address still work.
      onError: () => {
        place.status = 'mapFailed';
        host.requestUpdate();
      },
    });
    this.controller.setPicking(true, false);
  }

  private settings() {
    const data = this.data();
    if (!data) return undefined;
    const { config, units } = data;
    const { point, unitCode } = this.place;
    const inside = point && this.place.inside(point, data);
    return {
      styleUrl: config.mapStyleUrl ?? null,
      basemapUrl: config.basemapUrl ?? null,
      // Built from the structured credits (text, link), never config HTML.
      credits: config.credits,
      ...(inside
        ? { center: { lat: point.lat, lon: point.lon, zoom: 16 } }
        : { bounds: units.find((u) => u.code === unitCode)?.bbox ?? CITY_FRAME }),
    };
  }

  /** The maplibre map, once shown and loaded. */
  get map(): MarkerMapController['map'] {
    return this.controller.map;
  }

  /** Moves focus to the map, now or as soon as it has loaded. */
  focus(): void {
    this.focusWhenReady = true;
    void this.host.updateComplete.then(() => this.focusIfAsked());
  }

  private focusIfAsked(): void {
    const canvas = this.controller.map?.getCanvas();
    if (!this.focusWhenReady || !canvas) return;
    this.focusWhenReady = false;
    canvas.focus();
  }

  /**
   * Shows the chosen point as a marker; a point from elsewhere (the device, a photo, the
   * page) also moves the map to it, a point picked on the map leaves the view alone.
   */
  showPoint(point: LatLon | null, fromMap: boolean): void {
    if (point === this.shown) return;
    this.shown = point;
    if (!point) return this.controller.setFixedMarkers([]);
    const element = document.createElement('span');
    element.className = 'chosen-point';
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', this.host.t('feedbackFormMap.chosenPoint'));
    this.controller.setFixedMarkers([{ key: 'chosen', lat: point.lat, lon: point.lon, element, layer: 5 }]);
    if (!fromMap) this.controller.map?.jumpTo({ center: [point.lon, point.lat] });
  }

  /** The map, what goes over it, and the keyboard's way to pick. */
  render(): TemplateResult {
    const t = this.host.t.bind(this.host);
    const ready = this.controller.state === 'ready';
    return html`<p class="hint" id="map-pick-hint">${t('markerMap.pickHint')}</p>
      <div class="map-frame">
        <div part="map" class="map picking"></div>
        ${this.controller.renderOverlay()}
      </div>
      ${
        ready
          ? html`<button
              part="pick-centre-button"
              class="button secondary"
              type="button"
              aria-describedby="map-pick-hint"
              @click=${() => this.controller.pickCentre()}
            >
              ${t('markerMap.pickCentre')}
            </button>`
          : ''
      }`;
  }
}

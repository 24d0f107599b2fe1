import {
  matchesSearch,
  placesResource,
  unitsResource,
  type LatLon,
  type NearbyPlace,
  type Place,
  type PlaceCategory,
  type Unit,
} from '@smart-haiphong/sdk';
import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ShpPlaceSelectEvent } from '../../events/index.js';
import { useResources } from '../../internal/client.js';
import { ShpDataTask } from '../../internal/data-task.js';
import { HashStateController } from '../../internal/hash-state.js';
import { heading } from '../../internal/heading.js';
import { lazy } from '../../internal/lazy.js';
import { ShpElement } from '../../internal/shp-element.js';
import { INTL_LOCALE, localName } from '../../translations/index.js';
import { openingHoursAt, type OpeningHoursStatus } from './opening-hours.js';
import { credit, placeDetails, type DetailsContext } from './parts/place-details.js';
import { telHref, type DirectionsProvider } from './place-links.js';
import { nearbyPlacesStrings } from './nearby-places.translations.js';
import { styles } from './nearby-places.styles.js';
import type { NearbyMap } from './nearby-places.map.js';

/** Where the list is measured from, and why (shown to the citizen: never a silent default). */
export type NearbyOrigin =
  { kind: 'device'; point: LatLon } | { kind: 'point'; point: LatLon } | { kind: 'unit'; point: LatLon; unit: Unit };

/** Radii offered, in metres; the empty state offers the next one. */
const RADII = [500, 1000, 2000, 5000, 10_000, 20_000, 50_000] as const;
/** How long typing pauses before the search is sent, ms. */
const SEARCH_DELAY = 300;

interface ResultPage {
  items: NearbyPlace[];
  nextCursor: string | null;
  /** When the first page arrived (shown with the results while offline). */
  at: Date;
  /** The query that gave it, for "Xem thêm". */
  query: { lat: number; lon: number; radius: number; category?: string; q?: string; limit: number };
}

/**
 * The nearest public places (tiện ích): health, education, government offices, stations,
 * petrol, ATMs, Wi-Fi, hotels, restaurants, heritage. A list first, nearest first, each with
 * its distance, whether it is open now (OpenStreetMap `opening_hours` read in Hải Phòng time)
 * and a one-tap call; details with the address, the week's hours, website, directions and a
 * share link, and the source's credit. Data: `GET /v1/places/nearby` (real OpenStreetMap places
 * and labelled sample places), `/v1/places/categories`, `/v1/units`.
 *
 * The position is the citizen's only when they press "Dùng vị trí của tôi"; otherwise a commune
 * they pick, the page's point (`lat`/`lon`), or the page's `unit` (its representative point),
 * always said in words ("Gần trung tâm xã …").
 *
 * @tag shp-nearby-places
 * @summary The nearest hospitals, schools, offices, stations and services, open now, with call and directions.
 *
 * @attr lat - Latitude of the point the page chooses (WGS84 degrees), with `lon`. Used when the citizen has not shared their location or picked a commune.
 * @attr lon - Longitude of the page's point.
 * @attr radius - Search radius in metres (1–50 000). Default 2000.
 * @attr category - Category ids to show, comma-separated (`health,atm`). Default: all.
 * @attr directions - Where "Chỉ đường" opens: `google` (default), `osm` or `geo` (the device's map app).
 * @attr view - `list` (default) or `map`: the same places on a map (the deployment's offline basemap; the map code and engine load only when this view is shown), with the search centre, clustered beyond 50 places in view. The list stays below the map (beside it on wide containers) and remains the complete keyboard and screen-reader path.
 * @attr limit - Places per page (1–100). Default 20.
 *
 * @fires {ShpPlaceSelectEvent} shp-place-select - A citizen opened a place's details; `detail.place` is the place.
 * @fires {ShpErrorEvent} shp-error - Places, categories or communes could not be loaded.
 *
 * @csspart header - The title and the position.
 * @csspart position - The sentence saying where distances are measured from.
 * @csspart locate-button - "Dùng vị trí của tôi".
 * @csspart unit-picker - The commune picker (search and list).
 * @csspart controls - Search, categories, open-now filter, radius and view.
 * @csspart search - The search field.
 * @csspart chip - A category chip (`aria-pressed`).
 * @csspart open-now - The "Đang mở cửa" filter.
 * @csspart radius - The radius choice.
 * @csspart view-button - The list / map switch (`aria-pressed`).
 * @csspart map - The map view's area.
 * @csspart pin - A place's marker on the map (a button named by the place, its category and distance; `aria-current` when selected).
 * @csspart cluster - Several places drawn as one marker (a button: zooms in).
 * @csspart origin - The search centre on the map (the citizen's position, a commune's centre or the page's point).
 * @csspart list - The list of places.
 * @csspart place - One place in the list.
 * @csspart place-name - The button that opens a place's details.
 * @csspart distance - A place's distance.
 * @csspart hours - Open now / closes at / opens at.
 * @csspart call - The one-tap call link.
 * @csspart details - A place's details.
 * @csspart week - The week's opening hours.
 * @csspart directions - The directions link.
 * @csspart share - The share link.
 * @csspart credit - The source's credit.
 * @csspart more-button - "Xem thêm".
 * @csspart widen-button - The wider-radius action of the empty state.
 * @csspart results-at - When the results shown were loaded (while offline).
 *
 * @cssprop --shp-nearby-places-open - Colour of "open now". Default: #1b6e20 (dark: #8fd694).
 * @cssprop --shp-nearby-places-closed - Colour of "closed". Default: `--shp-color-text-muted`.
 * @cssprop --shp-nearby-places-map-height - Height of the map view. Default: 320px.
 */
export class ShpNearbyPlaces extends ShpElement {
  static override styles: CSSResultGroup = [ShpElement.styles, styles];
  static override strings = [nearbyPlacesStrings];

  static {
    useResources({ places: placesResource, units: unitsResource });
  }

  /** Latitude of the page's point (WGS84 degrees), used with `lon`. */
  @property({ type: Number }) lat?: number;
  /** Longitude of the page's point. */
  @property({ type: Number }) lon?: number;
  /** Search radius in metres, 1 to 50 000. */
  @property({ type: Number }) radius = 2000;
  /** Category ids, comma-separated; empty: every category. */
  @property() category = '';
  /** Where "Chỉ đường" opens. */
  @property() directions: DirectionsProvider = 'google';
  /** `list` or `map` (the list's places on a map, loaded when shown; the list stays). */
  @property({ reflect: true }) view: 'list' | 'map' = 'list';
  /** Places per page, 1 to 100. */
  @property({ type: Number }) limit = 20;
  /**
   * The moment "open now" is evaluated at. Default: the current time, refreshed every minute.
   * Set it to show the hours at another time (a page's "open at 20:00", tests).
   */
  @property({ attribute: false }) now?: Date;

  /** The device's position, once the citizen shared it. */
  @state() private device: LatLon | null = null;
  @state() private geo: null | 'locating' | 'denied' | 'unavailable' | 'outside' = null;
  /** The commune the citizen picked (code). */
  @state() private pickedUnit = '';
  @state() private unitQuery = '';
  @state() private openOnly = false;
  @state() private query = '';
  @state() private q = '';
  @state() private openId: string | null = null;
  @state() private sharedId: string | null = null;
  @state() private copiedId: string | null = null;
  @state() private more: NearbyPlace[] = [];
  @state() private cursor: string | null = null;
  @state() private moreLoading = false;
  @state() private moreError: unknown = null;
  @state() private tick = 0;
  /** The map view, once its code is loaded (only when `view` is `map`). */
  @state() private mapPart: NearbyMap | undefined;
  @state() private mapError: unknown = null;
  private mapLoading = false;
  /** The places the list shows in this render: the map shows exactly these. */
  private shown: NearbyPlace[] = [];

  private last: (ResultPage & { more: NearbyPlace[] }) | null = null;
  private generation = 0;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private clockTimer: ReturnType<typeof setInterval> | undefined;
  private moreAbort: AbortController | undefined;
  private focusIndex: number | null = null;

  private readonly hash = new HashStateController(this, (values) => {
    this.sharedId = values.get('place') ?? null;
  });

  private readonly meta = new ShpDataTask(this, {
    task: async ([client], { signal }): Promise<{ units: Unit[]; categories: PlaceCategory[] }> => {
      const [units, categories] = await Promise.all([
        client.units.list({}, { signal }),
        client.places.categories({ signal }),
      ]);
      return { units: units.items, categories: categories.items };
    },
    args: () => [this.client] as const,
  });

  private readonly places = new ShpDataTask(this, {
    task: async ([client, lat, lon, radius, category, q, limit], { signal }): Promise<ResultPage | null> => {
      this.generation++;
      this.moreAbort?.abort();
      this.more = [];
      this.cursor = null;
      this.moreError = null;
      this.moreLoading = false;
      if (lat === undefined || lon === undefined) return null;
      const query = { lat, lon, radius, limit, ...(category ? { category } : {}), ...(q ? { q } : {}) };
      const page = await client.places.nearby(query, { signal });
      const result = { items: page.items, nextCursor: page.nextCursor ?? null, at: new Date(), query };
      this.cursor = result.nextCursor;
      this.last = { ...result, more: [] };
      return result;
    },
    args: () => {
      const point = this.origin?.point;
      return [
        this.client,
        point?.lat,
        point?.lon,
        clampRadius(this.radius),
        this.category.trim(),
        this.q.trim(),
        Math.min(100, Math.max(1, Math.round(this.limit) || 20)),
      ] as const;
    },
  });

  private readonly shared = new ShpDataTask(this, {
    task: async ([client, id], { signal }): Promise<Place | null> => {
      if (!id) return null;
      const place = await client.places.get(id, { signal });
      this.emit(new ShpPlaceSelectEvent({ place }));
      return place;
    },
    args: () => [this.client, this.sharedId] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.sharedId = this.hash.read().get('place') ?? null;
    this.clockTimer = setInterval(() => {
      if (!this.now) this.tick++;
    }, 60_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.clockTimer);
    clearTimeout(this.searchTimer);
    this.moreAbort?.abort();
  }

  /**
   * Where distances are measured from: the device (shared on request), a commune the citizen
   * picked, the page's `lat`/`lon`, else the page's `unit`. Null while none is known (or the
   * communes are still loading).
   */
  get origin(): NearbyOrigin | null {
    if (this.device) return { kind: 'device', point: this.device };
    const units = this.meta.value?.units;
    const picked = this.pickedUnit && units?.find((u) => u.code === this.pickedUnit);
    if (picked) return { kind: 'unit', point: picked.centroid, unit: picked };
    if (Number.isFinite(this.lat) && Number.isFinite(this.lon)) {
      return { kind: 'point', point: { lat: this.lat!, lon: this.lon! } };
    }
    const ref = this.config.unit;
    const unit = ref ? units?.find((u) => u.code === ref || u.slug === ref) : undefined;
    return unit ? { kind: 'unit', point: unit.centroid, unit } : null;
  }

  /** The map view's maplibre map, once shown and loaded. */
  get map(): NearbyMap['map'] {
    return this.mapPart?.map;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const origin = this.view === 'map' ? this.origin : null;
    if (origin && !this.mapPart && !this.mapLoading && !this.mapError) void this.loadMap();
    if (origin && this.mapPart) {
      this.mapPart.show(
        this.shown,
        {
          kind: origin.kind,
          point: origin.point,
          ...(origin.kind === 'unit' ? { unitName: this.unitInSentence(origin.unit) } : {}),
        },
        this.openId,
      );
    }
    if (this.focusIndex !== null) {
      const target = this.renderRoot.querySelectorAll<HTMLElement>('[part~="place-name"]')[this.focusIndex];
      if (target) {
        this.focusIndex = null;
        target.focus();
      }
    }
  }

  /** Asks for the device's position; only ever when the citizen presses the button. */
  locate(): void {
    if (!('geolocation' in navigator)) {
      this.geo = 'unavailable';
      return;
    }
    this.geo = 'locating';
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const point = { lat: coords.latitude, lon: coords.longitude };
        const units = this.meta.value?.units;
        if (units && !insideCity(point, units)) {
          this.geo = 'outside';
          return;
        }
        this.geo = null;
        this.pickedUnit = '';
        this.device = point;
      },
      (error) => {
        this.geo = error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable';
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  /** Fetches the map view's code (and its strings) the first time the map is shown. */
  private async loadMap(): Promise<void> {
    this.mapLoading = true;
    try {
      const { NearbyMap } = await lazy('nearby-places-map', () => import('./nearby-places.map.js'));
      this.mapPart = await NearbyMap.create(this, {
        categories: () => this.meta.value?.categories ?? [],
        // Selected as in the list, but never toggled closed (the map module then focuses it there).
        onSelect: (place) => {
          if (this.openId !== place.id) this.openPlace(place);
        },
        radius: () => clampRadius(this.radius),
      });
    } catch (error) {
      this.mapError = error;
      this.emitError(error);
    } finally {
      this.mapLoading = false;
    }
  }

  private statusOf(place: Place, at: Date): OpeningHoursStatus {
    return openingHoursAt(place.openingHours, at);
  }

  private get weekdays(): string[] {
    const f = new Intl.DateTimeFormat(INTL_LOCALE[this.config.locale], { weekday: 'long', timeZone: 'UTC' });
    return Array.from({ length: 7 }, (_, k) => f.format(Date.UTC(2024, 0, 1 + k))); // 2024-01-01: a Monday
  }

  private get detailsContext(): DetailsContext {
    return {
      t: (key, params) => this.t(key, params),
      weekdays: this.weekdays,
      directions: this.directions === 'osm' || this.directions === 'geo' ? this.directions : 'google',
      shareLink: (place) => this.hash.link({ place: place.id }),
      copy: (place) => void this.copyLink(place),
      copiedId: this.copiedId,
    };
  }

  private async copyLink(place: Place): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.hash.link({ place: place.id }));
      this.copiedId = place.id;
    } catch {
      this.copiedId = null; // no clipboard access: the link beside the button still works
    }
  }

  private search(value: string, now = false): void {
    this.query = value;
    clearTimeout(this.searchTimer);
    if (now) this.q = value;
    else this.searchTimer = setTimeout(() => (this.q = this.query), SEARCH_DELAY);
  }

  private toggleCategory(id: string | null): void {
    const chosen = new Set(this.category.split(',').filter(Boolean));
    if (id === null) chosen.clear();
    else if (chosen.has(id)) chosen.delete(id);
    else chosen.add(id);
    this.category = [...chosen].join(',');
  }

  private async loadMore(): Promise<void> {
    const page = this.places.value;
    if (!page || !this.cursor || this.moreLoading) return;
    const generation = this.generation;
    this.moreAbort = new AbortController();
    this.moreLoading = true;
    this.moreError = null;
    const before = this.visible(page).length;
    try {
      const next = await this.client.places.nearby(
        { ...page.query, cursor: this.cursor },
        { signal: this.moreAbort.signal },
      );
      if (generation !== this.generation) return;
      this.more = [...this.more, ...next.items];
      this.cursor = next.nextCursor ?? null;
      if (this.last) this.last.more = this.more;
      // Keyboard and screen-reader users land on the first new place.
      if (this.visible(page).length > before) this.focusIndex = before;
    } catch (error) {
      if (generation === this.generation && (error as { name?: string }).name !== 'AbortError') {
        this.moreError = error;
        this.emitError(error);
      }
    } finally {
      if (generation === this.generation) this.moreLoading = false;
    }
  }

  private visible(page: ResultPage, more = this.more): NearbyPlace[] {
    const all = [...page.items, ...more];
    if (!this.openOnly) return all;
    const at = this.now ?? new Date();
    return all.filter((p) => this.statusOf(p, at).state === 'open');
  }

  // ---- Rendering ----

  protected override renderContent(): unknown {
    void this.tick; // re-render each minute so that "open now" stays true
    return html`${this.renderHeader()}${this.renderShared()}${this.renderBody()}`;
  }

  private unitInSentence(unit: Unit): string {
    if (this.config.locale !== 'vi') return unit.name;
    const type = this.t(`unitType.${unit.type}`);
    return unit.name.startsWith(type) ? `${unit.type}${unit.name.slice(type.length)}` : unit.name;
  }

  private originSentence(origin: NearbyOrigin | null): string {
    if (!origin) return this.t('nearbyPlaces.noFallback');
    if (origin.kind === 'device') return this.t('nearbyPlaces.nearDevice');
    if (origin.kind === 'point') return this.t('nearbyPlaces.nearPoint');
    return this.t('nearbyPlaces.nearUnit', { unit: this.unitInSentence(origin.unit) });
  }

  private positionSentence(origin: NearbyOrigin | null): string {
    const fallback = this.originSentence(origin);
    switch (this.geo) {
      case 'locating':
        return this.t('nearbyPlaces.locating');
      case 'denied':
        return this.t('nearbyPlaces.geoDenied', { fallback: withStop(fallback) });
      case 'unavailable':
        return this.t('nearbyPlaces.geoUnavailable', { fallback: withStop(fallback) });
      case 'outside':
        return this.t('nearbyPlaces.outsideCity', { fallback: withStop(fallback) });
      default:
        if (origin) return fallback;
        return this.meta.value || this.meta.error || !this.config.unit ? this.t('nearbyPlaces.choosePosition') : '';
    }
  }

  private renderHeader(): TemplateResult {
    const origin = this.origin;
    const units = this.meta.value?.units ?? [];
    const found = units.filter((u) => matchesSearch(u.name, this.unitQuery));
    return html`<div part="header" class="header">
      ${heading(this.headingLevel, 0, this.t('nearbyPlaces.title'), { class: 'title' })}
      <p part="position" class="position" role="status">${this.positionSentence(origin)}</p>
      <div class="where">
        <button
          part="locate-button"
          class="button secondary"
          type="button"
          ?disabled=${this.geo === 'locating'}
          @click=${() => this.locate()}
        >
          ${this.t('nearbyPlaces.useMyLocation')}
        </button>
        <details part="unit-picker" class="unit-picker" ?open=${!origin && this.geo !== 'locating' && units.length > 0}>
          <summary>${this.t('nearbyPlaces.otherUnit')}</summary>
          <label class="field">
            <span>${this.t('nearbyPlaces.unitSearch')}</span>
            <input
              type="search"
              autocomplete="off"
              .value=${this.unitQuery}
              @input=${(e: Event) => (this.unitQuery = (e.target as HTMLInputElement).value)}
            />
          </label>
          <label class="field">
            <span>${this.t('nearbyPlaces.unitSelect')}</span>
            <select
              @change=${(e: Event) => {
                const code = (e.target as HTMLSelectElement).value;
                if (!code) return;
                this.pickedUnit = code;
                this.device = null;
                this.geo = null;
              }}
            >
              <option value="" ?selected=${!found.some((u) => u.code === this.pickedUnit)}>
                ${this.t('nearbyPlaces.unitNone')}
              </option>
              ${found.map(
                (u) => html`<option value=${u.code} ?selected=${u.code === this.pickedUnit}>${u.name}</option>`,
              )}
            </select>
          </label>
        </details>
      </div>
    </div>`;
  }

  private renderControls(): TemplateResult {
    const categories = this.meta.value?.categories ?? [];
    const chosen = new Set(this.category.split(',').filter(Boolean));
    const radius = clampRadius(this.radius);
    const radii = RADII.includes(radius as (typeof RADII)[number]) ? RADII : [...RADII, radius].sort((a, b) => a - b);
    return html`<div part="controls" class="controls">
      <form role="search" class="search" @submit=${(e: Event) => (e.preventDefault(), this.search(this.query, true))}>
        <label class="field">
          <span>${this.t('nearbyPlaces.search')}</span>
          <input
            part="search"
            type="search"
            autocomplete="off"
            placeholder=${this.t('nearbyPlaces.searchPlaceholder')}
            .value=${this.query}
            @input=${(e: Event) => this.search((e.target as HTMLInputElement).value)}
          />
        </label>
      </form>
      ${
        categories.length
          ? html`<div class="chips" role="group" aria-label=${this.t('nearbyPlaces.categories')}>
              <button
                part="chip"
                class="chip"
                type="button"
                aria-pressed=${chosen.size === 0 ? 'true' : 'false'}
                @click=${() => this.toggleCategory(null)}
              >
                ${this.t('nearbyPlaces.allCategories')}
              </button>
              ${categories.map(
                (c) =>
                  html`<button
                    part="chip"
                    class="chip"
                    type="button"
                    data-category=${c.id}
                    aria-pressed=${chosen.has(c.id) ? 'true' : 'false'}
                    @click=${() => this.toggleCategory(c.id)}
                  >
                    ${localName(this.config.locale, c)}
                  </button>`,
              )}
            </div>`
          : nothing
      }
      <div class="row">
        <label class="check">
          <input
            part="open-now"
            type="checkbox"
            .checked=${this.openOnly}
            @change=${(e: Event) => (this.openOnly = (e.target as HTMLInputElement).checked)}
          />
          <span>${this.t('nearbyPlaces.openNow')}</span>
        </label>
        <label class="field inline">
          <span>${this.t('nearbyPlaces.radius')}</span>
          <select part="radius" @change=${(e: Event) => (this.radius = Number((e.target as HTMLSelectElement).value))}>
            ${radii.map((r) => html`<option value=${r} ?selected=${r === radius}>${this.formatDistance(r)}</option>`)}
          </select>
        </label>
        <div class="views" role="group" aria-label=${this.t('nearbyPlaces.view')}>
          ${(['list', 'map'] as const).map(
            (v) =>
              html`<button
                part="view-button"
                class="chip"
                type="button"
                data-view=${v}
                aria-pressed=${this.view === v ? 'true' : 'false'}
                @click=${() => (this.view = v)}
              >
                ${this.t(v === 'list' ? 'nearbyPlaces.viewList' : 'nearbyPlaces.viewMap')}
              </button>`,
          )}
        </div>
      </div>
    </div>`;
  }

  private renderShared(): unknown {
    if (!this.sharedId) return nothing;
    return this.shared.render({
      pending: () => this.renderLoading(2),
      complete: (place) =>
        place
          ? html`<section class="shared" aria-labelledby="shared-title">
              <div class="shared-head">
                ${heading(this.headingLevel, 1, this.t('nearbyPlaces.sharedPlace'), { id: 'shared-title' })}
                <button
                  class="link-button"
                  type="button"
                  @click=${() => {
                    this.hash.write({ place: undefined });
                    this.sharedId = null;
                  }}
                >
                  ${this.t('nearbyPlaces.close')}
                </button>
              </div>
              <p class="place-title">${place.name}</p>
              ${placeDetails(this.detailsContext, place, this.statusOf(place, this.now ?? new Date()), 'shared-details')}
            </section>`
          : nothing,
      error: () => nothing, // a stale or mistyped link: the list is still there
    });
  }

  private renderBody(): unknown {
    this.shown = [];
    if (!this.origin) {
      if (this.config.unit && !this.device && !this.meta.value) {
        return this.meta.render({
          pending: () => this.renderLoading(),
          initial: () => this.renderLoading(),
          error: (error) =>
            this.meta.aborted ? this.renderLoading() : this.renderError(error, () => void this.meta.run()),
          complete: () => nothing,
        });
      }
      return nothing; // the header asks for a position
    }
    return html`${this.renderControls()}
      <div class="main ${this.view === 'map' ? 'with-map' : ''}">
        ${this.view === 'map' ? this.renderMap() : nothing}
        <div class="results">
          ${this.places.render({
            initial: () => this.renderLoading(),
            pending: () => (this.places.value ? this.renderPage(this.places.value, true) : this.renderLoading()),
            complete: (page) => (page ? this.renderPage(page) : nothing),
            error: (error) =>
              this.places.aborted
                ? this.renderLoading()
                : html`${this.renderError(error, () => void this.places.run())}${
                    this.last ? this.renderPage(this.last, false, this.last.more) : nothing
                  }`,
          })}
        </div>
      </div>`;
  }

  /** The map view: the list's places and the search centre (see nearby-places.map.ts), once its code is here. */
  private renderMap(): TemplateResult {
    return html`<div part="map" class="map-area">
      ${
        this.mapPart
          ? this.mapPart.render()
          : this.mapError
            ? html`<div class="map-failed">
                ${this.renderError(this.mapError, () => {
                  this.mapError = null;
                })}
              </div>`
            : html`<div class="map-frame"><div class="map"></div></div>`
      }
    </div>`;
  }

  private renderPage(page: ResultPage, refreshing = false, more = this.more): TemplateResult {
    const at = this.now ?? new Date();
    const items = this.visible(page, more);
    this.shown = items;
    const radius = this.formatDistance(page.query.radius);
    const stale = this.offline || page !== this.places.value;
    const footer = html`${
      stale
        ? html`<p part="results-at" class="muted small">
            ${this.t('nearbyPlaces.resultsAt', {
              time: this.formatDate(page.at, { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit' }),
            })}
          </p>`
        : nothing
    }`;
    if (page.items.length === 0) {
      const wider = RADII.find((r) => r > page.query.radius);
      return html`<div class="empty-state">
          ${this.renderEmpty(
            this.t(page.query.q || page.query.category ? 'nearbyPlaces.emptySearch' : 'nearbyPlaces.emptyRadius', {
              radius,
            }),
          )}
          ${
            wider
              ? html`<button
                  part="widen-button"
                  class="button secondary"
                  type="button"
                  @click=${() => (this.radius = wider)}
                >
                  ${this.t('nearbyPlaces.widen', { radius: this.formatDistance(wider) })}
                </button>`
              : nothing
          }
        </div>
        ${footer}`;
    }
    const credits = new Set([...page.items, ...more].map((p) => p.source));
    return html`<p class="count muted small" aria-live="polite" aria-busy=${refreshing ? 'true' : 'false'}>
        ${this.t('nearbyPlaces.results', { count: items.length })}
      </p>
      ${items.length === 0 ? this.renderEmpty(this.t('nearbyPlaces.emptyOpen')) : nothing}
      ${
        items.length
          ? html`<ul part="list" class="list" aria-label=${this.t('nearbyPlaces.title')}>
              ${items.map((place) => this.renderPlace(place, at))}
            </ul>`
          : nothing
      }
      ${
        this.cursor
          ? html`<button
              part="more-button"
              class="button secondary more"
              type="button"
              ?disabled=${this.moreLoading}
              @click=${() => void this.loadMore()}
            >
              ${this.t(this.moreLoading ? 'nearbyPlaces.loadingMore' : 'nearbyPlaces.more')}
            </button>`
          : nothing
      }
      ${this.moreError ? html`<p class="error-message" role="alert">${this.errorMessage(this.moreError)}</p>` : nothing}
      ${footer}
      <p class="credits muted small">
        ${this.t('nearbyPlaces.source')}:
        ${
          credits.has('osm')
            ? credit(
                this.detailsContext,
                page.items.find((p) => p.source === 'osm') ?? (more.find((p) => p.source === 'osm') as Place),
              )
            : nothing
        }${credits.has('osm') && credits.has('sample') ? '; ' : ''}${
          credits.has('sample') ? this.t('nearbyPlaces.sampleCredit') : nothing
        }
      </p>`;
  }

  private hoursLine(status: OpeningHoursStatus): TemplateResult | typeof nothing {
    if (status.state === 'unknown') return nothing; // no hours, or unreadable: say nothing
    if (status.state === 'open') {
      const until = status.closesAt
        ? this.t('nearbyPlaces.closesAt', { time: status.closesAt.time })
        : this.t('nearbyPlaces.openAllDay');
      return html`<p part="hours" class="hours open" data-state="open">
        <strong>${this.t('nearbyPlaces.open')}</strong> · ${until}
      </p>`;
    }
    const next = status.opensAt;
    let when = '';
    if (next) {
      if (next.daysAhead === 0) when = this.t('nearbyPlaces.opensAt', { time: next.time });
      else if (next.daysAhead === 1) when = this.t('nearbyPlaces.opensTomorrow', { time: next.time });
      else {
        const day = this.weekdays[next.weekday] ?? '';
        when = this.t('nearbyPlaces.opensOn', {
          time: next.time,
          day: this.config.locale === 'vi' ? day.charAt(0).toLowerCase() + day.slice(1) : day,
        });
      }
    }
    return html`<p part="hours" class="hours closed" data-state="closed">
      <strong>${this.t('nearbyPlaces.closed')}</strong>${when ? ` · ${when}` : ''}
    </p>`;
  }

  private openPlace(place: Place): void {
    if (this.openId === place.id) {
      this.openId = null;
      return;
    }
    this.openId = place.id;
    this.emit(new ShpPlaceSelectEvent({ place }));
  }

  private renderPlace(place: NearbyPlace, at: Date): TemplateResult {
    const status = this.statusOf(place, at);
    const tel = telHref(place.phone);
    const open = this.openId === place.id;
    const detailsId = `details-${place.id}`;
    const category = this.meta.value?.categories.find((c) => c.id === place.categoryId);
    return html`<li part="place" class="place" data-id=${place.id}>
      <div class="place-row">
        <div class="place-main">
          ${heading(
            this.headingLevel,
            1,
            html`<button
              part="place-name"
              class="place-name"
              type="button"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${open ? detailsId : nothing}
              @click=${() => this.openPlace(place)}
            >
              ${place.name}
            </button>`,
            { class: 'place-heading' },
          )}
          <p class="place-meta">
            ${category ? html`<span class="category">${localName(this.config.locale, category)}</span> · ` : nothing}
            <span part="distance" class="distance"
              >${this.t('nearbyPlaces.distance', { distance: this.formatDistance(place.distanceMeters) })}</span
            >
          </p>
          ${this.hoursLine(status)}
        </div>
        ${
          tel
            ? html`<a
                part="call"
                class="call"
                href=${tel}
                aria-label=${this.t('nearbyPlaces.call', { name: place.name })}
                >${this.t('nearbyPlaces.callShort')}</a
              >`
            : nothing
        }
      </div>
      ${open ? placeDetails(this.detailsContext, place, status, detailsId) : nothing}
    </li>`;
  }
}

function clampRadius(radius: number): number {
  return Number.isFinite(radius) ? Math.min(50_000, Math.max(1, Math.round(radius))) : 2000;
}

/** Whether a point lies in the box around every commune of the city (Bạch Long Vĩ included). */
function insideCity(point: LatLon, units: readonly Unit[]): boolean {
  if (units.length === 0) return true;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const u of units) {
    const [w, s, e, n] = u.bbox;
    west = Math.min(west, w);
    south = Math.min(south, s);
    east = Math.max(east, e);
    north = Math.max(north, n);
  }
  return point.lon >= west && point.lon <= east && point.lat >= south && point.lat <= north;
}

const withStop = (sentence: string) => (/[.!?…]$/.test(sentence) ? sentence : `${sentence}.`);

import {
  placesResource,
  unitsResource,
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
import { PagedListController } from '../../internal/paged-list.js';
import { loadUnits } from '../../internal/shared-reads.js';
import { ShpElement } from '../../internal/shp-element.js';
import { INTL_LOCALE } from '../../translations/index.js';
import { openingHoursAt } from './opening-hours.js';
import { clampRadius, controlsPart, toggleCategory } from './parts/controls.js';
import { listPart, type ResultPage } from './parts/list.js';
import { originPart, unitInSentence } from './parts/origin.js';
import { sharedPart } from './parts/shared.js';
import type { DirectionsProvider } from './place-links.js';
import type { NearbyContext } from './nearby-places.context.js';
import { OriginController, type NearbyOrigin } from './origin.controller.js';
import { nearbyPlacesStrings } from './nearby-places.translations.js';
import { styles } from './nearby-places.styles.js';
import type { NearbyMap } from './nearby-places.map.js';
import { MapViewController } from './map-view.controller.js';

/** How long typing pauses before the search is sent, ms. */
const SEARCH_DELAY = 300;

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

  @state() private openOnly = false;
  @state() private query = '';
  @state() private q = '';
  @state() private openId: string | null = null;
  @state() private sharedId: string | null = null;
  @state() private copiedId: string | null = null;
  @state() private tick = 0;
  /** The places the list shows in this render: the map shows exactly these. */
  private shown: NearbyPlace[] = [];

  private last: (ResultPage & { more: NearbyPlace[] }) | null = null;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private clockTimer: ReturnType<typeof setInterval> | undefined;
  private focusIndex: number | null = null;

  private readonly hash = new HashStateController(this, (values) => {
    this.sharedId = values.get('place') ?? null;
  });

  /** Where the citizen is: the device (on request), a picked commune, the page's point or unit. */
  private readonly where = new OriginController(this, {
    units: () => this.meta.value?.units,
    pagePoint: () => ({ lat: this.lat, lon: this.lon }),
    pageUnit: () => this.config.unit,
  });

  private readonly meta = new ShpDataTask(this, {
    task: async ([client], { signal }): Promise<{ units: Unit[]; categories: PlaceCategory[] }> => {
      const [units, categories] = await Promise.all([
        loadUnits(client, signal), // shared with the page's other widgets: one request
        client.places.categories({ signal }),
      ]);
      return { units, categories: categories.items };
    },
    args: () => [this.client] as const,
  });

  private readonly places = new ShpDataTask(this, {
    task: async ([client, lat, lon, radius, category, q, limit], { signal }): Promise<ResultPage | null> => {
      this.pager.clear();
      if (lat === undefined || lon === undefined) return null;
      const query = { lat, lon, radius, limit, ...(category ? { category } : {}), ...(q ? { q } : {}) };
      const page = await client.places.nearby(query, { signal });
      const result = { items: page.items, nextCursor: page.nextCursor ?? null, at: new Date(), query };
      this.pager.cursor = result.nextCursor; // "Xem thêm" goes on from here
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

  /**
   * "Xem thêm": the pages after the first. The first is the `places` task's (its loading, error
   * and offline states, the last answer kept under an error); a new one forgets these.
   */
  private readonly pager = new PagedListController<NearbyPlace>(this, {
    load: (cursor, signal) =>
      this.client.places.nearby({ ...this.places.value!.query, ...(cursor ? { cursor } : {}) }, { signal }),
    onError: (error) => this.emitError(error),
  });

  /** The map view (`view="map"`): the list's places and the search centre, its code loaded when first shown. */
  private readonly mapView = new MapViewController(this, {
    categories: () => this.meta.value?.categories ?? [],
    // Selected as in the list, but never toggled closed (the map module then focuses it there).
    onSelect: (place) => {
      if (this.openId !== place.id) this.openPlace(place);
    },
    radius: () => clampRadius(this.radius),
    onError: (error) => this.emitError(error),
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
  }

  /**
   * Where distances are measured from: the device (shared on request), a commune the citizen
   * picked, the page's `lat`/`lon`, else the page's `unit`. Null while none is known (or the
   * communes are still loading).
   */
  get origin(): NearbyOrigin | null {
    return this.where.origin;
  }

  /** The map view's maplibre map, once shown and loaded. */
  get map(): NearbyMap['map'] {
    return this.mapView.map;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const origin = this.view === 'map' ? this.origin : null;
    if (origin) {
      const { kind, point } = origin;
      const unitName = origin.kind === 'unit' ? { unitName: unitInSentence(this.context, origin.unit) } : {};
      this.mapView.sync({ kind, point, ...unitName }, this.shown, this.openId);
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
    this.where.locate();
  }

  /** What the parts read: the element's words, formats and states, the categories, the details' links. */
  private get context(): NearbyContext {
    const f = new Intl.DateTimeFormat(INTL_LOCALE[this.config.locale], { weekday: 'long', timeZone: 'UTC' });
    return {
      locale: this.config.locale,
      headingLevel: this.headingLevel,
      categories: this.meta.value?.categories ?? [],
      t: (key, params) => this.t(key, params),
      formatDistance: (meters) => this.formatDistance(meters),
      formatDate: (value, options) => this.formatDate(value, options),
      renderEmpty: (message) => this.renderEmpty(message),
      errorMessage: (error) => this.errorMessage(error),
      statusOf: (place, at) => openingHoursAt(place.openingHours, at),
      weekdays: Array.from({ length: 7 }, (_, k) => f.format(Date.UTC(2024, 0, 1 + k))), // 2024-01-01: a Monday
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

  /** The next page; keyboard and screen-reader users land on its first place shown. */
  private async loadMore(): Promise<void> {
    const page = this.places.value;
    if (!page || !this.pager.hasMore || this.pager.busy) return;
    const before = this.visible(page).length;
    if (!(await this.pager.more())) return;
    if (this.last) this.last.more = this.pager.items;
    if (this.visible(page).length > before) this.focusIndex = before;
    this.requestUpdate();
  }

  private visible(page: ResultPage, more = this.pager.items): NearbyPlace[] {
    const all = [...page.items, ...more];
    if (!this.openOnly) return all;
    const at = this.now ?? new Date();
    return all.filter((p) => openingHoursAt(p.openingHours, at).state === 'open');
  }

  private openPlace(place: Place): void {
    if (this.openId === place.id) {
      this.openId = null;
      return;
    }
    this.openId = place.id;
    this.emit(new ShpPlaceSelectEvent({ place }));
  }

  // ---- Rendering ----

  protected override renderContent(): unknown {
    void this.tick; // re-render each minute so that "open now" stays true
    const ctx = this.context;
    // Ask for a position once the communes are in (or failed), or when the page names no commune.
    const ask = !!(this.meta.value || this.meta.error || !this.config.unit);
    return html`${originPart(ctx, this.where, this.meta.value?.units ?? [], ask)}${this.renderShared(ctx)}${this.renderBody(ctx)}`;
  }

  private renderShared(ctx: NearbyContext): unknown {
    if (!this.sharedId) return nothing;
    return this.shared.render({
      pending: () => this.renderLoading(2),
      complete: (place) =>
        place
          ? sharedPart(ctx, place, this.now ?? new Date(), () => {
              this.hash.write({ place: undefined });
              this.sharedId = null;
            })
          : nothing,
      error: () => nothing, // a stale or mistyped link: the list is still there
    });
  }

  private renderBody(ctx: NearbyContext): unknown {
    this.shown = [];
    if (!this.origin) {
      if (this.config.unit && !this.where.device && !this.meta.value) {
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
    return html`${controlsPart(ctx, {
        query: this.query,
        category: this.category,
        openOnly: this.openOnly,
        radius: this.radius,
        view: this.view,
        onSearch: (value, now) => this.search(value, now),
        onCategory: (id) => (this.category = toggleCategory(this.category, id)),
        onOpenOnly: (value) => (this.openOnly = value),
        onRadius: (radius) => (this.radius = radius),
        onView: (view) => (this.view = view),
      })}
      <div class="main ${this.view === 'map' ? 'with-map' : ''}">
        ${this.view === 'map' ? this.mapView.render((error, retry) => this.renderError(error, retry)) : nothing}
        <div class="results">
          ${this.places.render({
            initial: () => this.renderLoading(),
            pending: () => (this.places.value ? this.renderPage(ctx, this.places.value, true) : this.renderLoading()),
            complete: (page) => (page ? this.renderPage(ctx, page) : nothing),
            error: (error) =>
              this.places.aborted
                ? this.renderLoading()
                : html`${this.renderError(error, () => void this.places.run())}${
                    this.last ? this.renderPage(ctx, this.last, false, this.last.more) : nothing
                  }`,
          })}
        </div>
      </div>`;
  }

  private renderPage(
    ctx: NearbyContext,
    page: ResultPage,
    refreshing = false,
    more = this.pager.items,
  ): TemplateResult {
    const items = this.visible(page, more);
    this.shown = items;
    return listPart(ctx, {
      page,
      more,
      items,
      at: this.now ?? new Date(),
      refreshing,
      stale: this.offline || page !== this.places.value,
      openId: this.openId,
      hasMore: this.pager.hasMore,
      moreLoading: this.pager.busy,
      moreError: this.pager.state === 'error' ? this.pager.error : null,
      onOpen: (place) => this.openPlace(place),
      onWiden: (radius) => (this.radius = radius),
      onMore: () => void this.loadMore(),
    });
  }
}

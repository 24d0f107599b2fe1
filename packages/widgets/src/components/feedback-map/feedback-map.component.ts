import { loadReferenceData } from '../../internal/reference-data.js';
import {
  configResource,
  feedbackResource,
  unitsResource,
  type BBox,
  type Config,
  type Feedback,
  type FeedbackCategory,
  type FeedbackClusterItem,
  type FeedbackClusters,
  type FeedbackFilters,
  type FeedbackStatus,
  type FeedbackSummary,
  type Unit,
} from '@smart-haiphong/sdk';
import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ShpFeedbackMapPickEvent } from '../../events/shp-feedback-map-pick.js';
import { HashStateController } from '../../internal/hash-state.js';
import { heading } from '../../internal/heading.js';
import { lazy } from '../../internal/lazy.js';
import { useResources } from '../../internal/client.js';
import { ShpDataTask } from '../../internal/data-task.js';
import { loadMapEngine } from '../../internal/map-loader.js';
import { ShpElement } from '../../internal/shp-element.js';
import { feedbackMapStrings } from './feedback-map.translations.js';
import type { FeedbackMapView, MapViewState } from './feedback-map.view.js';
import { statusLook, statusSymbol, statusSymbolMarkup } from './feedback-map.status.js';
import { styles } from './feedback-map.styles.js';
import { localName } from '../../translations/index.js';

/** What the element loads once: the deployment's settings and the data behind filters and labels. */
export interface FeedbackMapMeta {
  config: Config;
  statuses: FeedbackStatus[];
  categories: FeedbackCategory[];
  units: Unit[];
  /** The unit the element is scoped to, if any. */
  unit: Unit | undefined;
}

const PAGE_SIZE = 20;

/** The mainland and Cát Bà: the city's own box also holds Bạch Long Vĩ, 130 km out to sea. */
const CITY_FRAME: BBox = [105.95, 20.62, 107.12, 21.1];

/** `YYYY-MM-DD` in Vietnam, `months` months ago. */
function monthsAgo(months: number, now = new Date()): string {
  const d = new Date(now);
  d.setMonth(d.getMonth() - months);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(d);
}

const isAbort = (error: unknown) => (error as { name?: string } | null)?.name === 'AbortError';

/** The map engine's module, loaded only when the element becomes visible. Replaceable in tests. */
export const mapViewModule = {
  load: () => lazy('map-view', () => import('./feedback-map.view.js')),
};

/**
 * The public map of citizens' feedback (phản ánh kiến nghị) and the authorities'
 * answers. Clusters come from the API per map view, so what a view downloads is bounded
 * by the view, not by how many reports exist; single reports are pins coloured and shaped
 * by status. A list of the reports in the view, kept in step with the map, is a complete
 * keyboard and screen-reader alternative. A report opens in a panel with its timeline,
 * answer and photos. "Phản ánh tại đây" lets a citizen pick a point for the feedback form.
 *
 * The map engine (maplibre-gl) is downloaded only when the element scrolls into view.
 * Without a tile server (`mapStyleUrl` null in config) the map draws Hải Phòng's land from
 * the deployment's `basemapUrl` GeoJSON; markers and counts never need remote fonts.
 *
 * @tag shp-feedback-map
 * @summary A map and list of citizens' feedback with the authorities' answers.
 *
 * @attr unit - Scopes the map, the list and the filters to one commune, ward or special zone, and frames it.
 * @attr map-style - A MapLibre style URL. Default: the deployment's `mapStyleUrl`, else the offline basemap.
 * @attr category - Category id to show (empty: all).
 * @attr status - Status code to show (empty: all).
 * @attr from - Earliest creation date, `YYYY-MM-DD`. Default: six months ago. Empty: no limit.
 * @attr to - Latest creation date, `YYYY-MM-DD`. Empty: no limit.
 * @attr sync-url - Keeps the view (centre, zoom, filters, open report) in the page's URL hash, to share and bookmark it.
 *
 * @fires {ShpFeedbackMapPickEvent} shp-feedback-map-pick - The citizen picked a point with "Phản ánh tại đây": `{ lat, lon, unitCode }`.
 * @fires {ShpErrorEvent} shp-error - Loading data failed.
 *
 * @csspart filters - The filter form.
 * @csspart map - The map container (the canvas inside is focusable and keyboard-pannable).
 * @csspart cluster - A cluster marker (a button with its count).
 * @csspart pin - A single report's marker (a button).
 * @csspart legend - The status legend.
 * @csspart pick-button - The "Phản ánh tại đây" button.
 * @csspart list - The list of reports in the view.
 * @csspart item - One report in the list (a button).
 * @csspart load-more - The button that loads more reports into the list.
 * @csspart panel - A report's detail panel.
 * @csspart viewer - The full-screen photo viewer (a modal dialog).
 *
 * @cssprop --shp-feedback-map-height - Height of the map. Default: 360px.
 * @cssprop --shp-feedback-map-cluster-color - Cluster circles. Default: `--shp-color-primary`.
 */
export class ShpFeedbackMap extends ShpElement {
  static override styles: CSSResultGroup = [ShpElement.styles, styles];
  static override strings = [feedbackMapStrings];

  static {
    useResources({ config: configResource, units: unitsResource, feedback: feedbackResource });
  }

  /** A MapLibre style URL; empty: the deployment's `mapStyleUrl`, else the offline basemap. */
  @property({ attribute: 'map-style' }) mapStyle?: string;

  /** Category id to show; empty: all. */
  @property() category = '';

  /** Status code to show; empty: all. */
  @property() status = '';

  /** Earliest creation date (`YYYY-MM-DD`); undefined: six months ago; empty: no limit. */
  @property() from?: string;

  /** Latest creation date (`YYYY-MM-DD`); empty: no limit. */
  @property() to = '';

  /** Mirror the view, filters and open report in `location.hash`. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  @state() private mapState: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private clustersError: unknown = null;
  @state() private clusterTotal: number | undefined;
  @state() private viewState: MapViewState | undefined;
  @state() private listItems: FeedbackSummary[] = [];
  @state() private listTotal: number | undefined;
  @state() private listCursor: string | null = null;
  @state() private listState: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private listError: unknown = null;
  @state() private report: Feedback | undefined;
  @state() private reportState: 'idle' | 'loading' | 'error' = 'idle';
  @state() private reportError: unknown = null;
  @state() private photoIndex = -1;
  @state() private picking = false;
  @state() private announcement = '';

  @query('.map') private mapContainer?: HTMLElement;
  @query('dialog.viewer') private viewer?: HTMLDialogElement;

  private mapView: FeedbackMapView | undefined;
  private observer: IntersectionObserver | undefined;
  private listController: AbortController | undefined;
  private reportController: AbortController | undefined;
  private opener: HTMLElement | undefined;
  private fromHash: { lat: number; lon: number; zoom: number } | undefined;
  private pendingReport: string | undefined;
  private seenMeta: FeedbackMapMeta | undefined;

  /** The maplibre map, once the element has been shown and the engine loaded. */
  get map(): FeedbackMapView['map'] | undefined {
    return this.mapView?.map;
  }

  private readonly hash = new HashStateController(this);

  private readonly meta = new ShpDataTask(this, {
    task: async ([client, unitRef], { signal }): Promise<FeedbackMapMeta> => {
      const { config, statuses, categories, units } = await loadReferenceData(
        client,
        ['config', 'statuses', 'categories', 'units'],
        signal,
      );
      let unit: Unit | undefined;
      if (unitRef) {
        unit = units.find((u) => u.code === unitRef || u.slug === unitRef);
        // Unknown to the list: ask the API, whose 404 becomes the error state.
        unit ??= await client.units.get(unitRef, { signal });
      }
      return { config, statuses, categories, units, unit };
    },
    args: () => [this.client, this.config.unit] as const,
  });

  /** The filters in effect, in the SDK's shape. */
  get filters(): FeedbackFilters {
    const from = this.from === undefined ? monthsAgo(6) : this.from;
    const unit = this.meta.value?.unit?.code;
    return {
      ...(this.category ? { category: this.category } : {}),
      ...(this.status ? { status: this.status } : {}),
      ...(from ? { from } : {}),
      ...(this.to ? { to: this.to } : {}),
      ...(unit ? { unit } : {}),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.readHash();
    // Put back on the page: render, so that the map is observed (and the list loaded) again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
    this.listController?.abort();
    this.listController = undefined;
    if (this.listState === 'loading') this.listState = 'idle';
    this.reportController?.abort();
    this.mapView?.destroy();
    this.mapView = undefined;
    if (this.mapState !== 'error') this.mapState = 'idle';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl') && this.syncUrl && !changed.get('syncUrl')) this.readHash();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The meta task finished or filters changed: reload what depends on them.
    const filterChanged = ['category', 'status', 'from', 'to'].some((k) =>
      (changed as Map<PropertyKey, unknown>).has(k),
    );
    const meta = this.meta.value;
    // New settings, unit or client (the meta task ran again): frame the unit and start over.
    const metaChanged = meta !== undefined && meta !== this.seenMeta;
    if (metaChanged && this.seenMeta && this.mapView) this.mapView.fitBounds(meta.unit?.bbox ?? CITY_FRAME);
    if (metaChanged) this.seenMeta = meta;
    if (meta && (filterChanged || metaChanged || (this.listState === 'idle' && !this.listController))) {
      this.mapView?.setFilterKey(JSON.stringify(this.filters));
      void this.loadList();
      if (this.pendingReport) {
        const id = this.pendingReport;
        this.pendingReport = undefined;
        void this.openReport(id);
      }
    }
    if (filterChanged) this.writeHash();
    this.observeMap();
  }

  // ---- Map -------------------------------------------------------------------------

  /** Starts the map when its container first comes into view. */
  private observeMap(): void {
    const container = this.mapContainer;
    if (!container || this.observer || this.mapState !== 'idle') return;
    this.observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.observer?.disconnect();
      this.observer = undefined;
      void this.startMap(container);
    });
    this.observer.observe(container);
  }

  private async startMap(container: HTMLElement): Promise<void> {
    const meta = this.meta.value;
    if (!meta || this.mapState === 'loading' || this.mapState === 'ready') return;
    this.mapState = 'loading';
    try {
      // The engine is loaded here, not by the view module, so that the lazy view chunk
      // imports nothing the core also has (a shared chunk would cost a round trip).
      const [{ FeedbackMapView }, maplibre] = await Promise.all([
        mapViewModule.load(),
        loadMapEngine(this.shadowRoot!),
      ]);
      if (!this.isConnected || container !== this.mapContainer) return;
      const styleUrl = this.mapStyle?.trim() || meta.config.mapStyleUrl;
      this.mapView = FeedbackMapView.create(maplibre, {
        container,
        styleUrl: styleUrl || null,
        basemapUrl: meta.config.basemapUrl ?? null,
        attribution: meta.config.attribution,
        bounds: meta.unit?.bbox ?? CITY_FRAME,
        center: this.fromHash,
        strings: {
          'Map.Title': this.t('feedbackMap.mapLabel'),
          'NavigationControl.ZoomIn': this.t('feedbackMap.zoomIn'),
          'NavigationControl.ZoomOut': this.t('feedbackMap.zoomOut'),
          'NavigationControl.ResetBearing': this.t('feedbackMap.resetBearing'),
        },
        loadClusters: (bbox, zoom, signal) =>
          this.client.feedback.clusters({ ...this.filters, bbox, zoom }, { signal }),
        markerElement: (item) => this.markerElement(item),
        onReport: (id, opener) => void this.openReport(id, opener),
        onView: (view) => this.onView(view),
        onClusters: (error, result) => this.onClusters(error, result),
        onPick: (lat, lon) => this.pick(lat, lon),
      });
      this.mapView.setFilterKey(JSON.stringify(this.filters));
      this.mapState = 'ready';
    } catch (error) {
      this.mapState = 'error';
      this.emitError(error);
    }
  }

  private retryMap(): void {
    this.mapState = 'idle';
    this.observer = undefined;
    this.requestUpdate();
  }

  private markerElement(item: FeedbackClusterItem): HTMLElement {
    const button = document.createElement('button');
    button.type = 'button';
    if (item.kind === 'cluster') {
      button.setAttribute('part', 'cluster');
      button.className = 'cluster';
      button.textContent = this.formatNumber(item.count, { notation: item.count >= 10_000 ? 'compact' : 'standard' });
      button.setAttribute('aria-label', this.t('feedbackMap.cluster', { count: item.count }));
      const size = Math.round(28 + Math.min(24, Math.log10(item.count) * 8));
      button.style.setProperty('--_size', `${size}px`);
    } else {
      const meta = this.meta.value;
      const status = meta?.statuses.find((s) => s.code === item.status);
      const look = statusLook(status, item.status);
      button.setAttribute('part', 'pin');
      button.className = look.closed ? 'pin closed' : 'pin';
      button.dataset['status'] = item.status;
      button.dataset['id'] = item.id;
      button.innerHTML = statusSymbolMarkup(look);
      button.setAttribute(
        'aria-label',
        this.t('feedbackMap.pin', {
          status: this.statusName(item.status),
          category: this.categoryName(item.categoryId),
        }),
      );
    }
    return button;
  }

  private onView(view: MapViewState): void {
    const previous = this.viewState;
    this.viewState = view;
    this.writeHash();
    if (previous && previous.bbox.join() === view.bbox.join()) return;
    if (this.meta.value) void this.loadList();
  }

  private onClusters(error: unknown, result?: FeedbackClusters): void {
    this.clustersError = error;
    this.clusterTotal = result?.total;
    if (error && !isAbort(error)) this.emitError(error);
  }

  // ---- List ------------------------------------------------------------------------

  private listBBox(): BBox | undefined {
    return this.viewState?.bbox ?? this.meta.value?.unit?.bbox;
  }

  private async loadList(more = false): Promise<void> {
    this.listController?.abort();
    const controller = (this.listController = new AbortController());
    const bbox = this.listBBox();
    this.listState = 'loading';
    try {
      const page = await this.client.feedback.list(
        {
          ...this.filters,
          ...(bbox ? { bbox } : {}),
          limit: PAGE_SIZE,
          ...(more && this.listCursor ? { cursor: this.listCursor } : {}),
        },
        { signal: controller.signal },
      );
      if (controller.signal.aborted) return;
      const firstNew = more ? this.listItems.length : 0;
      this.listItems = more ? [...this.listItems, ...page.items] : page.items;
      this.listCursor = page.nextCursor;
      this.listTotal = page.total ?? (page.nextCursor ? undefined : this.listItems.length);
      this.listState = 'ready';
      this.listError = null;
      this.announcement = this.t('feedbackMap.listCount', { count: this.listTotal ?? this.listItems.length });
      if (more) {
        await this.updateComplete;
        this.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"]')[firstNew]?.focus();
      }
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return;
      this.listState = 'error';
      this.listError = error;
      this.emitError(error);
    }
  }

  // ---- Report panel ----------------------------------------------------------------

  /** Opens a report's detail panel (by id or tracking code). */
  async openReport(id: string, opener?: HTMLElement): Promise<void> {
    this.reportController?.abort();
    const controller = (this.reportController = new AbortController());
    this.opener = opener ?? (this.shadowRoot?.activeElement as HTMLElement | null) ?? undefined;
    this.reportState = 'loading';
    this.report = undefined;
    try {
      const report = await this.client.feedback.get(id, { signal: controller.signal });
      if (controller.signal.aborted) return;
      this.report = report;
      this.reportState = 'idle';
      this.writeHash();
      await this.updateComplete;
      this.shadowRoot!.querySelector<HTMLElement>('.panel-title')?.focus();
    } catch (error) {
      if (controller.signal.aborted || isAbort(error)) return;
      this.reportState = 'error';
      this.reportError = error;
      this.emitError(error);
    }
  }

  /** Closes the panel and gives focus back to what opened it. */
  closeReport(): void {
    this.reportController?.abort();
    this.report = undefined;
    this.reportState = 'idle';
    this.writeHash();
    const opener = this.opener;
    this.opener = undefined;
    void this.updateComplete.then(() => {
      // The list was re-rendered while the panel was open: find the opener's item again.
      const id = opener?.dataset['id'];
      const again = id
        ? this.shadowRoot?.querySelector<HTMLElement>(`[part~="item"][data-id="${CSS.escape(id)}"]`)
        : null;
      (opener?.isConnected
        ? opener
        : (again ?? this.shadowRoot?.querySelector<HTMLElement>('[part~="item"]'))
      )?.focus();
    });
  }

  private shareUrl(report: Feedback): string {
    return this.hash.link({ report: report.id });
  }

  // ---- Pick ------------------------------------------------------------------------

  private pick(lat: number, lon: number): void {
    const meta = this.meta.value;
    let unitCode: string | null = meta?.unit?.code ?? null;
    if (!unitCode && meta) {
      const k = Math.cos((lat * Math.PI) / 180);
      let best = Infinity;
      for (const u of meta.units) {
        const d = ((u.centroid.lon - lon) * k) ** 2 + (u.centroid.lat - lat) ** 2;
        if (d < best) [best, unitCode] = [d, u.code];
      }
    }
    const fix = (v: number) => Number(v.toFixed(6));
    this.picking = false;
    if (this.mapView) this.mapView.pickMode = false;
    this.announcement = this.t('feedbackMap.picked', { lat: lat.toFixed(5), lon: lon.toFixed(5) });
    this.emit(new ShpFeedbackMapPickEvent({ lat: fix(lat), lon: fix(lon), unitCode }));
  }

  private setPicking(on: boolean): void {
    this.picking = on;
    if (this.mapView) this.mapView.pickMode = on;
    if (on) this.announcement = this.t('feedbackMap.pickHint');
  }

  private pickCentre(): void {
    const c = this.mapView?.map.getCenter();
    if (c) this.pick(c.lat, c.lng);
  }

  // ---- URL hash --------------------------------------------------------------------

  private readHash(): void {
    const params = this.hash.read();
    const map = params.get('map')?.split('/').map(Number);
    if (map?.length === 3 && map.every(Number.isFinite)) {
      this.fromHash = { zoom: map[0]!, lat: map[1]!, lon: map[2]! };
    }
    for (const key of ['category', 'status', 'from', 'to'] as const) {
      const value = params.get(key);
      if (value !== undefined) this[key] = value;
    }
    const report = params.get('report');
    if (report) this.pendingReport = report;
  }

  private writeHash(): void {
    if (!this.syncUrl) return;
    const v = this.viewState;
    this.hash.write({
      map: v ? `${v.zoom.toFixed(2)}/${v.center.lat.toFixed(5)}/${v.center.lon.toFixed(5)}` : undefined,
      category: this.category || undefined,
      status: this.status || undefined,
      // An empty `from` means "all dates" (not the default six months): it is kept.
      from: this.from,
      to: this.to || undefined,
      report: this.report?.id,
    });
  }

  // ---- Rendering -------------------------------------------------------------------

  private statusName(code: string): string {
    const s = this.meta.value?.statuses.find((x) => x.code === code);
    return s ? localName(this.config.locale, s) : code;
  }

  private categoryName(id: string): string {
    const c = this.meta.value?.categories.find((x) => x.id === id);
    return c ? localName(this.config.locale, c) : id;
  }

  private unitName(code: string): string {
    return this.meta.value?.units.find((u) => u.code === code)?.name ?? code;
  }

  protected override renderContent(): unknown {
    return this.meta.render({
      initial: () => this.renderLoading(),
      pending: () => (this.meta.value ? this.renderMain(this.meta.value) : this.renderLoading()),
      complete: (meta) => this.renderMain(meta),
      error: (error) =>
        this.meta.aborted ? this.renderLoading() : this.renderError(error, () => void this.meta.run()),
    });
  }

  private renderMain(meta: FeedbackMapMeta): TemplateResult {
    return html`<div class="layout">
      ${this.renderFilters(meta)}
      <div class="map-area">
        <div class="map-frame">
          <div part="map" class="map ${this.picking ? 'picking' : ''}"></div>
          ${this.renderMapOverlay()}
        </div>
        ${this.renderMapTools(meta)}
      </div>
      <div class="side">${this.report || this.reportState !== 'idle' ? this.renderPanel() : this.renderList()}</div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.renderViewer()}
    </div>`;
  }

  private renderFilters(meta: FeedbackMapMeta): TemplateResult {
    const groups = new Map<string, FeedbackCategory[]>();
    for (const c of meta.categories) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
    const onChange = (key: 'category' | 'status' | 'from' | 'to') => (event: Event) => {
      this[key] = (event.target as HTMLInputElement | HTMLSelectElement).value;
    };
    const id = (name: string) => `shp-fm-${name}`;
    return html`<form
      part="filters"
      class="filters"
      aria-label=${this.t('feedbackMap.filters')}
      @submit=${(e: Event) => e.preventDefault()}
    >
      <div class="field">
        <label for=${id('category')}>${this.t('feedbackMap.category')}</label>
        <select id=${id('category')} name="category" .value=${this.category} @change=${onChange('category')}>
          <option value="" ?selected=${!this.category}>${this.t('feedbackMap.all')}</option>
          ${[...groups.values()].map(
            (list) =>
              html`<optgroup
                label=${localName(this.config.locale, { name: list[0]!.groupName, nameEn: list[0]!.groupNameEn })}
              >
                ${list.map(
                  (c) =>
                    html`<option value=${c.id} ?selected=${c.id === this.category}>
                      ${localName(this.config.locale, c)}
                    </option>`,
                )}
              </optgroup>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for=${id('status')}>${this.t('feedbackMap.status')}</label>
        <select id=${id('status')} name="status" .value=${this.status} @change=${onChange('status')}>
          <option value="" ?selected=${!this.status}>${this.t('feedbackMap.all')}</option>
          ${meta.statuses.map(
            (s) =>
              html`<option value=${s.code} ?selected=${s.code === this.status}>
                ${localName(this.config.locale, s)}
              </option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for=${id('from')}>${this.t('feedbackMap.from')}</label>
        <input id=${id('from')} name="from" type="date" .value=${this.filters.from ?? ''} @change=${onChange('from')} />
      </div>
      <div class="field">
        <label for=${id('to')}>${this.t('feedbackMap.to')}</label>
        <input id=${id('to')} name="to" type="date" .value=${this.to} @change=${onChange('to')} />
      </div>
      <button
        class="button secondary"
        type="button"
        @click=${() => {
          this.category = '';
          this.status = '';
          this.from = undefined;
          this.to = '';
        }}
      >
        ${this.t('feedbackMap.resetFilters')}
      </button>
    </form>`;
  }

  private renderMapOverlay(): TemplateResult | typeof nothing {
    if (this.mapState === 'error') {
      return html`<div class="overlay" role="alert">
        <p>${this.t('feedbackMap.mapError')}</p>
        <button class="button" type="button" @click=${() => this.retryMap()}>${this.t('state.retry')}</button>
      </div>`;
    }
    if (this.mapState !== 'ready') {
      return html`<div class="overlay muted" aria-hidden="true"><p>${this.t('feedbackMap.mapLoading')}</p></div>`;
    }
    if (this.clustersError) {
      return html`<div class="banner" role="alert">
        <span>${this.t('feedbackMap.clustersError')}</span>
        <button class="button" type="button" @click=${() => this.mapView?.load()}>${this.t('state.retry')}</button>
      </div>`;
    }
    if (this.picking) return html`<div class="crosshair" aria-hidden="true"></div>`;
    return nothing;
  }

  private renderMapTools(meta: FeedbackMapMeta): TemplateResult {
    return html`<div class="tools">
      ${
        this.mapState === 'ready'
          ? this.picking
            ? html`<div class="pick" role="group" aria-label=${this.t('feedbackMap.pick')}>
                <p class="hint">${this.t('feedbackMap.pickHint')}</p>
                <button part="pick-centre-button" class="button" type="button" @click=${() => this.pickCentre()}>
                  ${this.t('feedbackMap.pickCentre')}
                </button>
                <button class="button secondary" type="button" @click=${() => this.setPicking(false)}>
                  ${this.t('feedbackMap.pickCancel')}
                </button>
              </div>`
            : html`<button part="pick-button" class="button" type="button" @click=${() => this.setPicking(true)}>
                ${this.t('feedbackMap.pick')}
              </button>`
          : nothing
      }
      <ul part="legend" class="legend" aria-label=${this.t('feedbackMap.legend')}>
        ${meta.statuses.map(
          (s) =>
            html`<li>${statusSymbol(statusLook(s, s.code), 16)}<span>${localName(this.config.locale, s)}</span></li>`,
        )}
        <li>
          <span class="cluster-sample" aria-hidden="true">12</span><span>${this.t('feedbackMap.legendCluster')}</span>
        </li>
      </ul>
    </div>`;
  }

  private renderList(): TemplateResult {
    const count = this.listTotal ?? this.listItems.length;
    let body: unknown;
    if (this.listState === 'error') {
      body = this.renderError(this.listError, () => void this.loadList());
    } else if (this.listState !== 'ready' && this.listItems.length === 0) {
      body = this.renderLoading(4);
    } else if (this.listItems.length === 0) {
      body = this.renderEmpty(this.t('feedbackMap.noReports'));
    } else {
      body = html`<ul
          part="list"
          class="list"
          aria-label=${this.t('feedbackMap.list')}
          aria-busy=${this.listState === 'loading' ? 'true' : 'false'}
        >
          ${this.listItems.map((item) => this.renderItem(item))}
        </ul>
        ${
          this.listCursor
            ? html`<button
                part="load-more"
                class="button secondary load-more"
                type="button"
                ?disabled=${this.listState === 'loading'}
                @click=${() => void this.loadList(true)}
              >
                ${this.t('feedbackMap.loadMore')}
                <span class="muted">(${this.t('feedbackMap.listShown', { shown: this.listItems.length, count })})</span>
              </button>`
            : nothing
        }`;
    }
    return html`<section class="list-section" aria-labelledby="shp-fm-list-title">
      ${heading(
        this.headingLevel,
        0,
        html`${this.t('feedbackMap.list')}
        ${this.listState === 'ready' ? html`<span class="count">${this.t('feedbackMap.listCount', { count })}</span>` : nothing}`,
        { id: 'shp-fm-list-title', class: 'section-title' },
      )}
      ${body}
    </section>`;
  }

  private renderItem(item: FeedbackSummary): TemplateResult {
    const status = this.meta.value?.statuses.find((s) => s.code === item.status);
    const look = statusLook(status, item.status);
    return html`<li>
      <button
        part="item"
        class="item ${look.closed ? 'closed' : ''}"
        type="button"
        data-id=${item.id}
        @click=${(e: Event) => void this.openReport(item.id, e.currentTarget as HTMLElement)}
      >
        <span class="item-title">${item.title}</span>
        <span class="item-meta">
          <span class="status-badge">${statusSymbol(look, 14)}${this.statusName(item.status)}</span>
          <span>${this.categoryName(item.categoryId)}</span>
          <span>${this.unitName(item.unitCode)}</span>
          <time datetime=${item.createdAt}>${this.formatDate(item.createdAt)}</time>
          ${item.answered ? html`<span class="answered">${this.t('feedbackMap.answered')}</span>` : nothing}
          ${item.photoCount ? html`<span>${this.t('feedbackMap.photos', { count: item.photoCount })}</span>` : nothing}
        </span>
      </button>
    </li>`;
  }

  private renderPanel(): TemplateResult {
    const back = html`<button class="button secondary back" type="button" @click=${() => this.closeReport()}>
      ← ${this.t('feedbackMap.back')}
    </button>`;
    const report = this.report;
    let body: unknown;
    if (this.reportState === 'loading') body = this.renderLoading(5);
    else if (this.reportState === 'error' || !report) {
      body = this.renderError(this.reportError, () => {
        const id = this.report?.id ?? this.hash.read().get('report');
        if (id) void this.openReport(id);
      });
    } else {
      const status = this.meta.value?.statuses.find((s) => s.code === report.status);
      const look = statusLook(status, report.status);
      const share = this.shareUrl(report);
      body = html`${heading(this.headingLevel, 0, report.title, { class: 'panel-title', tabindex: -1 })}
        <p class="status-badge large">${statusSymbol(look, 18)}${this.statusName(report.status)}</p>
        <dl class="facts">
          <div>
            <dt>${this.t('feedbackMap.category')}</dt>
            <dd>${this.categoryName(report.categoryId)}</dd>
          </div>
          <div>
            <dt>${this.t('feedbackMap.commune')}</dt>
            <dd>${this.unitName(report.unitCode)}</dd>
          </div>
          <div>
            <dt>${this.t('feedbackMap.date')}</dt>
            <dd><time datetime=${report.createdAt}>${this.formatDate(report.createdAt)}</time></dd>
          </div>
          <div>
            <dt>${this.t('feedbackMap.trackingCode')}</dt>
            <dd>${report.trackingCode}</dd>
          </div>
        </dl>
        <p class="content">${report.content}</p>
        ${report.address ? html`<p class="muted">${report.address}</p>` : nothing}
        ${
          report.photos.length
            ? html`<ul class="photos">
                ${report.photos.map(
                  (p, i) =>
                    html`<li>
                      <button
                        type="button"
                        class="photo"
                        aria-label=${this.t('feedbackMap.openPhoto', { index: i + 1, count: report.photos.length })}
                        @click=${() => this.openPhoto(i)}
                      >
                        <img src=${p.thumbnailUrl} alt="" loading="lazy" decoding="async" width="96" height="72" />
                      </button>
                    </li>`,
                )}
              </ul>`
            : nothing
        }
        ${heading(this.headingLevel, 1, this.t('feedbackMap.answer'))}
        ${
          report.answer
            ? html`<blockquote class="answer">
                <p>${report.answer.body}</p>
                <footer>
                  ${this.t('feedbackMap.answeredBy', { agency: report.answer.agency, date: this.formatDate(report.answer.answeredAt) })}
                </footer>
              </blockquote>`
            : html`<p class="muted">${this.t('feedbackMap.noAnswer')}</p>`
        }
        ${heading(this.headingLevel, 1, this.t('feedbackMap.timeline'))}
        <ol class="timeline">
          ${report.timeline.map(
            (entry) =>
              html`<li>
                <time datetime=${entry.at}>${this.formatDate(entry.at)}</time>
                <strong>${this.statusName(entry.status)}</strong>
                ${entry.actor ? html`<span>${entry.actor}</span>` : nothing}
                ${entry.note ? html`<span class="muted">${entry.note}</span>` : nothing}
              </li>`,
          )}
        </ol>
        ${heading(this.headingLevel, 1, this.t('feedbackMap.share'))}
        <p class="share">
          <a href=${share}>${share}</a>
          <button class="button secondary" type="button" @click=${() => void this.copy(share)}>
            ${this.t('feedbackMap.copyLink')}
          </button>
        </p>`;
    }
    return html`<section
      part="panel"
      class="panel"
      aria-label=${this.t('feedbackMap.details')}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape' && this.photoIndex < 0) this.closeReport();
      }}
    >
      ${back}${body}
    </section>`;
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announcement = this.t('feedbackMap.copied');
    } catch {
      // No clipboard permission: the link is shown and selectable.
    }
  }

  private openPhoto(index: number): void {
    this.photoIndex = index;
    void this.updateComplete.then(() => {
      if (this.viewer && !this.viewer.open) this.viewer.showModal();
    });
  }

  private renderViewer(): TemplateResult | typeof nothing {
    const photos = this.report?.photos ?? [];
    const photo = photos[this.photoIndex];
    return html`<dialog
      part="viewer"
      class="viewer"
      aria-label=${photo ? this.t('feedbackMap.photo', { index: this.photoIndex + 1, count: photos.length }) : this.t('feedbackMap.details')}
      @close=${() => {
        const index = this.photoIndex;
        this.photoIndex = -1;
        void this.updateComplete.then(() => this.shadowRoot?.querySelectorAll<HTMLElement>('.photo')[index]?.focus());
      }}
      @click=${(e: Event) => {
        if (e.target === this.viewer) this.viewer?.close();
      }}
    >
      ${
        photo
          ? html`<img
                src=${photo.url}
                alt=${this.t('feedbackMap.photo', { index: this.photoIndex + 1, count: photos.length })}
              />
              <button class="button close" type="button" autofocus @click=${() => this.viewer?.close()}>
                ${this.t('feedbackMap.closePhoto')}
              </button>`
          : nothing
      }
    </dialog>`;
  }
}

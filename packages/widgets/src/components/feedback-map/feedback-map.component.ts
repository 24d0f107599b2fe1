import {
  configResource,
  feedbackResource,
  unitsResource,
  type BBox,
  type FeedbackClusterItem,
  type FeedbackClusters,
  type FeedbackFilters,
  type FeedbackSummary,
} from '@smart-haiphong/sdk';
import { html, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ShpFeedbackMapPickEvent } from '../../events/shp-feedback-map-pick.js';
import { useResources } from '../../internal/client.js';
import { ShpDataTask } from '../../internal/data-task.js';
import { HashStateController, type HashNavigation } from '../../internal/hash-state.js';
import {
  MarkerMapController,
  markerMapModule,
  markerMapStyles,
  type MapPoint,
  type MapViewState,
} from '../../internal/marker-map/marker-map.js';
import { PagedListController } from '../../internal/paged-list.js';
import { ShpElement } from '../../internal/shp-element.js';
import { timelineStyles } from '../../internal/timeline.js';
import { controlStyles } from '../../styles/controls.js';
import {
  createContext,
  loadMeta,
  nearestUnitCode,
  type FeedbackMapContext,
  type FeedbackMapMeta,
} from './feedback-map.context.js';
import { feedbackMarker, feedbackMarkerKey } from './feedback-map.markers.js';
import { ReportController } from './feedback-map.report.js';
import { styles } from './feedback-map.styles.js';
import { feedbackMapStrings } from './feedback-map.translations.js';
import { filterFixes, near, readUrlState, writeUrlState } from './feedback-map.url.js';
import { effectiveFilters, filtersPart, type FilterKey } from './parts/filters.js';
import { listPart } from './parts/list.js';
import { mapAreaPart } from './parts/map-area.js';
import { panelPart } from './parts/panel.js';
import { PhotoViewer } from './parts/photo-viewer.js';

export type { FeedbackMapMeta } from './feedback-map.context.js';

const PAGE_SIZE = 20;

/** The mainland and Cát Bà: the city's own box also holds Bạch Long Vĩ, 130 km out to sea. */
const CITY_FRAME: BBox = [105.95, 20.62, 107.12, 21.1];

/** The map view's module, loaded only when the element becomes visible. Replaceable in tests. */
export const mapViewModule = markerMapModule;

/**
 * The public map of citizens' feedback (phản ánh kiến nghị) and the authorities'
 * answers. Clusters come from the API per map view, so what a view downloads is bounded
 * by the view, not by how many reports exist; single reports are pins coloured and shaped
 * by status, and a report sent without an exact point is marked approximate. A list of
 * the reports in the view, kept in step with the map, is a complete keyboard and
 * screen-reader alternative. A report opens in a panel with its timeline, answer and
 * photos; Escape anywhere in the widget closes it. "Phản ánh tại đây" lets a citizen
 * pick a point for the feedback form.
 *
 * The map (the shared marker map, internal/marker-map) is downloaded only when the element
 * scrolls into view. Without a tile server (`mapStyleUrl` null in config) it draws Hải
 * Phòng's land from the deployment's `basemapUrl` GeoJSON; markers never need remote fonts.
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
 * @attr sync-url - Keeps the view (centre, zoom, filters, open report) in the page's URL hash, to share and bookmark it. Opening or closing a report is a browser history entry (Back closes it); panning and filters are not.
 *
 * @fires {ShpFeedbackMapPickEvent} shp-feedback-map-pick - The citizen picked a point with "Phản ánh tại đây": `{ lat, lon, unitCode }`.
 * @fires {ShpErrorEvent} shp-error - Loading data failed.
 *
 * @csspart filters - The filter form.
 * @csspart map - The map container (the canvas inside is focusable and keyboard-pannable).
 * @csspart cluster - A cluster marker (a button with its count).
 * @csspart pin - A single report's marker (a button); also `approximate` when the report has no exact point.
 * @csspart legend - The status legend.
 * @csspart pick-button - The "Phản ánh tại đây" button.
 * @csspart pick-centre-button - In pick mode, the "Chọn tâm bản đồ" button.
 * @csspart list - The list of reports in the view.
 * @csspart item - One report in the list (a button).
 * @csspart load-more - The button that loads more reports into the list.
 * @csspart panel - A report's detail panel.
 * @csspart timeline - The report's status timeline.
 * @csspart viewer - The full-screen photo viewer (a modal dialog).
 *
 * @cssprop --shp-feedback-map-height - Height of the map. Default: 360px.
 * @cssprop --shp-feedback-map-cluster-color - Cluster circles. Default: `--shp-color-primary`.
 */
export class ShpFeedbackMap extends ShpElement {
  static override styles: CSSResultGroup = [ShpElement.styles, controlStyles, markerMapStyles, timelineStyles, styles];
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

  @state() private viewState: MapViewState | undefined;
  @state() private announcement = '';

  private fromHash: (MapPoint & { zoom: number }) | undefined;
  private pendingReport: string | undefined;
  private seenMeta: FeedbackMapMeta | undefined;
  private quietList = false;

  /** The maplibre map, once the element has been shown and the engine loaded. */
  get map() {
    return this.mapView.map;
  }

  private readonly hash = new HashStateController(this, (_values, navigation) => {
    if (this.syncUrl) this.restoreHash(navigation);
  });

  private readonly meta = new ShpDataTask(this, {
    task: ([client, unitRef], { signal }) => loadMeta(client, unitRef, signal),
    args: () => [this.client, this.config.unit] as const,
  });

  private readonly list = new PagedListController<FeedbackSummary>(this, {
    load: (cursor, signal) => {
      const bbox = this.viewState?.bbox ?? this.meta.value?.unit?.bbox;
      const query = { ...this.filters, ...(bbox ? { bbox } : {}), limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) };
      this.quietList = this.mapView.pickMode;
      return this.client.feedback.list(query, { signal });
    },
    // Not while picking, nor for views panned to while picking: counts would drown the pick's words.
    onPage: (count) => {
      if (!this.quietList && !this.mapView.pickMode) this.announcement = this.t('feedbackMap.listCount', { count });
    },
    onError: (error) => this.emitError(error),
  });

  private readonly mapView = new MarkerMapController<FeedbackClusters, FeedbackClusterItem>(this, {
    container: () => this.renderRoot.querySelector<HTMLElement>('.map'),
    settings: () => {
      const meta = this.meta.value;
      if (!meta) return undefined;
      return {
        styleUrl: this.mapStyle?.trim() || meta.config.mapStyleUrl || null,
        basemapUrl: meta.config.basemapUrl ?? null,
        // The structured credits (text, link), never config HTML: issue 9 items 10 and 11.
        credits: meta.config.credits,
        bounds: meta.unit?.bbox ?? CITY_FRAME,
        center: this.fromHash,
      };
    },
    label: () => this.t('feedbackMap.mapLabel'),
    source: {
      key: () => JSON.stringify(this.filters),
      load: (bbox, zoom, signal) => this.client.feedback.clusters({ ...this.filters, bbox, zoom }, { signal }),
      items: (result) => result.items,
      marker: (item) => feedbackMarker(this.context(), item, (n, o) => this.formatNumber(n, o)),
      markerKey: feedbackMarkerKey,
    },
    onView: (view) => this.onView(view),
    onLoad: (error) => {
      if (error && (error as { name?: string }).name !== 'AbortError') this.emitError(error);
    },
    onSelect: (item, element) => void this.openReport(item.id, element),
    onPick: (point) => this.pick(point),
    returnFocus: () => this.renderRoot.querySelector<HTMLElement>('[part~="pick-button"]'),
    onError: (error) => this.emitError(error),
  });

  private readonly reports = new ReportController(this, {
    client: () => this.client,
    root: () => this.shadowRoot,
    // A report opened or closed is a step Back undoes (a pan or a filter is not).
    onChange: () => this.writeHash(true),
    onLeave: () => this.viewer.close(),
    onError: (error) => this.emitError(error),
  });

  private readonly viewer = new PhotoViewer(this);

  /** The filters in effect, in the SDK's shape. */
  get filters(): FeedbackFilters {
    return effectiveFilters(this, this.meta.value?.unit?.code);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.readHash();
    // Put back on the page: render, so that the map is observed (and the list loaded) again.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('syncUrl') && this.syncUrl && !changed.get('syncUrl')) this.readHash();
    // Before any request: a filter it cannot show (a stale link) is dropped; `updated` rewrites the hash.
    const meta = this.meta.value;
    if (meta) Object.assign(this, filterFixes(this, meta));
  }

  protected override updated(changed: PropertyValues<this>): void {
    const filterChanged = ['category', 'status', 'from', 'to'].some((k) =>
      (changed as Map<PropertyKey, unknown>).has(k),
    );
    const meta = this.meta.value;
    // New settings, unit or client (the meta task ran again): frame the unit and start over.
    const metaChanged = meta !== undefined && meta !== this.seenMeta;
    if (metaChanged && this.seenMeta) this.mapView.fitBounds(meta.unit?.bbox ?? CITY_FRAME);
    if (metaChanged) this.seenMeta = meta;
    if (meta && (filterChanged || metaChanged || this.list.state === 'idle')) {
      this.mapView.refresh();
      void this.list.reload();
      if (this.pendingReport) {
        const id = this.pendingReport;
        this.pendingReport = undefined;
        void this.openReport(id);
      }
    }
    if (filterChanged) this.writeHash();
  }

  /** Opens a report's detail panel (by id or tracking code); `focus: false` leaves focus where it is. */
  openReport(id: string, opener?: HTMLElement, options?: { focus?: boolean }): Promise<void> {
    return this.reports.show(id, opener, options);
  }

  /** Closes the panel and gives focus back to what opened it. */
  closeReport(): void {
    this.reports.close();
  }

  private onView(view: MapViewState): void {
    const previous = this.viewState;
    this.viewState = view;
    this.writeHash();
    if (previous && previous.bbox.join() === view.bbox.join()) return;
    if (this.meta.value) void this.list.reload();
  }

  private async loadMore(): Promise<void> {
    const first = this.list.items.length;
    if (!(await this.list.more())) return;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')[first]?.focus();
  }

  /** A point picked on the map: its commune (the element's, else the nearest), then the event. */
  private pick({ lat, lon }: MapPoint): void {
    const meta = this.meta.value;
    const unitCode = meta?.unit?.code ?? (meta ? nearestUnitCode(meta.units, { lat, lon }) : null);
    const fix = (v: number) => Number(v.toFixed(6));
    this.announcement = this.t('markerMap.picked', { lat: lat.toFixed(5), lon: lon.toFixed(5) });
    this.emit(new ShpFeedbackMapPickEvent({ lat: fix(lat), lon: fix(lon), unitCode }));
  }

  private startPicking(): void {
    this.mapView.setPicking(true);
    this.announcement = this.t('markerMap.pickHint');
  }

  /** Escape anywhere in the widget: leaves pick mode, else closes the report (the photo viewer closes itself). */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented || this.viewer.isOpen) return;
    if (this.mapView.pickMode) this.mapView.cancelPicking();
    else if (this.reports.open) this.closeReport();
    else return;
    event.preventDefault();
  }

  private readHash(): void {
    const { center, report, ...filters } = readUrlState(this.hash);
    this.fromHash = center;
    Object.assign(this, filters);
    if (report) this.pendingReport = report;
  }

  /**
   * Back/Forward, or a link on the page: the view, filters and report of the hash. Focus
   * moves to the report, or back to its item, only if it was in the map or lost; a link
   * brings the map into view.
   */
  private restoreHash({ cause, mayFocus }: HashNavigation): void {
    const { center, report, ...filters } = readUrlState(this.hash);
    const { category = '', status = '', from, to = '' } = filters;
    Object.assign(this, { category, status, to, from });
    const view = this.viewState;
    if (
      center &&
      this.map &&
      (!view || view.zoom.toFixed(2) !== center.zoom.toFixed(2) || !near(view.center, center))
    ) {
      this.map.jumpTo({ center: [center.lon, center.lat], zoom: center.zoom });
    }
    const shown = this.reports.report?.id ?? (this.reports.state === 'loading' ? this.reports.id : undefined);
    if (report && report !== shown) {
      if (cause === 'link') this.scrollIntoView({ block: 'start' });
      if (this.meta.value) void this.openReport(report, undefined, { focus: mayFocus });
      else this.pendingReport = report;
    } else if (!report && this.reports.open) this.reports.close({ focus: mayFocus });
    else if (report && cause === 'link') {
      // A link to the report shown: bring it into view again.
      this.renderRoot.querySelector<HTMLElement>('.panel-title')?.focus();
    }
  }

  private writeHash(push = false): void {
    if (!this.syncUrl) return;
    const { category, status, from, to } = this;
    const report = this.reports.report?.id;
    writeUrlState(
      this.hash,
      this.viewState,
      { category, status, from, to, report },
      { push: push && this.hash.read().get('report') !== report },
    );
  }

  /** What the parts read. */
  private context(): FeedbackMapContext {
    return createContext(this.meta.value!, this.config.locale, {
      headingLevel: this.headingLevel,
      t: this.t.bind(this),
      formatDate: (v) => this.formatDate(v),
      renderLoading: (lines) => this.renderLoading(lines),
      renderEmpty: (message) => this.renderEmpty(message),
      renderError: (error, retry) => this.renderError(error, retry),
    });
  }

  protected override renderContent(): unknown {
    return this.meta.render({
      initial: () => this.renderLoading(),
      pending: () => (this.meta.value ? this.renderMain() : this.renderLoading()),
      complete: () => this.renderMain(),
      error: (error) =>
        this.meta.aborted ? this.renderLoading() : this.renderError(error, () => void this.meta.run()),
    });
  }

  private renderMain(): TemplateResult {
    const ctx = this.context();
    const reports = this.reports;
    return html`<div class="layout" @keydown=${(e: KeyboardEvent) => this.onKeydown(e)}>
      ${filtersPart(ctx, {
        category: this.category,
        status: this.status,
        from: this.filters.from ?? '',
        to: this.to,
        onChange: (key: FilterKey, value) => (this[key] = value),
        onReset: () => Object.assign(this, { category: '', status: '', from: undefined, to: '' }),
      })}
      ${mapAreaPart(ctx, this.mapView, () => this.startPicking())}
      <div class="side">
        ${
          reports.open
            ? panelPart(ctx, reports, {
                close: () => this.closeReport(),
                retry: () => void (reports.id && this.openReport(reports.id)),
                openPhoto: (index) => this.viewer.open(index),
                copied: () => (this.announcement = this.t('feedbackMap.copied')),
                shareUrl: (report) => this.hash.link({ report: report.id }),
              })
            : listPart(ctx, this.list, {
                open: (id, opener) => void this.openReport(id, opener),
                more: () => void this.loadMore(),
                retry: () => void this.list.retry(),
              })
        }
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      ${this.viewer.render(ctx, reports.report?.photos ?? [])}
    </div>`;
  }
}

import {
  authResource,
  configResource,
  feedbackResource,
  unitsResource,
  isHttpError,
  type FeedbackSummary,
  type LatLon,
  type Outbox,
  type OutboxEntry,
} from '@smart-haiphong/sdk';
import { Task } from '@lit/task';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { html, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ShpFeedbackMapPickEvent } from '../../events/index.js';
import { useResources } from '../../internal/client.js';
import { ShpDataTask } from '../../internal/data-task.js';
import { LocationController, type LocationArea } from '../../internal/location-controller.js';
import { loadReferenceData } from '../../internal/reference-data.js';
import { ShpElement } from '../../internal/shp-element.js';
import { feedbackFormStrings } from './feedback-form.translations.js';
import { DraftController } from './draft.controller.js';
import { styles } from './feedback-form.styles.js';
import { categoryTemplate } from './parts/category.js';
import { contactTemplate } from './parts/contact.js';
import { duplicatesTemplate } from './parts/duplicates.js';
import type { FormView } from './parts/form-view.js';
import { reportHref } from './parts/links.js';
import { locationTemplate } from './parts/location.js';
import { outboxNotices, queuedTemplate, submitTemplate, successTemplate } from './parts/outcome.js';
import { photosTemplate } from './parts/photos.js';
import { privacyTemplate } from './parts/preview.js';
import { textTemplate } from './parts/text-fields.js';
import { FeedbackOutboxController } from './feedback-outbox.controller.js';
import { MapPickerController } from './map-picker.controller.js';
import { PhotoUploadsController } from './photo-uploads.controller.js';
import { SignInController } from './sign-in.controller.js';
import type { FeedbackFormData } from './feedback-form.data.js';
import { SendController } from './send.controller.js';
import type { FeedbackFields } from './submission.js';

export type { FeedbackFormData } from './feedback-form.data.js';

/**
 * The form a citizen uses to send a phản ánh kiến nghị: a category, a location (a commune
 * and an address, the device's position, a photo's position, or a point on a map), a title,
 * content, photos and contact details, with a preview of what the public will see.
 *
 * A point, from wherever it comes, is said in words ("gần Phường …", with the address) and
 * chooses the nearest commune (by anchor point: a guess, which the form says, and which the
 * citizen corrects by choosing another). The map loads only when opened.
 *
 * Nothing is lost: the draft is kept while typing (localStorage, restored after a reload);
 * a failed submission keeps every field and photo; offline, or when the connection drops
 * while sending, the report goes to the SDK's outbox (IndexedDB) and is sent when the
 * network returns, after a reload too, exactly once (one idempotency key for every try).
 *
 * @tag shp-feedback-form
 * @summary Send a feedback report (phản ánh kiến nghị) with a location and photos.
 *
 * @attr unit - Preselects a commune, ward or special zone (slug or code).
 * @attr category - Preselects a category by id (`ngap-ung`).
 * @attr max-photos - How many photos a report may carry. Default 3 (never more than the deployment allows).
 * @attr require-sign-in - Require sign-in before sending, whatever the deployment's config says.
 * @attr lat - Latitude of a location given by the page (e.g. a map's "report here").
 * @attr lon - Longitude of that location.
 * @attr pick-from - The `id` of a `<shp-feedback-map>` on the page whose "Phản ánh tại đây" fills this form's location and commune, scrolls to the form and moves focus to its location: the link needs no script.
 * @attr report-url - Link to a report, with `{id}` and `{trackingCode}` placeholders. Default: the `<shp-dossier-tracker>` on the page opened on the code, else the `<shp-feedback-map sync-url>` on the page opened on the report, else no link (never the API's JSON).
 *
 * @fires {ShpFeedbackSubmitEvent} shp-feedback-submit - Just before sending; cancelable.
 * @fires {ShpFeedbackSubmittedEvent} shp-feedback-submitted - The server recorded the report: `{ id, trackingCode }`.
 * @fires {ShpErrorEvent} shp-error - Loading the form or sending failed.
 *
 * @csspart form - The native form.
 * @csspart field - Each labelled field.
 * @csspart label - Each field's label.
 * @csspart input - Each text input, select and text area.
 * @csspart notice - The category's notice (e.g. emergency numbers).
 * @csspart map - The map opened by "Chọn trên bản đồ" (loaded only then): the shared marker map with the offline basemap, in pick mode (a click, or Enter on the focused map for its centre).
 * @csspart pick-centre-button - Under the map, "Chọn tâm bản đồ": picks the map's centre.
 * @csspart photos - The list of photos.
 * @csspart duplicates - Nearby open reports of the same category.
 * @csspart preview - What the public will see.
 * @csspart submit-button - "Gửi phản ánh".
 * @csspart queued - The message shown when the report waits in the outbox.
 * @csspart success - The tracking code after sending.
 *
 * @cssprop --shp-feedback-form-map-height - Height of the map. Default: 240px.
 */
export class ShpFeedbackForm extends ShpElement {
  static override styles: CSSResultGroup = [ShpElement.styles, styles];
  static override strings = [feedbackFormStrings];

  static {
    useResources({ config: configResource, units: unitsResource, feedback: feedbackResource, auth: authResource });
  }

  /** Preselected category id. */
  @property() category?: string;

  /** Photos a report may carry. Default 3. */
  @property({ type: Number, attribute: 'max-photos' }) maxPhotos = 3;

  /** Require sign-in whatever the config says. Default: the deployment's `requireSignIn`. */
  @property({ type: Boolean, attribute: 'require-sign-in' }) requireSignIn = false;

  /** Latitude of a location given by the page. */
  @property({ type: Number }) lat?: number;

  /** Longitude of a location given by the page. */
  @property({ type: Number }) lon?: number;

  /**
   * The `id` of a `<shp-feedback-map>` in the same document (or shadow root) whose
   * "Phản ánh tại đây" fills this form: a declarative link, so a portal writes no script.
   */
  @property({ attribute: 'pick-from' }) pickFrom?: string;

  /** Link to a report: `{id}`, `{trackingCode}` are replaced. Default: the API's URL of the report. */
  @property({ attribute: 'report-url' }) reportUrl?: string;

  /**
   * The location of the report, e.g. set by a map: `form.location = { lat, lon }`.
   * Reading it gives the location chosen in the form (null until one is).
   */
  @property({ attribute: false })
  get location(): LatLon | null {
    return this.place.point;
  }
  set location(value: LatLon | null | undefined) {
    const old = this.place.point;
    this.place.set(value ?? null, value ? 'outside' : null);
    this.requestUpdate('location', old);
  }

  /** The outbox used for queued reports. Default: one shared per client, in IndexedDB. */
  @property({ attribute: false }) outbox?: Outbox;

  @state() private fields: FeedbackFields = {
    categoryId: '',
    address: '',
    title: '',
    content: '',
    isPublic: true,
    name: '',
    phone: '',
  };
  @state() private categoryQuery = '';

  private readonly data = new ShpDataTask(this, {
    task: async ([client], { signal }): Promise<FeedbackFormData> => {
      const { config, categories, units, statuses } = await loadReferenceData(
        client,
        ['config', 'categories', 'units', 'statuses'],
        signal,
      );
      return { config, categories, units, openStatuses: statuses.filter((s) => !s.closed).map((s) => s.code) };
    },
    args: () => [this.client] as const,
    onComplete: (data): void => this.place.preselect(this.config.unit, this.hasUpdated, data),
  });

  private readonly place = new LocationController(this, {
    area: (): LocationArea | undefined => this.data?.value,
    onPick: () => this.send.clearError('location'),
  });

  private readonly photos = new PhotoUploadsController(this, {
    limit: () => this.photoLimit,
    failure: (error) => this.uploadMessage(error),
  });

  private readonly draft = new DraftController(this, {
    fields: () => this.fields,
    setFields: (fields) => {
      this.fields = fields;
    },
    place: this.place,
    photos: this.photos,
    editing: (): boolean => this.send.phase === 'editing' || this.send.phase === 'error',
  });

  private readonly delivery = new FeedbackOutboxController(this, {
    onSent: (receipt) => this.send.succeed(receipt),
    // The report this form queued was refused: back to the form, which still holds it.
    onRefused: () => {
      if (this.send.phase === 'queued') this.send.restart();
    },
  });

  private readonly signIn = new SignInController(this, ({ name, phone }) => {
    const f = this.fields;
    this.fields = { ...f, name: f.name || name, phone: f.phone || (phone ?? '') };
  });

  private readonly send = new SendController(this, {
    fields: () => this.fields,
    place: this.place,
    photos: this.photos,
    delivery: this.delivery,
    mustSignIn: (data) => this.needsSignIn(data) && !this.signIn.signedIn,
    draftKey: (): string => this.draft.key,
    emit: (event) => this.emit(event),
    emitError: (error) => this.emitError(error),
  });

  /** Open reports of the same category near the chosen point. */
  private readonly duplicates = new Task(this, {
    task: async ([client, categoryId, lat, lon, statuses], { signal }): Promise<FeedbackSummary[]> => {
      if (!categoryId || lat === undefined || lon === undefined || !statuses) return [];
      const page = await client.feedback.list(
        { near: { lat, lon }, radius: 250, category: categoryId, status: statuses, limit: 5 },
        { signal },
      );
      return page.items;
    },
    args: () => {
      const data = this.data.value;
      const { point, source } = this.place;
      const p = source && point && data && this.place.inside(point, data) ? point : null;
      return [this.client, this.fields.categoryId, p?.lat, p?.lon, data?.openStatuses.join(',')] as const;
    },
  });

  private pickRoot: Node | undefined;

  /** "Chọn trên bản đồ": the map, loaded the first time it is opened. */
  private readonly mapPicker = new MapPickerController(this, () => this.data.value, this.place);

  /** The location map's maplibre map, once "Chọn trên bản đồ" has been opened and the map loaded. */
  get map(): MapLibreMap | undefined {
    return this.mapPicker.map;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Picks bubble out of the map (composed): listen where both elements live.
    this.pickRoot = this.getRootNode();
    this.pickRoot.addEventListener(ShpFeedbackMapPickEvent.eventName, this.onMapPick);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.pickRoot?.removeEventListener(ShpFeedbackMapPickEvent.eventName, this.onMapPick);
    this.pickRoot = undefined;
  }

  /**
   * Moves focus into the form: to its location section when `options.section` is
   * `'location'`, else to its first field (a page's `form.focus()` used to do nothing).
   */
  override focus(options?: FocusOptions & { section?: 'location' }): void {
    void this.updateComplete.then(() => {
      const root = this.shadowRoot;
      const target =
        (options?.section === 'location' ? root?.querySelector<HTMLElement>('fieldset.location') : null) ??
        root?.querySelector<HTMLElement>('input, select, textarea, button');
      target?.focus(options);
    });
  }

  private readonly onMapPick = (event: Event): void => {
    const source = event.target as Element | null;
    if (!this.pickFrom || !source || source.id !== this.pickFrom) return;
    const { lat, lon, unitCode } = (event as ShpFeedbackMapPickEvent).detail;
    this.location = { lat, lon };
    if (unitCode) this.unit = unitCode;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'start' });
    this.focus({ preventScroll: true, section: 'location' });
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('lat') || changed.has('lon')) && this.lat !== undefined && this.lon !== undefined) {
      if (Number.isFinite(this.lat) && Number.isFinite(this.lon))
        this.place.set({ lat: this.lat, lon: this.lon }, 'outside');
    }
    if (changed.has('category') && this.category) this.fields = { ...this.fields, categoryId: this.category };
    if (changed.has('unit') && this.data.value)
      this.place.preselect(this.config.unit, this.hasUpdated, this.data.value);
  }

  /** Puts a refused report back into the form and takes it out of the outbox. */
  private reopen(entry: OutboxEntry): void {
    const s = entry.submission;
    this.fields = {
      categoryId: s.categoryId,
      title: s.title,
      content: s.content,
      address: s.address ?? '',
      isPublic: s.public,
      name: s.contact?.name ?? '',
      phone: s.contact?.phone ?? '',
    };
    this.send.restart();
    // The point, then the commune the citizen sent with it (not a new guess from the point).
    this.place.set(s.location, 'outside');
    if (s.unit) this.place.chooseUnit(s.unit);
    this.delivery.take(entry);
    this.photos.replace(
      [...s.photoIds, ...entry.photos.filter((p) => p.mediaId).map((p) => p.mediaId!)],
      entry.photos.filter((p) => !p.mediaId).map((p) => p.blob),
      (i) => this.t('feedbackForm.restoredPhoto', { index: i + 1 }),
    );
  }

  private get photoLimit(): number {
    const deployment = this.data.value?.config.maxPhotos;
    return Math.max(0, Math.min(this.maxPhotos, deployment ?? this.maxPhotos));
  }

  private uploadMessage(error: unknown): string {
    if (isHttpError(error) && error.status === 413) return this.t('feedbackForm.photo_tooLarge');
    if (isHttpError(error) && error.status === 415) return this.t('feedbackForm.photo_notImage');
    return `${this.t('feedbackForm.photoUploadFailed')} ${this.errorMessage(error)}`;
  }

  private needsSignIn(data: FeedbackFormData): boolean {
    return this.requireSignIn || data.config.requireSignIn;
  }

  private reset(): void {
    this.photos.clear();
    this.place.set(null, null);
    // A new report keeps the category and commune, and starts with empty text; the contact
    // stays only if the citizen asked this device to remember it (a shared computer).
    const contact = this.draft.rememberContact ? {} : { name: '', phone: '' };
    this.fields = { ...this.fields, title: '', content: '', address: '', ...contact };
    this.send.restart();
  }

  // ── Rendering ────────────────────────────────────────────────────────────────────

  protected override renderContent(): unknown {
    const { queuedCount, refused } = this.delivery;
    const notices = outboxNotices(this, this.send.phase, queuedCount, refused, (entry) => this.reopen(entry));
    return html`${notices}${this.renderData()}`;
  }

  private renderData(): unknown {
    return this.data.render({
      initial: () => this.renderLoading(6),
      pending: () => (this.data.value ? this.renderForm(this.data.value) : this.renderLoading(6)),
      complete: (data) => this.renderForm(data),
      error: (error) =>
        this.data.aborted ? this.renderLoading(6) : this.renderError(error, () => void this.data.run()),
    });
  }

  private renderForm(data: FeedbackFormData): TemplateResult {
    const another = () => this.reset();
    const { receipt, phase } = this.send;
    if (phase === 'success' && receipt)
      return successTemplate(this, receipt, reportHref(this, receipt.id, receipt.trackingCode), another);
    if (phase === 'queued') return queuedTemplate(this, () => void this.delivery.outbox.flush(), another);
    const busy = phase === 'submitting';
    const v = this.view(data);
    return html`
      <form
        part="form"
        class="form"
        novalidate
        aria-busy=${busy ? 'true' : 'false'}
        @submit=${(e: SubmitEvent) => void this.send.submit(e, data)}
      >
        ${categoryTemplate(v, data)} ${locationTemplate(v, data)} ${textTemplate(v)} ${photosTemplate(v)}
        ${this.duplicates.render({ complete: (items) => duplicatesTemplate(v, items, this.place.point!) })}
        ${contactTemplate(v, data)} ${privacyTemplate(v, data)} ${submitTemplate(this, phase, this.send.error)}
      </form>
    `;
  }

  /** What the templates read, and the changes they may make. */
  private view(data: FeedbackFormData): FormView {
    // A getter: a change handler must see the fields as typed, not as last rendered.
    const fields = () => this.fields;
    return {
      host: this,
      get fields() {
        return fields();
      },
      categoryQuery: this.categoryQuery,
      errors: this.send.errors,
      place: this.place,
      map: this.mapPicker,
      photos: this.photos,
      photoLimit: this.photoLimit,
      signIn: this.signIn,
      needsSignIn: this.needsSignIn(data),
      edit: (patch, field) => {
        this.fields = { ...this.fields, ...patch };
        if (field) this.send.clearError(field);
      },
      searchCategory: (query) => {
        this.categoryQuery = query;
      },
      rememberContact: this.draft.rememberContact,
      setRememberContact: (on) => this.draft.remember(on),
    };
  }
}

import {
  authResource,
  configResource,
  feedbackResource,
  unitsResource,
  isHttpError,
  isNetworkError,
  isTimeoutError,
  randomUUID,
  type FeedbackReceipt,
  type FeedbackSubmission,
  type FeedbackSummary,
  type LatLon,
  type Outbox,
  type OutboxEntry,
} from '@smart-haiphong/sdk';
import { Task } from '@lit/task';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { html, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ShpFeedbackMapPickEvent, ShpFeedbackSubmitEvent, ShpFeedbackSubmittedEvent } from '../../events/index.js';
import { useResources } from '../../internal/client.js';
import { ShpDataTask } from '../../internal/data-task.js';
import { LocationController, type LocationArea } from '../../internal/location-controller.js';
import { loadReferenceData } from '../../internal/reference-data.js';
import { ShpElement } from '../../internal/shp-element.js';
import { feedbackFormStrings } from './feedback-form.translations.js';
import { clearDraft, draftKey, readContact, readDraft, writeContact, writeDraft } from './draft.js';
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
import { buildSubmission, fieldOf, validate, type FeedbackFields, type FieldErrors } from './submission.js';

export type { FeedbackFormData } from './feedback-form.data.js';

type Phase = 'editing' | 'submitting' | 'queued' | 'error' | 'success';

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

  @state() private phase: Phase = 'editing';
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

  /** The citizen asked this device to remember their name and phone. */
  @state() private rememberContact = false;
  @state() private errors: FieldErrors = {};
  @state() private submitError = '';
  @state() private receipt: FeedbackReceipt | null = null;

  private submitKey: { key: string; body: string } | null = null;
  private draftRestored = false;

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
    onPick: () => this.clearError('location'),
  });

  private readonly photos = new PhotoUploadsController(this, {
    limit: () => this.photoLimit,
    failure: (error) => this.uploadMessage(error),
  });

  private readonly delivery = new FeedbackOutboxController(this, {
    onSent: (receipt) => this.succeed(receipt),
    // The report this form queued was refused: back to the form, which still holds it.
    onRefused: () => {
      if (this.phase === 'queued') this.phase = 'editing';
    },
  });

  private readonly signIn = new SignInController(this, ({ name, phone }) => {
    const f = this.fields;
    this.fields = { ...f, name: f.name || name, phone: f.phone || (phone ?? '') };
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
    this.restoreDraft();
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

  protected override updated(): void {
    this.saveDraft();
  }

  private get draftKey(): string {
    return draftKey(this.unit);
  }

  private restoreDraft(): void {
    if (this.draftRestored) return;
    this.draftRestored = true;
    const contact = readContact();
    if (contact) {
      this.rememberContact = true;
      this.fields = { ...this.fields, ...contact };
    }
    const draft = readDraft(this.draftKey);
    if (!draft) return;
    this.fields = {
      categoryId: this.fields.categoryId || (draft.categoryId ?? ''),
      address: draft.address ?? '',
      title: draft.title ?? '',
      content: draft.content ?? '',
      isPublic: draft.isPublic ?? true,
      name: this.fields.name,
      phone: this.fields.phone,
    };
    this.place.restore(draft.unitCode, draft.location, draft.locationSource, draft.unitGuessed);
    if (Array.isArray(draft.photos)) this.photos.restore(draft.photos);
  }

  private saveDraft(): void {
    if (this.phase !== 'editing' && this.phase !== 'error') return;
    if (this.rememberContact) writeContact({ name: this.fields.name.trim(), phone: this.fields.phone.trim() });
    const { place } = this;
    writeDraft(this.draftKey, {
      ...this.fields,
      unitCode: place.unitCode,
      unitGuessed: place.unitGuessed,
      location: place.source ? place.point : null,
      locationSource: place.source,
      photos: this.photos.items.flatMap((p) =>
        p.mediaId && p.url ? [{ mediaId: p.mediaId, url: p.url, name: p.name }] : [],
      ),
    });
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
    this.phase = 'editing';
    this.errors = {};
    this.submitKey = null;
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

  private async submit(event: SubmitEvent, data: FeedbackFormData): Promise<void> {
    event.preventDefault();
    if (this.phase === 'submitting') return;
    const point = this.place.effectivePoint(data);
    this.errors = validate(this.fields, {
      categoryIds: data.categories.map((c) => c.id),
      point,
      inside: !!point && this.place.inside(point, data),
      photosBusy: this.photos.items.some((p) => p.status === 'processing'),
      needsSignIn: this.needsSignIn(data) && !this.signIn.signedIn,
    });
    const invalid = Object.keys(this.errors).filter((k) => this.errors[k]);
    if (invalid.length > 0) {
      await this.updateComplete;
      this.shadowRoot!.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.phase = 'submitting';
    this.submitError = '';
    // Photos still uploading are waited for; offline they go to the outbox as bytes.
    if (!this.offline) {
      this.photos.resumeWaiting(); // an upload cut by the network, or handed back by a full outbox
      await Promise.all(this.photos.items.map((p) => p.upload));
    }
    // A report never leaves without a photo the citizen attached and did not remove.
    const failedPhoto = this.photos.items.find((p) => p.blob && !p.mediaId && (p.status === 'error' || !this.offline));
    if (failedPhoto && !this.offline) {
      this.phase = 'error';
      this.submitError = this.t('feedbackForm.photoFailedBeforeSubmit');
      return;
    }
    const unit = data.units.find((u) => u.code === this.place.unitCode);
    const submission = buildSubmission(this.fields, this.place.effectivePoint(data)!, unit?.code, this.photos.mediaIds);
    if (this.emit(new ShpFeedbackSubmitEvent({ submission })).defaultPrevented) {
      this.phase = 'editing';
      return;
    }
    // One key for every try of the same report; a report changed after a failure is a new one.
    const body = JSON.stringify(submission);
    if (this.submitKey?.body !== body) this.submitKey = { key: randomUUID(), body };
    const { key } = this.submitKey;

    if (this.offline) return this.queue(submission, key);
    // Durable before the first send: a reload mid-send leaves the report in the outbox, which
    // sends it again with the same key, and no restored draft to send a second time.
    const held = await this.delivery.hold(submission, key);
    if (held) clearDraft(this.draftKey);
    try {
      const receipt = await this.client.feedback.submit(submission, { idempotencyKey: key });
      if (held) await this.delivery.release(key);
      this.succeed(receipt);
    } catch (error) {
      // A dropped connection or a timeout may or may not have reached the server:
      // the outbox tries again with the same key, so it is recorded once either way.
      if (isNetworkError(error) || isTimeoutError(error) || this.offline) return this.queue(submission, key);
      if (held) await this.delivery.release(key); // refused: not for the outbox to retry
      this.emitError(error);
      // The API refused one field: name it in the citizen's words, by the field, and go there.
      const field = isHttpError(error) && error.status === 400 ? fieldOf(error.param) : undefined;
      if (field) {
        this.phase = 'editing';
        this.errors = { ...this.errors, [field]: 'feedbackForm.fieldRejected' };
        await this.updateComplete;
        this.shadowRoot!.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
        return;
      }
      this.phase = 'error';
      this.submitError = this.errorMessage(error);
    }
  }

  private async queue(submission: FeedbackSubmission, key: string): Promise<void> {
    try {
      await this.delivery.add(submission, key, this.photos.takePending());
    } catch {
      this.photos.returnPending();
      this.phase = 'error';
      this.submitError = this.t('feedbackForm.storageUnavailable');
      return;
    }
    this.phase = 'queued';
    this.focusOutcome('queued');
    clearDraft(this.draftKey);
    this.delivery.refresh();
  }

  private succeed(receipt: FeedbackReceipt): void {
    this.receipt = receipt;
    this.phase = 'success';
    this.submitKey = null;
    clearDraft(this.draftKey);
    this.emit(new ShpFeedbackSubmittedEvent({ id: receipt.id, trackingCode: receipt.trackingCode }));
    this.focusOutcome('success');
  }

  /**
   * The form is replaced by its outcome (sent, or kept to send later): focus moves there,
   * so that keyboard and screen-reader users continue from it instead of from <body>.
   */
  private focusOutcome(part: 'success' | 'queued'): void {
    void this.updateComplete.then(() => {
      const outcome = this.shadowRoot?.querySelector<HTMLElement>(`[part~="${part}"]`);
      // Only when focus was in the form (or lost): never pull it away from the page.
      const active = document.activeElement;
      if (outcome && (active === this || active === document.body || active === null)) outcome.focus();
    });
  }

  private reset(): void {
    this.photos.clear();
    this.place.set(null, null);
    // A new report keeps the category and commune, and starts with empty text; the contact
    // stays only if the citizen asked this device to remember it (a shared computer).
    const contact = this.rememberContact ? {} : { name: '', phone: '' };
    this.fields = { ...this.fields, title: '', content: '', address: '', ...contact };
    Object.assign(this, { phase: 'editing', errors: {}, receipt: null, submitError: '' });
  }

  private clearError(name: string): void {
    if (this.errors[name]) this.errors = { ...this.errors, [name]: undefined };
  }

  // ── Rendering ────────────────────────────────────────────────────────────────────

  protected override renderContent(): unknown {
    const { queuedCount, refused } = this.delivery;
    const notices = outboxNotices(this, this.phase, queuedCount, refused, (entry) => this.reopen(entry));
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
    const { receipt } = this;
    if (this.phase === 'success' && receipt)
      return successTemplate(this, receipt, reportHref(this, receipt.id, receipt.trackingCode), another);
    if (this.phase === 'queued') return queuedTemplate(this, () => void this.delivery.outbox.flush(), another);
    const busy = this.phase === 'submitting';
    const v = this.view(data);
    return html`
      <form
        part="form"
        class="form"
        novalidate
        aria-busy=${busy ? 'true' : 'false'}
        @submit=${(e: SubmitEvent) => void this.submit(e, data)}
      >
        ${categoryTemplate(v, data)} ${locationTemplate(v, data)} ${textTemplate(v)} ${photosTemplate(v)}
        ${this.duplicates.render({ complete: (items) => duplicatesTemplate(v, items, this.place.point!) })}
        ${contactTemplate(v, data)} ${privacyTemplate(v, data)} ${submitTemplate(this, this.phase, this.submitError)}
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
      errors: this.errors,
      place: this.place,
      map: this.mapPicker,
      photos: this.photos,
      photoLimit: this.photoLimit,
      signIn: this.signIn,
      needsSignIn: this.needsSignIn(data),
      edit: (patch, field) => {
        this.fields = { ...this.fields, ...patch };
        if (field) this.clearError(field);
      },
      searchCategory: (query) => {
        this.categoryQuery = query;
      },
      rememberContact: this.rememberContact,
      setRememberContact: (on) => {
        this.rememberContact = on;
        if (!on) writeContact(null);
      },
    };
  }
}

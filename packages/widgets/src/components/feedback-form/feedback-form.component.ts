import { loadReferenceData } from '../../internal/reference-data.js';
import {
  Outbox,
  isHttpError,
  isNetworkError,
  isTimeoutError,
  matchesSearch,
  normalizeText,
  visibleLength,
  type Config,
  type FeedbackCategory,
  type FeedbackReceipt,
  type FeedbackSubmission,
  type FeedbackSummary,
  type LatLon,
  type OutboxEntry,
  type OutboxSentDetail,
  type ShpClient,
  type Unit,
} from '@smart-haiphong/sdk';
import { Task } from '@lit/task';
import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ShpFeedbackSubmitEvent, ShpFeedbackSubmittedEvent } from '../../events/index.js';
import { ShpDataTask } from '../../internal/data-task.js';
import { loadMapEngine } from '../../internal/map-loader.js';
import { ShpElement } from '../../internal/shp-element.js';
import type { TranslationKey } from '../../translations/index.js';
import { styles } from './feedback-form.styles.js';

/** What the form loads before it can be filled. */
export interface FeedbackFormData {
  config: Config;
  categories: FeedbackCategory[];
  units: Unit[];
  /** Status codes of reports still open (for duplicate suggestions). */
  openStatuses: string[];
}

/** Where the location came from. */
type LocationSource = 'outside' | 'device' | 'photo' | 'map';

interface PhotoItem {
  key: string;
  name: string;
  status: 'processing' | 'uploading' | 'uploaded' | 'error';
  blob?: Blob;
  preview?: string;
  mediaId?: string;
  /** Where the server serves the uploaded photo (a preview after a reload). */
  url?: string;
  gps?: LatLon | null;
  /** Translation key (a refusal) or an already translated sentence (an upload failure). */
  problem?: string;
  abort?: AbortController;
  upload?: Promise<void>;
}

/** The fields kept as a draft while the citizen types. */
interface Draft {
  categoryId: string;
  unitCode: string;
  address: string;
  title: string;
  content: string;
  isPublic: boolean;
  name: string;
  phone: string;
  location: LatLon | null;
  locationSource: LocationSource | null;
  /** Photos already on the server (their bytes are not kept in the draft). */
  photos?: { mediaId: string; url: string; name: string }[];
}

type Phase = 'editing' | 'submitting' | 'queued' | 'error' | 'success';

const TITLE = { min: 5, max: 150 };
const CONTENT = { min: 10, max: 5000 };
const PHONE = /^\+?[0-9 .-]{8,15}$/;

const outboxes = new WeakMap<ShpClient, Outbox>();
/** One outbox per client on the page, so two forms never send the same entry side by side. */
function sharedOutbox(client: ShpClient): Outbox {
  let outbox = outboxes.get(client);
  if (!outbox) outboxes.set(client, (outbox = new Outbox({ client })));
  return outbox;
}

const inBBox = ([west, south, east, north]: readonly number[], { lat, lon }: LatLon) =>
  lon >= west! && lon <= east! && lat >= south! && lat <= north!;

/** Great-circle distance in metres. */
function distance(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

let nextId = 0;

/**
 * The form a citizen uses to send a phản ánh kiến nghị: a category, a location (a commune
 * and an address, the device's position, a photo's position, or a pin on a map), a title,
 * content, photos and contact details, with a preview of what the public will see.
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
 * @attr report-url - Link to a report, with `{id}` and `{trackingCode}` placeholders. Default: the API's `/v1/feedback/{id}`.
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
 * @csspart map - The optional map for placing a pin.
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

  /** Link to a report: `{id}`, `{trackingCode}` are replaced. Default: the API's URL of the report. */
  @property({ attribute: 'report-url' }) reportUrl?: string;

  /**
   * The location of the report, e.g. set by a map: `form.location = { lat, lon }`.
   * Reading it gives the location chosen in the form (null until one is).
   */
  @property({ attribute: false })
  get location(): LatLon | null {
    return this.point;
  }
  set location(value: LatLon | null | undefined) {
    const old = this.point;
    this.setPoint(value ?? null, value ? 'outside' : null);
    this.requestUpdate('location', old);
  }

  /** The outbox used for queued reports. Default: one shared per client, in IndexedDB. */
  @property({ attribute: false }) outbox?: Outbox;

  @state() private phase: Phase = 'editing';
  @state() private categoryId = '';
  @state() private categoryQuery = '';
  @state() private unitCode = '';
  @state() private unitQuery = '';
  @state() private address = '';
  @state() private reportTitle = '';
  @state() private content = '';
  @state() private isPublic = true;
  @state() private name = '';
  @state() private phone = '';
  @state() private point: LatLon | null = null;
  @state() private locationSource: LocationSource | null = null;
  @state() private photos: PhotoItem[] = [];
  @state() private errors: Partial<Record<string, TranslationKey>> = {};
  @state() private locationStatus: TranslationKey | null = null;
  @state() private submitError = '';
  @state() private receipt: FeedbackReceipt | null = null;
  @state() private queuedCount = 0;
  /** A stored report the server refused for good (a 4xx): offered back for editing. */
  @state() private refused: OutboxEntry | null = null;
  @state() private mapOpen = false;
  @state() private signedIn = false;
  @state() private signInError = '';

  private submitKey: { key: string; body: string } | null = null;
  private draftRestored = false;
  /** Outbox entries this element answers for (queued here, or found when it started). */
  private readonly watched = new Set<string>();
  private listening: Outbox | undefined;
  private profileClient: ShpClient | undefined;
  private map: { remove(): void } | undefined;

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
    onComplete: (data) => this.applyUnit(data),
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
      const p = this.locationSource && this.point && data && this.inside(this.point, data) ? this.point : null;
      return [this.client, this.categoryId, p?.lat, p?.lon, data?.openStatuses.join(',')] as const;
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.resumeUploads);
    this.restoreDraft();
    this.resumeUploads();
  }

  /** Photos chosen offline start uploading when the network returns. */
  private readonly resumeUploads = (): void => {
    for (const p of this.photos)
      if (p.blob && !p.mediaId && !p.abort && p.status === 'uploading') this.startUpload(p.key);
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.resumeUploads);
    this.listening?.removeEventListener('sent', this.onSent);
    this.listening?.removeEventListener('change', this.onOutboxChange);
    this.listening = undefined;
    // Uploads stop with the page; one put back in the page starts them again.
    for (const photo of this.photos) photo.abort?.abort();
    this.photos = this.photos.map((p) => (p.abort ? { ...p, abort: undefined, upload: undefined } : p));
    this.map?.remove();
    this.map = undefined;
    this.mapOpen = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('lat') || changed.has('lon')) && this.lat !== undefined && this.lon !== undefined) {
      if (Number.isFinite(this.lat) && Number.isFinite(this.lon))
        this.setPoint({ lat: this.lat, lon: this.lon }, 'outside');
    }
    if (changed.has('category') && this.category) this.categoryId = this.category;
    if (changed.has('unit') && this.data.value) this.applyUnit(this.data.value);
    this.listenToOutbox();
    if (this.client !== this.profileClient) {
      this.profileClient = this.client;
      void this.checkSignedIn();
    }
  }

  protected override updated(): void {
    this.saveDraft();
  }

  // ── Outbox ────────────────────────────────────────────────────────────────────────

  private get activeOutbox(): Outbox {
    return this.outbox ?? sharedOutbox(this.client);
  }

  private listenToOutbox(): void {
    const outbox = this.activeOutbox;
    if (outbox === this.listening) return;
    this.listening?.removeEventListener('sent', this.onSent);
    this.listening?.removeEventListener('change', this.onOutboxChange);
    this.listening = outbox;
    outbox.addEventListener('sent', this.onSent);
    outbox.addEventListener('change', this.onOutboxChange);
    void outbox.entries().then(
      (entries) => {
        for (const entry of entries) this.watched.add(entry.id);
        this.countEntries(entries);
        outbox.start(); // sends what an earlier page left, and again when back online
      },
      () => undefined,
    );
  }

  private readonly onOutboxChange = (): void => {
    void this.listening?.entries().then(
      (entries) => this.countEntries(entries),
      () => undefined,
    );
  };

  private countEntries(entries: OutboxEntry[]): void {
    const mine = entries.filter((e) => this.watched.has(e.id));
    this.queuedCount = mine.filter((e) => !e.failed).length;
    this.refused = mine.find((e) => e.failed) ?? null;
    // The report this form queued was refused: back to the form, which still holds it.
    if (this.refused && this.phase === 'queued' && this.queuedCount === 0) this.phase = 'editing';
  }

  /** Puts a refused report back into the form and takes it out of the outbox. */
  private reopen(entry: OutboxEntry): void {
    const s = entry.submission;
    const uploaded = [...s.photoIds, ...entry.photos.filter((p) => p.mediaId).map((p) => p.mediaId!)];
    const photos: PhotoItem[] = uploaded.map((mediaId) => ({
      key: `p${++nextId}`,
      name: '',
      status: 'uploaded',
      mediaId,
    }));
    for (const p of entry.photos.filter((p) => !p.mediaId)) {
      photos.push({
        key: `p${++nextId}`,
        name: '',
        status: 'uploading',
        blob: p.blob,
        preview: URL.createObjectURL(p.blob),
      });
    }
    photos.forEach((p, i) => (p.name = this.t('feedbackForm.restoredPhoto', { index: i + 1 })));
    Object.assign(this, {
      categoryId: s.categoryId,
      reportTitle: s.title,
      content: s.content,
      address: s.address ?? '',
      unitCode: s.unit ?? this.unitCode,
      isPublic: s.public,
      name: s.contact?.name ?? '',
      phone: s.contact?.phone ?? '',
      photos,
      phase: 'editing',
      errors: {},
      submitKey: null,
    });
    this.setPoint(s.location, 'outside');
    this.watched.delete(entry.id);
    this.refused = null;
    void this.activeOutbox.remove(entry.id);
    for (const p of photos) if (p.blob) this.startUpload(p.key);
  }

  private readonly onSent = (event: Event): void => {
    const { entry, receipt } = (event as CustomEvent<OutboxSentDetail>).detail;
    if (!this.watched.delete(entry.id)) return;
    this.succeed(receipt);
  };

  // ── Draft ────────────────────────────────────────────────────────────────────────

  private get draftKey(): string {
    return `shp-feedback-draft:${location.pathname}:${this.unit ?? ''}`;
  }

  private restoreDraft(): void {
    if (this.draftRestored) return;
    this.draftRestored = true;
    let draft: Partial<Draft> | null = null;
    try {
      draft = JSON.parse(localStorage.getItem(this.draftKey) ?? 'null') as Partial<Draft> | null;
    } catch {
      return; // storage blocked, or a broken value: start empty
    }
    if (!draft) return;
    this.categoryId ||= draft.categoryId ?? '';
    this.unitCode ||= draft.unitCode ?? '';
    this.address = draft.address ?? '';
    this.reportTitle = draft.title ?? '';
    this.content = draft.content ?? '';
    this.isPublic = draft.isPublic ?? true;
    this.name = draft.name ?? '';
    this.phone = draft.phone ?? '';
    if (!this.point && draft.location) {
      this.point = draft.location;
      this.locationSource = draft.locationSource ?? null;
    }
    if (this.photos.length === 0 && Array.isArray(draft.photos)) {
      this.photos = draft.photos.map((p) => ({ ...p, key: `p${++nextId}`, status: 'uploaded' }));
    }
  }

  private saveDraft(): void {
    if (this.phase !== 'editing' && this.phase !== 'error') return;
    const draft: Draft = {
      categoryId: this.categoryId,
      unitCode: this.unitCode,
      address: this.address,
      title: this.reportTitle,
      content: this.content,
      isPublic: this.isPublic,
      name: this.name,
      phone: this.phone,
      location: this.locationSource ? this.point : null,
      locationSource: this.locationSource,
      photos: this.photos.flatMap((p) =>
        p.mediaId && p.url ? [{ mediaId: p.mediaId, url: p.url, name: p.name }] : [],
      ),
    };
    const empty =
      !draft.title && !draft.content && !draft.address && !draft.categoryId && !draft.location && !draft.photos?.length;
    try {
      if (empty) localStorage.removeItem(this.draftKey);
      else localStorage.setItem(this.draftKey, JSON.stringify(draft));
    } catch {
      // storage blocked: the form still works, the draft just does not survive a reload
    }
  }

  private clearDraft(): void {
    try {
      localStorage.removeItem(this.draftKey);
    } catch {
      // nothing to clear
    }
  }

  // ── Location ─────────────────────────────────────────────────────────────────────

  private inside(point: LatLon, data: FeedbackFormData): boolean {
    return inBBox(data.config.cityBBox, point);
  }

  private setPoint(point: LatLon | null, source: LocationSource | null): void {
    this.point = point;
    this.locationSource = point ? source : null;
    this.locationStatus = null;
    const { errors } = this;
    if (errors['location']) this.errors = { ...errors, location: undefined };
    const data = this.data?.value;
    if (point && data) {
      if (!this.inside(point, data)) this.locationStatus = 'feedbackForm.outsideCity';
      else this.selectNearestUnit(point, data);
    }
  }

  private selectNearestUnit(point: LatLon, data: FeedbackFormData): void {
    let best: Unit | undefined;
    let bestDistance = Infinity;
    for (const unit of data.units) {
      const d = distance(point, unit.centroid);
      if (d < bestDistance) [best, bestDistance] = [unit, d];
    }
    if (best) this.unitCode = best.code;
  }

  private applyUnit(data: FeedbackFormData): void {
    const wanted = this.config.unit;
    const unit = wanted ? data.units.find((u) => u.code === wanted || u.slug === wanted) : undefined;
    if (unit && (!this.unitCode || this.hasUpdated)) this.unitCode = unit.code;
    if (this.point && !this.inside(this.point, data)) this.locationStatus = 'feedbackForm.outsideCity';
    else if (this.point && !unit && !this.unitCode) this.selectNearestUnit(this.point, data); // set before loading
  }

  /** The point sent: the chosen one, else the commune's representative point. */
  private effectivePoint(data: FeedbackFormData): LatLon | null {
    if (this.point) return this.point;
    return data.units.find((u) => u.code === this.unitCode)?.centroid ?? null;
  }

  private useMyLocation(): void {
    if (!('geolocation' in navigator)) {
      this.locationStatus = 'feedbackForm.geoUnavailable';
      return;
    }
    this.locationStatus = 'feedbackForm.geoLocating';
    navigator.geolocation.getCurrentPosition(
      (position) => this.setPoint({ lat: position.coords.latitude, lon: position.coords.longitude }, 'device'),
      (error) => {
        this.locationStatus =
          error.code === error.PERMISSION_DENIED ? 'feedbackForm.geoDenied' : 'feedbackForm.geoUnavailable';
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  private async toggleMap(data: FeedbackFormData): Promise<void> {
    this.mapOpen = !this.mapOpen;
    if (!this.mapOpen) {
      this.map?.remove();
      this.map = undefined;
      return;
    }
    await this.updateComplete;
    const container = this.shadowRoot!.querySelector<HTMLElement>('.map');
    if (!container) return;
    try {
      const maplibre = await loadMapEngine(this.shadowRoot!);
      if (!this.mapOpen) return;
      const [west, south, east, north] = data.config.cityBBox;
      const center = this.effectivePoint(data) ?? { lat: (south + north) / 2, lon: (west + east) / 2 };
      const map = new maplibre.Map({
        container,
        center: [center.lon, center.lat],
        zoom: this.point ? 15 : 10,
        attributionControl: false,
        style: data.config.mapStyleUrl ?? {
          version: 8,
          sources: {},
          layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#e5ecd6' } }],
        },
      });
      const marker = new maplibre.Marker({ draggable: true });
      if (this.point) marker.setLngLat([this.point.lon, this.point.lat]).addTo(map);
      map.on('click', (event) => {
        marker.setLngLat(event.lngLat).addTo(map);
        this.setPoint({ lat: event.lngLat.lat, lon: event.lngLat.lng }, 'map');
      });
      marker.on('dragend', () => {
        const { lat, lng } = marker.getLngLat();
        this.setPoint({ lat, lon: lng }, 'map');
      });
      this.map = map;
    } catch {
      this.mapOpen = false;
      this.locationStatus = 'feedbackForm.mapFailed';
    }
  }

  // ── Photos ───────────────────────────────────────────────────────────────────────

  private get photoLimit(): number {
    const deployment = this.data.value?.config.maxPhotos;
    return Math.max(0, Math.min(this.maxPhotos, deployment ?? this.maxPhotos));
  }

  private addFiles(input: HTMLInputElement): void {
    const files = [...(input.files ?? [])];
    input.value = '';
    for (const file of files) {
      const item: PhotoItem = { key: `p${++nextId}`, name: file.name, status: 'processing' };
      if (this.photos.filter((p) => p.status !== 'error').length >= this.photoLimit) {
        this.photos = [...this.photos, { ...item, status: 'error', problem: 'feedbackForm.photoTooMany' }];
        continue;
      }
      this.photos = [...this.photos, item];
      // The photo pipeline (type sniffing, EXIF GPS, re-encoding) loads with the first photo.
      void import('./photos.js')
        .then(({ preparePhoto }) => preparePhoto(file))
        .then(
          (prepared) => {
            this.patchPhoto(item.key, {
              blob: prepared.blob,
              gps: prepared.gps,
              preview: URL.createObjectURL(prepared.blob),
            });
            this.startUpload(item.key);
          },
          (error: unknown) => {
            const problem =
              (error as { name?: string; problem?: string }).name === 'PhotoError'
                ? (error as { problem: string }).problem
                : 'corrupt';
            this.patchPhoto(item.key, { status: 'error', problem: `feedbackForm.photo_${problem}` });
          },
        );
    }
  }

  private patchPhoto(key: string, patch: Partial<PhotoItem>): void {
    this.photos = this.photos.map((p) => (p.key === key ? { ...p, ...patch } : p));
  }

  private photo(key: string): PhotoItem | undefined {
    return this.photos.find((p) => p.key === key);
  }

  /** Uploads in the background while the citizen types. Progress is indeterminate: the SDK uploads with fetch. */
  private startUpload(key: string): void {
    const item = this.photo(key);
    if (!item?.blob || item.mediaId) return;
    if (this.offline || navigator.onLine === false) {
      this.patchPhoto(key, { status: 'uploading', problem: undefined }); // waits for the network or the outbox
      return;
    }
    const abort = new AbortController();
    const upload = this.client.feedback
      .uploadMedia(item.blob, { idempotencyKey: `${key}-${item.blob.size}`, signal: abort.signal })
      .then(
        (media) => this.patchPhoto(key, { status: 'uploaded', mediaId: media.id, url: media.url, abort: undefined }),
        (error: unknown) => {
          if (abort.signal.aborted) return;
          this.patchPhoto(key, { status: 'error', problem: this.uploadMessage(error), abort: undefined });
        },
      );
    this.patchPhoto(key, { status: 'uploading', problem: undefined, abort, upload });
  }

  private uploadMessage(error: unknown): string {
    if (isHttpError(error) && error.status === 413) return this.t('feedbackForm.photo_tooLarge');
    if (isHttpError(error) && error.status === 415) return this.t('feedbackForm.photo_notImage');
    return `${this.t('feedbackForm.photoUploadFailed')} ${this.errorMessage(error)}`;
  }

  private removePhoto(key: string): void {
    const item = this.photo(key);
    item?.abort?.abort();
    if (item?.preview) URL.revokeObjectURL(item.preview);
    this.photos = this.photos.filter((p) => p.key !== key);
  }

  // ── Sign-in ──────────────────────────────────────────────────────────────────────

  private async checkSignedIn(): Promise<void> {
    const { client } = this;
    try {
      if (!(await client.auth.isSignedIn())) return;
      this.prefill(await client.auth.me());
    } catch {
      // not signed in, or the profile could not be read: the fields stay as typed
    }
  }

  private prefill(me: { name: string; phone: string | null }): void {
    this.signedIn = true;
    this.name ||= me.name;
    this.phone ||= me.phone ?? '';
  }

  private async signIn(): Promise<void> {
    this.signInError = '';
    try {
      const redirectUri = `${location.origin}${location.pathname}`;
      this.prefill(await this.client.auth.signInWithPopup({ redirectUri }));
    } catch (error) {
      this.signInError = this.t('feedbackForm.signInFailed') + ' ' + this.errorMessage(error);
    }
  }

  // ── Submit ───────────────────────────────────────────────────────────────────────

  private validate(data: FeedbackFormData): Partial<Record<string, TranslationKey>> {
    const errors: Partial<Record<string, TranslationKey>> = {};
    if (!data.categories.some((c) => c.id === this.categoryId)) errors['category'] = 'feedbackForm.needCategory';
    const point = this.effectivePoint(data);
    if (!point) errors['location'] = 'feedbackForm.needLocation';
    else if (!this.inside(point, data)) errors['location'] = 'feedbackForm.outsideCity';
    const title = visibleLength(this.reportTitle.trim());
    if (title < TITLE.min) errors['title'] = 'feedbackForm.titleTooShort';
    else if (title > TITLE.max) errors['title'] = 'feedbackForm.titleTooLong';
    const content = visibleLength(this.content.trim());
    if (content < CONTENT.min) errors['content'] = 'feedbackForm.contentTooShort';
    else if (content > CONTENT.max) errors['content'] = 'feedbackForm.contentTooLong';
    if (this.phone.trim() && !PHONE.test(this.phone.trim())) errors['phone'] = 'feedbackForm.badPhone';
    if (this.phone.trim() && !this.name.trim()) errors['name'] = 'feedbackForm.needName';
    if (this.photos.some((p) => p.status === 'processing')) errors['photos'] = 'feedbackForm.photosBusy';
    if (this.needsSignIn(data) && !this.signedIn) errors['signIn'] = 'feedbackForm.needSignIn';
    return errors;
  }

  private needsSignIn(data: FeedbackFormData): boolean {
    return this.requireSignIn || data.config.requireSignIn;
  }

  private buildSubmission(data: FeedbackFormData): FeedbackSubmission {
    const unit = data.units.find((u) => u.code === this.unitCode);
    const address = normalizeText(this.address).trim();
    const name = normalizeText(this.name).trim();
    const phone = this.phone.trim();
    return {
      categoryId: this.categoryId,
      title: normalizeText(this.reportTitle).trim(),
      content: normalizeText(this.content).trim(),
      location: this.effectivePoint(data)!,
      ...(unit ? { unit: unit.code } : {}),
      ...(address ? { address } : {}),
      photoIds: this.photos.filter((p) => p.mediaId).map((p) => p.mediaId!),
      public: this.isPublic,
      ...(name ? { contact: { name, ...(phone ? { phone } : {}) } } : {}),
    };
  }

  private async submit(event: SubmitEvent, data: FeedbackFormData): Promise<void> {
    event.preventDefault();
    if (this.phase === 'submitting') return;
    this.errors = this.validate(data);
    const invalid = Object.keys(this.errors).filter((k) => this.errors[k]);
    if (invalid.length > 0) {
      await this.updateComplete;
      this.shadowRoot!.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.phase = 'submitting';
    this.submitError = '';
    // Photos still uploading are waited for; offline they go to the outbox as bytes.
    if (!this.offline) await Promise.all(this.photos.map((p) => p.upload));
    const failedPhoto = this.photos.find((p) => p.status === 'error' && p.blob);
    if (failedPhoto && !this.offline) {
      this.phase = 'error';
      this.submitError = this.t('feedbackForm.photoFailedBeforeSubmit');
      return;
    }
    const submission = this.buildSubmission(data);
    if (this.emit(new ShpFeedbackSubmitEvent({ submission })).defaultPrevented) {
      this.phase = 'editing';
      return;
    }
    // One key for every try of the same report; a report changed after a failure is a new one.
    const body = JSON.stringify(submission);
    if (this.submitKey?.body !== body) this.submitKey = { key: crypto.randomUUID(), body };
    const { key } = this.submitKey;

    if (this.offline) return this.queue(submission, key);
    try {
      this.succeed(await this.client.feedback.submit(submission, { idempotencyKey: key }));
    } catch (error) {
      // A dropped connection or a timeout may or may not have reached the server:
      // the outbox tries again with the same key, so it is recorded once either way.
      if (isNetworkError(error) || isTimeoutError(error) || this.offline) return this.queue(submission, key);
      this.emitError(error);
      this.phase = 'error';
      this.submitError = this.errorMessage(error);
    }
  }

  private async queue(submission: FeedbackSubmission, key: string): Promise<void> {
    const pending = this.photos.filter((p) => p.blob && !p.mediaId);
    for (const p of pending) p.abort?.abort();
    try {
      const outbox = this.activeOutbox;
      if (!(await outbox.available())) throw new Error('no storage');
      this.watched.add(key);
      await outbox.add(submission, { idempotencyKey: key, photos: pending.map((p) => p.blob!) });
      this.phase = 'queued';
      this.clearDraft();
      this.onOutboxChange();
    } catch {
      this.watched.delete(key);
      this.phase = 'error';
      this.submitError = this.t('feedbackForm.storageUnavailable');
    }
  }

  private succeed(receipt: FeedbackReceipt): void {
    this.receipt = receipt;
    this.phase = 'success';
    this.submitKey = null;
    this.clearDraft();
    this.emit(new ShpFeedbackSubmittedEvent({ id: receipt.id, trackingCode: receipt.trackingCode }));
  }

  private reset(): void {
    for (const p of this.photos) if (p.preview) URL.revokeObjectURL(p.preview);
    Object.assign(this, {
      phase: 'editing',
      title: '',
      content: '',
      address: '',
      photos: [],
      errors: {},
      receipt: null,
      submitError: '',
      point: null,
      locationSource: null,
      locationStatus: null,
    });
  }

  private reportHref(id: string, trackingCode = ''): string {
    if (this.reportUrl) {
      return this.reportUrl
        .replace('{id}', encodeURIComponent(id))
        .replace('{trackingCode}', encodeURIComponent(trackingCode));
    }
    return new URL(`v1/feedback/${encodeURIComponent(id)}`, this.config.apiBase).href;
  }

  // ── Rendering ────────────────────────────────────────────────────────────────────

  protected override renderContent(): unknown {
    // Reports waiting in the outbox are mentioned even while the form cannot load (offline after a reload).
    const waiting =
      this.queuedCount > 0 && this.phase !== 'queued' && this.phase !== 'success'
        ? html`<p part="queued" class="note" role="status">
            ${this.t('feedbackForm.waiting', { count: this.queuedCount })}
          </p>`
        : nothing;
    const refused = this.refused
      ? html`<div part="error" class="error" role="alert">
          <p class="error-message">
            ${this.t('feedbackForm.refused', {
              reason: this.errorMessage({
                name: 'ShpHttpError',
                type: 'http',
                operation: 'feedback.submit',
                status: this.refused.failed!.status,
              }),
            })}
          </p>
          <button class="button" type="button" @click=${() => this.reopen(this.refused!)}>
            ${this.t('feedbackForm.reopen')}
          </button>
        </div>`
      : nothing;
    return html`${waiting}${refused}${this.renderData()}`;
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
    if (this.phase === 'success' && this.receipt) return this.renderSuccess(this.receipt);
    if (this.phase === 'queued') return this.renderQueued();
    const busy = this.phase === 'submitting';
    return html`
      <form
        part="form"
        class="form"
        novalidate
        aria-busy=${busy ? 'true' : 'false'}
        @submit=${(e: SubmitEvent) => void this.submit(e, data)}
      >
        ${this.renderCategory(data)} ${this.renderLocation(data)} ${this.renderText()} ${this.renderPhotos()}
        ${this.renderDuplicates()} ${this.renderContact(data)} ${this.renderPrivacy(data)}
        ${
          this.phase === 'error'
            ? html`<div part="error" class="error" role="alert">
                <p class="error-message">${this.submitError}</p>
                <p class="hint">${this.t('feedbackForm.keptEverything')}</p>
              </div>`
            : nothing
        }
        <div class="actions">
          <button part="submit-button" class="button" type="submit" ?disabled=${busy}>
            ${this.t(this.phase === 'error' ? 'feedbackForm.retry' : 'feedbackForm.submit')}
          </button>
          ${busy ? html`<span role="status" class="hint">${this.t('feedbackForm.sending')}</span>` : nothing}
        </div>
      </form>
    `;
  }

  private fieldError(name: string): TemplateResult | typeof nothing {
    const key = this.errors[name];
    return key ? html`<p id="${name}-error" class="field-error">${this.t(key)}</p>` : nothing;
  }

  private invalid(name: string): 'true' | 'false' {
    return this.errors[name] ? 'true' : 'false';
  }

  private clearError(name: string): void {
    if (this.errors[name]) this.errors = { ...this.errors, [name]: undefined };
  }

  private renderCategory(data: FeedbackFormData): TemplateResult {
    const en = this.config.locale === 'en';
    const label = (c: FeedbackCategory) => (en ? c.nameEn : c.name);
    const groupLabel = (c: FeedbackCategory) => (en ? c.groupNameEn : c.groupName);
    const shown = data.categories.filter(
      (c) => c.id === this.categoryId || matchesSearch(`${label(c)} ${groupLabel(c)} ${c.name}`, this.categoryQuery),
    );
    const groups = new Map<string, FeedbackCategory[]>();
    for (const c of shown) groups.set(groupLabel(c), [...(groups.get(groupLabel(c)) ?? []), c]);
    const chosen = data.categories.find((c) => c.id === this.categoryId);
    const notice = chosen?.notice ? (en ? chosen.notice.en : chosen.notice.vi) : '';
    return html`<div part="field" class="field">
      <label part="label" for="category-search">${this.t('feedbackForm.categorySearch')}</label>
      <input
        part="input"
        id="category-search"
        type="search"
        autocomplete="off"
        .value=${this.categoryQuery}
        @input=${(e: InputEvent) => {
          this.categoryQuery = (e.target as HTMLInputElement).value;
          const matches = data.categories.filter((c) =>
            matchesSearch(`${label(c)} ${groupLabel(c)} ${c.name}`, this.categoryQuery),
          );
          if (matches.length === 1) this.categoryId = matches[0]!.id;
        }}
      />
      <label part="label" for="category">${this.t('feedbackForm.category')}</label>
      <select
        part="input"
        id="category"
        name="category"
        aria-invalid=${this.invalid('category')}
        aria-describedby=${this.errors['category'] ? 'category-error' : nothing}
        @change=${(e: Event) => {
          this.categoryId = (e.target as HTMLSelectElement).value;
          this.clearError('category');
        }}
      >
        <option value="" ?selected=${!this.categoryId}>${this.t('feedbackForm.chooseCategory')}</option>
        ${[...groups].map(
          ([group, items]) =>
            html`<optgroup label=${group}>
              ${items.map((c) => html`<option value=${c.id} ?selected=${c.id === this.categoryId}>${label(c)}</option>`)}
            </optgroup>`,
        )}
      </select>
      ${this.fieldError('category')}
      ${notice ? html`<p part="notice" class="notice" role="note">${notice}</p>` : nothing}
    </div>`;
  }

  private renderLocation(data: FeedbackFormData): TemplateResult {
    const shownUnits = data.units.filter((u) => u.code === this.unitCode || matchesSearch(u.name, this.unitQuery));
    const point = this.point;
    const photoWithGps = this.photos.find((p) => p.gps && this.locationSource !== 'photo');
    return html`<fieldset part="field" class="field location">
      <legend part="label">${this.t('feedbackForm.location')}</legend>
      <label part="label" for="unit-search">${this.t('feedbackForm.unitSearch')}</label>
      <input
        part="input"
        id="unit-search"
        type="search"
        autocomplete="off"
        .value=${this.unitQuery}
        @input=${(e: InputEvent) => {
          this.unitQuery = (e.target as HTMLInputElement).value;
          const matches = data.units.filter((u) => matchesSearch(u.name, this.unitQuery));
          if (matches.length === 1) this.unitCode = matches[0]!.code;
        }}
      />
      <label part="label" for="unit">${this.t('feedbackForm.unit')}</label>
      <select
        part="input"
        id="unit"
        aria-invalid=${this.invalid('location')}
        aria-describedby=${this.errors['location'] ? 'location-error' : nothing}
        @change=${(e: Event) => {
          this.unitCode = (e.target as HTMLSelectElement).value;
          this.clearError('location');
        }}
      >
        <option value="" ?selected=${!this.unitCode}>${this.t('feedbackForm.chooseUnit')}</option>
        ${shownUnits.map((u) => html`<option value=${u.code} ?selected=${u.code === this.unitCode}>${u.name}</option>`)}
      </select>
      <label part="label" for="address">${this.t('feedbackForm.address')}</label>
      <input
        part="input"
        id="address"
        autocomplete="street-address"
        .value=${this.address}
        @input=${(e: InputEvent) => (this.address = (e.target as HTMLInputElement).value)}
      />
      <div class="row">
        <button class="button secondary" type="button" @click=${() => this.useMyLocation()}>
          ${this.t('feedbackForm.useMyLocation')}
        </button>
        <button
          class="button secondary"
          type="button"
          aria-expanded=${this.mapOpen ? 'true' : 'false'}
          @click=${() => void this.toggleMap(data)}
        >
          ${this.t(this.mapOpen ? 'feedbackForm.hideMap' : 'feedbackForm.showMap')}
        </button>
      </div>
      ${
        this.mapOpen
          ? html`<div part="map" class="map" role="region" aria-label=${this.t('feedbackForm.mapLabel')}></div>`
          : nothing
      }
      ${
        photoWithGps
          ? html`<div class="offer" role="group" aria-label=${this.t('feedbackForm.photoLocationOffer')}>
              <p>${this.t('feedbackForm.photoLocationOffer')}</p>
              <button class="button secondary" type="button" @click=${() => this.setPoint(photoWithGps.gps!, 'photo')}>
                ${this.t('feedbackForm.usePhotoLocation')}
              </button>
            </div>`
          : nothing
      }
      <p class="hint" role="status" aria-live="polite">
        ${
          point && this.locationSource
            ? this.t(`feedbackForm.pointFrom_${this.locationSource}`, {
                lat: point.lat.toFixed(5),
                lon: point.lon.toFixed(5),
              })
            : this.t('feedbackForm.unitPointHint')
        }
        ${this.locationStatus && this.locationStatus !== 'feedbackForm.outsideCity' ? this.t(this.locationStatus) : ''}
      </p>
      ${
        this.locationStatus === 'feedbackForm.outsideCity'
          ? html`<p class="field-error" role="alert">${this.t('feedbackForm.outsideCity')}</p>`
          : this.fieldError('location')
      }
    </fieldset>`;
  }

  private renderCount(name: string, value: string, max: number): TemplateResult {
    const n = visibleLength(value);
    return html`<span id="${name}-count" class="count ${n > max ? 'over' : ''}">
      ${this.t('feedbackForm.count', { count: n, max })}
    </span>`;
  }

  private renderText(): TemplateResult {
    const describedBy = (name: string) => `${name}-count${this.errors[name] ? ` ${name}-error` : ''}`;
    return html`<div part="field" class="field">
        <label part="label" for="title">${this.t('feedbackForm.title')}</label>
        <input
          part="input"
          id="title"
          name="title"
          autocomplete="off"
          .value=${this.reportTitle}
          aria-invalid=${this.invalid('title')}
          aria-describedby=${describedBy('title')}
          @input=${(e: InputEvent) => {
            this.reportTitle = (e.target as HTMLInputElement).value;
            this.clearError('title');
          }}
          @change=${(e: Event) => (this.reportTitle = (e.target as HTMLInputElement).value = normalizeText(this.reportTitle))}
        />
        ${this.renderCount('title', this.reportTitle, TITLE.max)} ${this.fieldError('title')}
      </div>
      <div part="field" class="field">
        <label part="label" for="content">${this.t('feedbackForm.content')}</label>
        <textarea
          part="input"
          id="content"
          name="content"
          rows="5"
          .value=${this.content}
          aria-invalid=${this.invalid('content')}
          aria-describedby=${describedBy('content')}
          @input=${(e: InputEvent) => {
            this.content = (e.target as HTMLTextAreaElement).value;
            this.clearError('content');
          }}
          @change=${(e: Event) =>
            (this.content = (e.target as HTMLTextAreaElement).value = normalizeText(this.content))}
        ></textarea>
        ${this.renderCount('content', this.content, CONTENT.max)} ${this.fieldError('content')}
      </div>`;
  }

  private renderPhotos(): TemplateResult {
    const full = this.photos.filter((p) => p.status !== 'error').length >= this.photoLimit;
    return html`<div part="field" class="field">
      <label part="label" for="photos">${this.t('feedbackForm.photos')}</label>
      <p id="photos-hint" class="hint">${this.t('feedbackForm.photosHint', { count: this.photoLimit })}</p>
      <input
        part="input"
        id="photos"
        type="file"
        accept="image/*"
        multiple
        aria-describedby="photos-hint"
        ?disabled=${full}
        @change=${(e: Event) => this.addFiles(e.target as HTMLInputElement)}
      />
      <label class="camera">
        <span>${this.t('feedbackForm.camera')}</span>
        <input
          type="file"
          accept="image/*"
          capture="environment"
          ?disabled=${full}
          @change=${(e: Event) => this.addFiles(e.target as HTMLInputElement)}
        />
      </label>
      ${this.fieldError('photos')}
      ${
        this.photos.length > 0
          ? html`<ul part="photos" class="photos">
              ${this.photos.map((p) => this.renderPhoto(p))}
            </ul>`
          : nothing
      }
    </div>`;
  }

  private renderPhoto(p: PhotoItem): TemplateResult {
    const problem = p.problem?.startsWith('feedbackForm.') ? this.t(p.problem as TranslationKey) : p.problem;
    return html`<li class="photo" data-status=${p.status}>
      ${p.preview || p.url ? html`<img src=${(p.preview ?? p.url)!} alt="" width="64" height="64" />` : nothing}
      <div class="photo-body">
        <span class="photo-name">${p.name}</span>
        ${
          p.status === 'processing' || p.status === 'uploading'
            ? html`<progress aria-label=${this.t('feedbackForm.uploading', { name: p.name })}></progress>
                <span class="hint"
                  >${this.t(this.offline ? 'feedbackForm.photoWaiting' : 'feedbackForm.photoUploading')}</span
                >`
            : nothing
        }
        ${p.status === 'uploaded' ? html`<span class="hint">${this.t('feedbackForm.photoUploaded')}</span>` : nothing}
        ${p.status === 'error' ? html`<span class="field-error" role="alert">${problem}</span>` : nothing}
      </div>
      <div class="photo-actions">
        ${
          p.status === 'error' && p.blob
            ? html`<button class="button secondary" type="button" @click=${() => this.startUpload(p.key)}>
                ${this.t('feedbackForm.retryPhoto')}
              </button>`
            : nothing
        }
        <button
          class="button secondary"
          type="button"
          aria-label=${this.t(p.status === 'uploading' ? 'feedbackForm.cancelPhoto' : 'feedbackForm.removePhoto', {
            name: p.name,
          })}
          @click=${() => this.removePhoto(p.key)}
        >
          ${this.t(p.status === 'uploading' ? 'feedbackForm.cancel' : 'feedbackForm.remove')}
        </button>
      </div>
    </li>`;
  }

  private renderDuplicates(): unknown {
    return this.duplicates.render({
      complete: (items) =>
        items.length === 0
          ? nothing
          : html`<section part="duplicates" class="duplicates" aria-labelledby="duplicates-title">
              <h3 id="duplicates-title">${this.t('feedbackForm.duplicatesTitle')}</h3>
              <p class="hint">${this.t('feedbackForm.duplicatesHint')}</p>
              <ul>
                ${items.map(
                  (item) =>
                    html`<li>
                      <a href=${this.reportHref(item.id, item.trackingCode)} target="_blank" rel="noopener"
                        >${item.title}</a
                      >
                      <span class="hint">
                        ${item.trackingCode} · ${this.formatDistance(distance(this.point!, item.location))}</span
                      >
                    </li>`,
                )}
              </ul>
            </section>`,
    });
  }

  private renderContact(data: FeedbackFormData): TemplateResult {
    const needsSignIn = this.needsSignIn(data) && !this.signedIn;
    return html`<fieldset part="field" class="field">
      <legend part="label">${this.t('feedbackForm.contact')}</legend>
      <p class="hint">${this.t('feedbackForm.contactPrivate')}</p>
      ${
        needsSignIn
          ? html`<div class="sign-in">
              <p id="signIn-error" class=${this.errors['signIn'] ? 'field-error' : 'hint'}>
                ${this.t('feedbackForm.needSignIn')}
              </p>
              <button
                class="button"
                type="button"
                aria-invalid=${this.invalid('signIn')}
                @click=${() => void this.signIn()}
              >
                ${this.t('feedbackForm.signIn', { provider: data.config.identityProvider.name })}
              </button>
              ${this.signInError ? html`<p class="field-error" role="alert">${this.signInError}</p>` : nothing}
            </div>`
          : nothing
      }
      <label part="label" for="name">${this.t('feedbackForm.name')}</label>
      <input
        part="input"
        id="name"
        autocomplete="name"
        .value=${this.name}
        aria-invalid=${this.invalid('name')}
        aria-describedby=${this.errors['name'] ? 'name-error' : nothing}
        @input=${(e: InputEvent) => {
          this.name = (e.target as HTMLInputElement).value;
          this.clearError('name');
        }}
      />
      ${this.fieldError('name')}
      <label part="label" for="phone">${this.t('feedbackForm.phone')}</label>
      <input
        part="input"
        id="phone"
        type="tel"
        autocomplete="tel"
        .value=${this.phone}
        aria-invalid=${this.invalid('phone')}
        aria-describedby=${this.errors['phone'] ? 'phone-error' : nothing}
        @input=${(e: InputEvent) => {
          this.phone = (e.target as HTMLInputElement).value;
          this.clearError('phone');
        }}
      />
      ${this.fieldError('phone')}
    </fieldset>`;
  }

  private renderPrivacy(data: FeedbackFormData): TemplateResult {
    const category = data.categories.find((c) => c.id === this.categoryId);
    const en = this.config.locale === 'en';
    const unit = data.units.find((u) => u.code === this.unitCode);
    const photos = this.photos.filter((p) => p.status !== 'error').length;
    return html`<div part="field" class="field">
        <label class="check">
          <input
            type="checkbox"
            id="public"
            .checked=${this.isPublic}
            @change=${(e: Event) => (this.isPublic = (e.target as HTMLInputElement).checked)}
          />
          <span>${this.t('feedbackForm.public')}</span>
        </label>
      </div>
      <section part="preview" class="preview" aria-labelledby="preview-title">
        <h3 id="preview-title">
          ${this.t(this.isPublic ? 'feedbackForm.previewPublic' : 'feedbackForm.previewPrivate')}
        </h3>
        ${
          this.isPublic
            ? html`<dl>
                <dt>${this.t('feedbackForm.category')}</dt>
                <dd>${category ? (en ? category.nameEn : category.name) : '—'}</dd>
                <dt>${this.t('feedbackForm.title')}</dt>
                <dd class="preview-title">${normalizeText(this.reportTitle).trim() || '—'}</dd>
                <dt>${this.t('feedbackForm.content')}</dt>
                <dd class="preview-content">${normalizeText(this.content).trim() || '—'}</dd>
                <dt>${this.t('feedbackForm.location')}</dt>
                <dd>${[normalizeText(this.address).trim(), unit?.name].filter(Boolean).join(', ') || '—'}</dd>
                <dt>${this.t('feedbackForm.photos')}</dt>
                <dd>${this.formatNumber(photos)}</dd>
              </dl>`
            : nothing
        }
        <p class="hint">${this.t('feedbackForm.identityNeverPublic')}</p>
      </section>`;
  }

  private renderQueued(): TemplateResult {
    return html`<div part="queued" class="done" role="status">
      <p class="done-title">${this.t('feedbackForm.queuedTitle')}</p>
      <p>${this.t('feedbackForm.queuedBody')}</p>
      <div class="row">
        <button class="button" type="button" @click=${() => void this.activeOutbox.flush()}>
          ${this.t('feedbackForm.sendNow')}
        </button>
        <button class="button secondary" type="button" @click=${() => this.reset()}>
          ${this.t('feedbackForm.another')}
        </button>
      </div>
    </div>`;
  }

  private renderSuccess(receipt: FeedbackReceipt): TemplateResult {
    return html`<div part="success" class="done" role="status">
      <p class="done-title">${this.t('feedbackForm.successTitle')}</p>
      <p>
        ${this.t('feedbackForm.trackingCode')}
        <strong class="tracking-code">${receipt.trackingCode}</strong>
      </p>
      <div class="row">
        <a class="link" href=${this.reportHref(receipt.id, receipt.trackingCode)} target="_blank" rel="noopener"
          >${this.t('feedbackForm.viewReport')}</a
        >
        <button class="button secondary" type="button" @click=${() => this.reset()}>
          ${this.t('feedbackForm.another')}
        </button>
      </div>
    </div>`;
  }
}

import {
  isHttpError,
  isNetworkError,
  isTimeoutError,
  randomUUID,
  type FeedbackReceipt,
  type FeedbackSubmission,
} from '@smart-haiphong/sdk';
import { ShpFeedbackSubmitEvent, ShpFeedbackSubmittedEvent } from '../../events/index.js';
import type { LocationController } from '../../internal/location-controller.js';
import type { ShpElement } from '../../internal/shp-element.js';
import type { FeedbackFormData } from './feedback-form.data.js';
import type { FeedbackOutboxController } from './feedback-outbox.controller.js';
import type { PhotoUploadsController } from './photo-uploads.controller.js';
import { clearDraft } from './draft.js';
import { buildSubmission, fieldOf, validate, type FeedbackFields, type FieldErrors } from './submission.js';

/** Where a report stands: typed, being sent, kept in the outbox, refused or failed, recorded. */
export type Phase = 'editing' | 'submitting' | 'queued' | 'error' | 'success';

export interface SendOptions {
  fields: () => FeedbackFields;
  place: LocationController;
  photos: PhotoUploadsController;
  delivery: FeedbackOutboxController;
  /** Sign-in is required and the citizen has not signed in. */
  mustSignIn: (data: FeedbackFormData) => boolean;
  /** The draft this form keeps (forgotten once the report is sent or queued). */
  draftKey: () => string;
  /** The element's `emit` and `emitError` (protected there). */
  emit: <E extends ShpFeedbackSubmitEvent | ShpFeedbackSubmittedEvent>(event: E) => E;
  emitError: (error: unknown) => void;
}

/**
 * Sending a report, exactly once: validation with the focus on the first field at fault,
 * photos waited for, one idempotency key for every try of the same report, the outbox when
 * the network is gone or drops mid-send, a refusal named by its field. Holds where the
 * report stands (`phase`), the field errors, the message of a failure and the receipt.
 */
export class SendController {
  phase: Phase = 'editing';
  errors: FieldErrors = {};
  /** Why the last try failed, in the citizen's words ('' when it did not). */
  error = '';
  receipt: FeedbackReceipt | null = null;
  private key: { key: string; body: string } | null = null;

  constructor(
    private readonly host: ShpElement,
    private readonly options: SendOptions,
  ) {}

  private set(patch: Partial<Pick<SendController, 'phase' | 'errors' | 'error' | 'receipt'>>): void {
    Object.assign(this, patch);
    this.host.requestUpdate();
  }

  clearError(name: string): void {
    if (this.errors[name]) this.set({ errors: { ...this.errors, [name]: undefined } });
  }

  /** Back to an empty form (a new report), or to the form holding a refused one. */
  restart(): void {
    this.key = null;
    this.set({ phase: 'editing', errors: {}, receipt: null, error: '' });
  }

  async submit(event: SubmitEvent, data: FeedbackFormData): Promise<void> {
    event.preventDefault();
    if (this.phase === 'submitting') return;
    const { place, photos, delivery } = this.options;
    const fields = this.options.fields();
    const host = this.host;
    const point = place.effectivePoint(data);
    this.set({
      errors: validate(fields, {
        categoryIds: data.categories.map((c) => c.id),
        point,
        inside: !!point && place.inside(point, data),
        photosBusy: photos.items.some((p) => p.status === 'processing'),
        needsSignIn: this.options.mustSignIn(data),
      }),
    });
    if (Object.values(this.errors).some(Boolean)) return this.focusInvalid();
    this.set({ phase: 'submitting', error: '' });
    // Photos still uploading are waited for; offline they go to the outbox as bytes.
    if (!host.offline) {
      photos.resumeWaiting(); // an upload cut by the network, or handed back by a full outbox
      await Promise.all(photos.items.map((p) => p.upload));
    }
    // A report never leaves without a photo the citizen attached and did not remove.
    if (!host.offline && photos.items.some((p) => p.blob && !p.mediaId)) {
      return this.set({ phase: 'error', error: host.t('feedbackForm.photoFailedBeforeSubmit') });
    }
    const unit = data.units.find((u) => u.code === place.unitCode);
    const submission = buildSubmission(fields, place.effectivePoint(data)!, unit?.code, photos.mediaIds);
    if (this.options.emit(new ShpFeedbackSubmitEvent({ submission })).defaultPrevented) {
      return this.set({ phase: 'editing' });
    }
    // One key for every try of the same report; a report changed after a failure is a new one.
    const body = JSON.stringify(submission);
    if (this.key?.body !== body) this.key = { key: randomUUID(), body };
    const { key } = this.key;

    if (host.offline) return this.queue(submission, key);
    // Durable before the first send: a reload mid-send leaves the report in the outbox, which
    // sends it again with the same key, and no restored draft to send a second time.
    const held = await delivery.hold(submission, key);
    if (held) clearDraft(this.options.draftKey());
    try {
      const receipt = await host.client.feedback.submit(submission, { idempotencyKey: key });
      if (held) await delivery.release(key);
      this.succeed(receipt);
    } catch (error) {
      // A dropped connection or a timeout may or may not have reached the server:
      // the outbox tries again with the same key, so it is recorded once either way.
      if (isNetworkError(error) || isTimeoutError(error) || host.offline) return this.queue(submission, key);
      if (held) await delivery.release(key); // refused: not for the outbox to retry
      this.options.emitError(error);
      // The API refused one field: name it in the citizen's words, by the field, and go there.
      const field = isHttpError(error) && error.status === 400 ? fieldOf(error.param) : undefined;
      if (field) {
        this.set({ phase: 'editing', errors: { ...this.errors, [field]: 'feedbackForm.fieldRejected' } });
        return this.focusInvalid();
      }
      this.set({ phase: 'error', error: host.errorMessage(error) });
    }
  }

  /** A report sent from the outbox (this form's, after a reload too) was recorded. */
  succeed(receipt: FeedbackReceipt): void {
    this.key = null;
    this.set({ receipt, phase: 'success' });
    clearDraft(this.options.draftKey());
    this.options.emit(new ShpFeedbackSubmittedEvent({ id: receipt.id, trackingCode: receipt.trackingCode }));
    this.focusOutcome('success');
  }

  private async queue(submission: FeedbackSubmission, key: string): Promise<void> {
    const { photos, delivery } = this.options;
    try {
      await delivery.add(submission, key, photos.takePending());
    } catch {
      photos.returnPending();
      return this.set({ phase: 'error', error: this.host.t('feedbackForm.storageUnavailable') });
    }
    this.set({ phase: 'queued' });
    this.focusOutcome('queued');
    clearDraft(this.options.draftKey());
    delivery.refresh();
  }

  private async focusInvalid(): Promise<void> {
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  /**
   * The form is replaced by its outcome (sent, or kept to send later): focus moves there,
   * so that keyboard and screen-reader users continue from it instead of from <body>.
   */
  private focusOutcome(part: 'success' | 'queued'): void {
    void this.host.updateComplete.then(() => {
      const outcome = this.host.shadowRoot?.querySelector<HTMLElement>(`[part~="${part}"]`);
      // Only when focus was in the form (or lost): never pull it away from the page.
      const active = document.activeElement;
      if (outcome && (active === this.host || active === document.body || active === null)) outcome.focus();
    });
  }
}

import type { FeedbackSubmission } from '@smart-haiphong/sdk';

/** The `detail` of {@link ShpFeedbackSubmitEvent}. */
export interface ShpFeedbackSubmitEventDetail {
  /** What is about to be sent (photos not yet uploaded are not in `photoIds`). */
  submission: FeedbackSubmission;
}

/**
 * Emitted by `<shp-feedback-form>` just before it sends a report. Cancelable: call
 * `preventDefault()` to stop the submission (the form keeps everything).
 */
export class ShpFeedbackSubmitEvent extends CustomEvent<ShpFeedbackSubmitEventDetail> {
  static readonly eventName = 'shp-feedback-submit';
  constructor(detail: ShpFeedbackSubmitEventDetail) {
    super(ShpFeedbackSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'shp-feedback-submit': ShpFeedbackSubmitEvent;
  }
}

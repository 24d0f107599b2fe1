/** The `detail` of {@link ShpFeedbackSubmittedEvent}. */
export interface ShpFeedbackSubmittedEventDetail {
  /** The report's id. */
  id: string;
  /** The code the citizen quotes to the 1022 hotline, e.g. `PA-260512-0042`. */
  trackingCode: string;
}

/**
 * Emitted by `<shp-feedback-form>` when the server has recorded a report: right
 * after submitting, or later when a queued report is delivered from the outbox.
 */
export class ShpFeedbackSubmittedEvent extends CustomEvent<ShpFeedbackSubmittedEventDetail> {
  static readonly eventName = 'shp-feedback-submitted';
  constructor(detail: ShpFeedbackSubmittedEventDetail) {
    super(ShpFeedbackSubmittedEvent.eventName, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'shp-feedback-submitted': ShpFeedbackSubmittedEvent;
  }
}

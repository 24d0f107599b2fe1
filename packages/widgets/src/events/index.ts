export { ShpErrorEvent, type ShpErrorEventDetail } from './shp-error.js';
export { ShpFeedbackMapPickEvent, type ShpFeedbackMapPickEventDetail } from './shp-feedback-map-pick.js';
export { ShpFeedbackSubmitEvent, type ShpFeedbackSubmitEventDetail } from './shp-feedback-submit.js';
export { ShpFeedbackSubmittedEvent, type ShpFeedbackSubmittedEventDetail } from './shp-feedback-submitted.js';
export { ShpPlaceSelectEvent, type ShpPlaceSelectEventDetail } from './shp-place-select.js';
export { ShpNewsOpenEvent, type ShpNewsOpenEventDetail } from './shp-news-open.js';

import type { ShpErrorEvent } from './shp-error.js';
import type { ShpFeedbackMapPickEvent } from './shp-feedback-map-pick.js';
import type { ShpFeedbackSubmitEvent } from './shp-feedback-submit.js';
import type { ShpFeedbackSubmittedEvent } from './shp-feedback-submitted.js';
import type { ShpNewsOpenEvent } from './shp-news-open.js';
import type { ShpPlaceSelectEvent } from './shp-place-select.js';

/** Every event a widget emits; `ShpElement.emit()` accepts only these. */
export type ShpEvent =
  | ShpErrorEvent
  | ShpFeedbackMapPickEvent
  | ShpFeedbackSubmitEvent
  | ShpFeedbackSubmittedEvent
  | ShpNewsOpenEvent
  | ShpPlaceSelectEvent;

import type { Message } from '../../translations/index.js';

/**
 * The strings of the shared marker map: every word MapLibre shows or speaks (its
 * canvas label, control buttons, attribution toggle) and the pick mode's. A widget that
 * shows a marker map adds `markerMapStrings` to its `static strings`.
 */
export interface MarkerMapStrings {
  /** The canvas's label: what it is and how to move it by keyboard. */
  mapLabel: Message;
  zoomIn: Message;
  zoomOut: Message;
  resetBearing: Message;
  toggleAttribution: Message;
  mapFeedback: Message;
  marker: Message;
  closePopup: Message;
  loading: Message;
  error: Message;
  /** The markers of the view could not be loaded. */
  markersError: Message;
  pickHint: Message;
  pickCentre: Message;
  pickCancel: Message;
  /** `{lat}`, `{lon}`. */
  picked: Message;
}

declare module '../../translations/types.js' {
  interface Translation {
    markerMap: MarkerMapStrings;
  }
}

/** The `detail` of {@link ShpFeedbackMapPickEvent}. */
export interface ShpFeedbackMapPickEventDetail {
  /** Latitude of the picked point, WGS84 degrees. */
  lat: number;
  /** Longitude of the picked point, WGS84 degrees. */
  lon: number;
  /**
   * The commune, ward or special zone of the point: the element's `unit` when it is
   * scoped to one, else the unit whose anchor point is nearest (boundaries are not open
   * data, so this is a best guess the citizen can correct in the form).
   */
  unitCode: string | null;
}

/**
 * Emitted by `<shp-feedback-map>` when a citizen picks a point with "Phản ánh tại đây"
 * (a click on the map, or the map centre by keyboard), so that the page can open the
 * feedback form prefilled with the location and commune.
 */
export class ShpFeedbackMapPickEvent extends CustomEvent<ShpFeedbackMapPickEventDetail> {
  static readonly eventName = 'shp-feedback-map-pick';
  constructor(detail: ShpFeedbackMapPickEventDetail) {
    super(ShpFeedbackMapPickEvent.eventName, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'shp-feedback-map-pick': ShpFeedbackMapPickEvent;
  }
}

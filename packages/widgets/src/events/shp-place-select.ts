import type { NearbyPlace, Place } from '@smart-haiphong/sdk';

/** The `detail` of {@link ShpPlaceSelectEvent}. */
export interface ShpPlaceSelectEventDetail {
  /**
   * The place as the API gave it (`places.nearby` adds `distanceMeters`, from the position
   * the list is sorted by; a place opened from a shared link has none).
   */
  place: Place | NearbyPlace;
}

/**
 * Emitted by `<shp-nearby-places>` when a citizen opens a place's details (from the list,
 * or from a shared link), so that the page can show it elsewhere (its own map, a form).
 */
export class ShpPlaceSelectEvent extends CustomEvent<ShpPlaceSelectEventDetail> {
  static readonly eventName = 'shp-place-select';
  constructor(detail: ShpPlaceSelectEventDetail) {
    super(ShpPlaceSelectEvent.eventName, { bubbles: true, composed: true, cancelable: false, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'shp-place-select': ShpPlaceSelectEvent;
  }
}

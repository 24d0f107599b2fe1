import { defineElement } from '../../internal/define.js';
import { ShpNearbyPlaces } from './nearby-places.component.js';

export * from './nearby-places.component.js';
export type { NearbyOrigin } from './origin.controller.js';

defineElement('shp-nearby-places', ShpNearbyPlaces);

declare global {
  interface HTMLElementTagNameMap {
    'shp-nearby-places': ShpNearbyPlaces;
  }
}

import type { Place } from '@smart-haiphong/sdk';
import { html, type TemplateResult } from 'lit';
import { heading } from '../../../internal/heading.js';
import type { NearbyContext } from '../nearby-places.context.js';
import { placeDetails } from './place-details.js';

/** The place a shared link (`#nearby-places.place=…`) names, above the list, with its details and Close. */
export function sharedPart(ctx: NearbyContext, place: Place, at: Date, onClose: () => void): TemplateResult {
  return html`<section class="shared" aria-labelledby="shared-title">
    <div class="shared-head">
      ${heading(ctx.headingLevel, 1, ctx.t('nearbyPlaces.sharedPlace'), { id: 'shared-title' })}
      <button class="link-button" type="button" @click=${onClose}>${ctx.t('nearbyPlaces.close')}</button>
    </div>
    <p class="place-title">${place.name}</p>
    ${placeDetails(ctx, place, ctx.statusOf(place, at), 'shared-details')}
  </section>`;
}

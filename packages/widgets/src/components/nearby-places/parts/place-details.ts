import { safeUrl, type Place } from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { TranslationKey, TranslationParams } from '../../../translations/index.js';
import type { DaySchedule, OpeningHoursStatus } from '../opening-hours.js';
import { directionsUrl, displayPhone, telHref, websiteHref, type DirectionsProvider } from '../place-links.js';

/** What the details template needs from the element. */
export interface DetailsContext {
  t: (key: TranslationKey, params?: TranslationParams) => string;
  /** Weekday names, Monday first, in the element's locale. */
  weekdays: readonly string[];
  directions: DirectionsProvider;
  /** The share link of a place (the page's URL with the place in its fragment). */
  shareLink: (place: Place) => string;
  copy: (place: Place) => void;
  /** The id of the place whose link was just copied. */
  copiedId: string | null;
}

const spanText = (d: DaySchedule) => d.spans.map((s) => `${s.from}–${s.to}`).join(', ');

/** The week's hours, today marked (`aria-current="date"`); nothing guessed for unknown hours. */
function week(ctx: DetailsContext, status: OpeningHoursStatus): TemplateResult {
  if (status.state === 'unknown') return html`<p class="muted">${ctx.t('nearbyPlaces.hoursUnknown')}</p>`;
  return html`<ul part="week" class="week">
    ${status.week.map(
      (d) =>
        html`<li class=${d.today ? 'day today' : 'day'} aria-current=${d.today ? 'date' : nothing}>
          <span class="day-name"
            >${ctx.weekdays[d.weekday]}${d.today ? ` (${ctx.t('nearbyPlaces.today')})` : ''}${
              d.holiday ? ` (${ctx.t('nearbyPlaces.holiday')})` : ''
            }</span
          >
          <span class="day-hours">${d.spans.length ? spanText(d) : ctx.t('nearbyPlaces.closedAllDay')}</span>
        </li>`,
    )}
  </ul>`;
}

/** The source's credit: OpenStreetMap's links to its copyright page; sample places say so. */
export function credit(ctx: DetailsContext, place: Place): TemplateResult {
  if (place.source === 'osm') {
    const href = safeUrl(place.attributionUrl);
    return href
      ? html`<a href=${href} target="_blank" rel="noopener">${ctx.t('nearbyPlaces.osmCredit')}</a>`
      : html`${ctx.t('nearbyPlaces.osmCredit')}`;
  }
  return html`${ctx.t('nearbyPlaces.sampleCredit')}`;
}

/**
 * A place's details: address, phone (Vietnamese grouping, `tel:` international), the week's
 * hours, website, directions, share link and the source's credit.
 */
export function placeDetails(
  ctx: DetailsContext,
  place: Place,
  status: OpeningHoursStatus,
  id: string,
): TemplateResult {
  const tel = telHref(place.phone);
  const phone = displayPhone(place.phone);
  const website = safeUrl(websiteHref(place.website));
  const share = ctx.shareLink(place);
  return html`<div part="details" class="details" id=${id}>
    <dl class="facts">
      ${
        place.address
          ? html`<div class="fact">
              <dt>${ctx.t('nearbyPlaces.address')}</dt>
              <dd part="address">${place.address}</dd>
            </div>`
          : nothing
      }
      ${
        tel && phone
          ? html`<div class="fact">
              <dt>${ctx.t('nearbyPlaces.phone')}</dt>
              <dd><a part="phone" href=${tel}>${phone}</a></dd>
            </div>`
          : nothing
      }
      <div class="fact">
        <dt>${ctx.t('nearbyPlaces.hours')}</dt>
        <dd>${week(ctx, status)}</dd>
      </div>
      ${
        website
          ? html`<div class="fact">
              <dt>${ctx.t('nearbyPlaces.website')}</dt>
              <dd><a part="website" href=${website} target="_blank" rel="noopener">${new URL(website).host}</a></dd>
            </div>`
          : nothing
      }
      <div class="fact">
        <dt>${ctx.t('nearbyPlaces.source')}</dt>
        <dd part="credit">${credit(ctx, place)}</dd>
      </div>
    </dl>
    <div class="actions">
      <a
        part="directions"
        class="button"
        href=${directionsUrl(ctx.directions, { lat: place.location.lat, lon: place.location.lon, name: place.name })}
        target="_blank"
        rel="noopener"
        >${ctx.t('nearbyPlaces.directions')}</a
      >
      <a part="share" class="link" href=${share}>${ctx.t('nearbyPlaces.share')}</a>
      <button part="copy" class="link-button" type="button" @click=${() => ctx.copy(place)}>
        ${ctx.t('nearbyPlaces.copy')}
      </button>
      <span class="copied" role="status">${ctx.copiedId === place.id ? ctx.t('nearbyPlaces.copied') : ''}</span>
    </div>
  </div>`;
}

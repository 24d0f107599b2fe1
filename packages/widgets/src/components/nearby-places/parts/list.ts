import type { NearbyPlace, Place } from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../../internal/heading.js';
import { localName } from '../../../translations/index.js';
import type { NearbyContext } from '../nearby-places.context.js';
import type { OpeningHoursStatus } from '../opening-hours.js';
import { telHref } from '../place-links.js';
import { RADII } from './controls.js';
import { credit, placeDetails } from './place-details.js';

/** The first page of places for a query. */
export interface ResultPage {
  items: NearbyPlace[];
  nextCursor: string | null;
  /** When the first page arrived (shown with the results while offline). */
  at: Date;
  /** The query that gave it, for "Xem thêm". */
  query: { lat: number; lon: number; radius: number; category?: string; q?: string; limit: number };
}

export interface ListState {
  page: ResultPage;
  /** The places loaded after the first page ("Xem thêm"). */
  more: NearbyPlace[];
  /** The places shown: the page's and `more`, less the closed ones under "open now". */
  items: NearbyPlace[];
  /** The moment "open now" is evaluated at. */
  at: Date;
  /** A new first page is on its way (the count is `aria-busy`). */
  refreshing: boolean;
  /** Say when the results were loaded (offline, or an older answer shown under an error). */
  stale: boolean;
  /** The place whose details are open. */
  openId: string | null;
  /** Whether "Xem thêm" is offered, whether it is loading, and its last failure. */
  hasMore: boolean;
  moreLoading: boolean;
  moreError: unknown;
  onOpen(place: Place): void;
  onWiden(radius: number): void;
  onMore(): void;
}

/** The results: the count, the places (nearest first), "Xem thêm", the sources' credits; or the empty state. */
export function listPart(ctx: NearbyContext, s: ListState): TemplateResult {
  const { t, formatDistance } = ctx;
  const { page, more, items } = s;
  const radius = formatDistance(page.query.radius);
  const footer = html`${
    s.stale
      ? html`<p part="results-at" class="muted small">
          ${t('nearbyPlaces.resultsAt', {
            time: ctx.formatDate(page.at, { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit' }),
          })}
        </p>`
      : nothing
  }`;
  if (page.items.length === 0) {
    const wider = RADII.find((r) => r > page.query.radius);
    return html`<div class="empty-state">
        ${ctx.renderEmpty(
          t(page.query.q || page.query.category ? 'nearbyPlaces.emptySearch' : 'nearbyPlaces.emptyRadius', { radius }),
        )}
        ${
          wider
            ? html`<button part="widen-button" class="button secondary" type="button" @click=${() => s.onWiden(wider)}>
                ${t('nearbyPlaces.widen', { radius: formatDistance(wider) })}
              </button>`
            : nothing
        }
      </div>
      ${footer}`;
  }
  const credits = new Set([...page.items, ...more].map((p) => p.source));
  return html`<p class="count muted small" aria-live="polite" aria-busy=${s.refreshing ? 'true' : 'false'}>
      ${t('nearbyPlaces.results', { count: items.length })}
    </p>
    ${items.length === 0 ? ctx.renderEmpty(t('nearbyPlaces.emptyOpen')) : nothing}
    ${
      items.length
        ? html`<ul part="list" class="list" aria-label=${t('nearbyPlaces.title')}>
            ${items.map((place) => placePart(ctx, place, s))}
          </ul>`
        : nothing
    }
    ${
      s.hasMore
        ? html`<button
            part="more-button"
            class="button secondary more"
            type="button"
            aria-disabled=${s.moreLoading ? 'true' : 'false'}
            aria-busy=${s.moreLoading ? 'true' : 'false'}
            @click=${() => s.onMore()}
          >
            ${t(s.moreLoading ? 'nearbyPlaces.loadingMore' : 'nearbyPlaces.more')}
          </button>`
        : nothing
    }
    ${s.moreError ? html`<p class="error-message" role="alert">${ctx.errorMessage(s.moreError)}</p>` : nothing}
    ${footer}
    <p class="credits muted small">
      ${t('nearbyPlaces.source')}:
      ${
        credits.has('osm')
          ? credit(ctx, page.items.find((p) => p.source === 'osm') ?? (more.find((p) => p.source === 'osm') as Place))
          : nothing
      }${credits.has('osm') && credits.has('sample') ? '; ' : ''}${
        credits.has('sample') ? t('nearbyPlaces.sampleCredit') : nothing
      }
    </p>`;
}

/** Open now and until when, or closed and when it opens; nothing when the hours are unknown. */
function hoursLine(ctx: NearbyContext, status: OpeningHoursStatus): TemplateResult | typeof nothing {
  const { t } = ctx;
  if (status.state === 'unknown') return nothing; // no hours, or unreadable: say nothing
  if (status.state === 'open') {
    const until = status.closesAt
      ? t('nearbyPlaces.closesAt', { time: status.closesAt.time })
      : t('nearbyPlaces.openAllDay');
    return html`<p part="hours" class="hours open" data-state="open">
      <strong>${t('nearbyPlaces.open')}</strong> · ${until}
    </p>`;
  }
  const next = status.opensAt;
  let when = '';
  if (next) {
    if (next.daysAhead === 0) when = t('nearbyPlaces.opensAt', { time: next.time });
    else if (next.daysAhead === 1) when = t('nearbyPlaces.opensTomorrow', { time: next.time });
    else {
      const day = ctx.weekdays[next.weekday] ?? '';
      when = t('nearbyPlaces.opensOn', {
        time: next.time,
        day: ctx.locale === 'vi' ? day.charAt(0).toLowerCase() + day.slice(1) : day,
      });
    }
  }
  return html`<p part="hours" class="hours closed" data-state="closed">
    <strong>${t('nearbyPlaces.closed')}</strong>${when ? ` · ${when}` : ''}
  </p>`;
}

/** One place: its name (opens the details), category, distance, hours and a one-tap call. */
function placePart(ctx: NearbyContext, place: NearbyPlace, s: ListState): TemplateResult {
  const { t } = ctx;
  const status = ctx.statusOf(place, s.at);
  const tel = telHref(place.phone);
  const open = s.openId === place.id;
  const detailsId = `details-${place.id}`;
  const category = ctx.categories.find((c) => c.id === place.categoryId);
  return html`<li part="place" class="place" data-id=${place.id}>
    <div class="place-row">
      <div class="place-main">
        ${heading(
          ctx.headingLevel,
          1,
          html`<button
            part="place-name"
            class="place-name"
            type="button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${open ? detailsId : nothing}
            @click=${() => s.onOpen(place)}
          >
            ${place.name}
          </button>`,
          { class: 'place-heading' },
        )}
        <p class="place-meta">
          ${category ? html`<span class="category">${localName(ctx.locale, category)}</span> · ` : nothing}
          <span part="distance" class="distance"
            >${t('nearbyPlaces.distance', { distance: ctx.formatDistance(place.distanceMeters) })}</span
          >
        </p>
        ${hoursLine(ctx, status)}
      </div>
      ${
        tel
          ? html`<a part="call" class="call" href=${tel} aria-label=${t('nearbyPlaces.call', { name: place.name })}
              >${t('nearbyPlaces.callShort')}</a
            >`
          : nothing
      }
    </div>
    ${open ? placeDetails(ctx, place, status, detailsId) : nothing}
  </li>`;
}

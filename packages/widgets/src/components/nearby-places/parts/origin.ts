import { matchesSearch, type Unit } from '@smart-haiphong/sdk';
import { html, type TemplateResult } from 'lit';
import { heading } from '../../../internal/heading.js';
import type { NearbyContext } from '../nearby-places.context.js';
import type { NearbyOrigin, OriginController } from '../origin.controller.js';

const withStop = (sentence: string) => (/[.!?…]$/.test(sentence) ? sentence : `${sentence}.`);

/** A commune's name inside a Vietnamese sentence: its type in lower case ("xã An Phong"). */
export function unitInSentence(ctx: NearbyContext, unit: Unit): string {
  if (ctx.locale !== 'vi') return unit.name;
  const type = ctx.t(`unitType.${unit.type}`);
  return unit.name.startsWith(type) ? `${unit.type}${unit.name.slice(type.length)}` : unit.name;
}

function originSentence(ctx: NearbyContext, origin: NearbyOrigin | null): string {
  if (!origin) return ctx.t('nearbyPlaces.noFallback');
  if (origin.kind === 'device') return ctx.t('nearbyPlaces.nearDevice');
  if (origin.kind === 'point') return ctx.t('nearbyPlaces.nearPoint');
  return ctx.t('nearbyPlaces.nearUnit', { unit: unitInSentence(ctx, origin.unit) });
}

/**
 * The sentence saying where distances are measured from, or why the device's position is not
 * used. `ask`: whether to ask for a position when there is none (not while the page's commune
 * is still loading).
 */
function positionSentence(ctx: NearbyContext, where: OriginController, ask: boolean): string {
  const origin = where.origin;
  const fallback = originSentence(ctx, origin);
  switch (where.geo) {
    case 'locating':
      return ctx.t('nearbyPlaces.locating');
    case 'denied':
      return ctx.t('nearbyPlaces.geoDenied', { fallback: withStop(fallback) });
    case 'unavailable':
      return ctx.t('nearbyPlaces.geoUnavailable', { fallback: withStop(fallback) });
    case 'outside':
      return ctx.t('nearbyPlaces.outsideCity', { fallback: withStop(fallback) });
    default:
      if (origin) return fallback;
      return ask ? ctx.t('nearbyPlaces.choosePosition') : '';
  }
}

/** The header: the title, where distances are measured from, "Dùng vị trí của tôi" and the commune picker. */
export function originPart(
  ctx: NearbyContext,
  where: OriginController,
  units: readonly Unit[],
  ask: boolean,
): TemplateResult {
  const origin = where.origin;
  const found = units.filter((u) => matchesSearch(u.name, where.unitQuery));
  return html`<div part="header" class="header">
    ${heading(ctx.headingLevel, 0, ctx.t('nearbyPlaces.title'), { class: 'title' })}
    <p part="position" class="position" role="status">${positionSentence(ctx, where, ask)}</p>
    <div class="where">
      <button
        part="locate-button"
        class="button secondary"
        type="button"
        aria-disabled=${where.geo === 'locating' ? 'true' : 'false'}
        aria-busy=${where.geo === 'locating' ? 'true' : 'false'}
        @click=${() => where.locate()}
      >
        ${ctx.t('nearbyPlaces.useMyLocation')}
      </button>
      <details part="unit-picker" class="unit-picker" ?open=${!origin && where.geo !== 'locating' && units.length > 0}>
        <summary>${ctx.t('nearbyPlaces.otherUnit')}</summary>
        <label class="field">
          <span>${ctx.t('nearbyPlaces.unitSearch')}</span>
          <input
            type="search"
            autocomplete="off"
            .value=${where.unitQuery}
            @input=${(e: Event) => where.search((e.target as HTMLInputElement).value)}
          />
        </label>
        <label class="field">
          <span>${ctx.t('nearbyPlaces.unitSelect')}</span>
          <select @change=${(e: Event) => where.pick((e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!found.some((u) => u.code === where.pickedUnit)}>
              ${ctx.t('nearbyPlaces.unitNone')}
            </option>
            ${found.map(
              (u) => html`<option value=${u.code} ?selected=${u.code === where.pickedUnit}>${u.name}</option>`,
            )}
          </select>
        </label>
      </details>
    </div>
  </div>`;
}

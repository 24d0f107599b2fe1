import { matchesSearch, normalizeText } from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { nearestUnit } from '../../../internal/units.js';
import type { FeedbackFormData } from '../feedback-form.data.js';
import { countTemplate, enterMovesTo, enterStays, fieldError, invalid, value, type FormView } from './form-view.js';

/** The location: the commune (search and list), the address, the device's position, a photo's, the map. */
export function locationTemplate(v: FormView, data: FeedbackFormData): TemplateResult {
  const { place } = v;
  const shownUnits = data.units.filter((u) => matchesSearch(u.name, place.unitQuery));
  // The chosen commune, when the search leaves it out, stays first (the select must show it), so
  // that ArrowDown from it reaches the matches instead of nothing (it was last, below them).
  const chosen = data.units.find((u) => u.code === place.unitCode && !shownUnits.includes(u));
  // In Vietnamese alphabetical order (Bình before Cát, Đ after D), grouped by type.
  const collator = new Intl.Collator('vi', { sensitivity: 'base' });
  const unitGroups = (['phường', 'xã', 'đặc khu'] as const)
    .map((type) => ({
      type,
      units: shownUnits.filter((u) => u.type === type).sort((a, b) => collator.compare(a.name, b.name)),
    }))
    .filter((g) => g.units.length > 0);
  const { point, source, status } = place;
  const photoWithGps = v.photos.items.find((p) => p.gps && source !== 'photo');
  const guessed = place.unitGuessed && !!place.unitCode;
  const describedBy = [guessed ? 'unit-guess' : '', v.errors['location'] ? 'location-error' : ''].filter(Boolean);
  return html`<fieldset part="field" class="field location" tabindex="-1">
    <legend part="label">${v.host.t('feedbackForm.location')}</legend>
    <label part="label" for="unit-search">${v.host.t('feedbackForm.unitSearch')}</label>
    <input
      part="input"
      id="unit-search"
      type="search"
      autocomplete="off"
      .value=${place.unitQuery}
      @input=${(e: InputEvent) => place.searchUnits(value(e))}
      @keydown=${(e: KeyboardEvent) => enterMovesTo(e, 'unit')}
    />
    <label part="label" for="unit">${v.host.t('feedbackForm.unit')}</label>
    <select
      part="input"
      id="unit"
      aria-invalid=${invalid(v, 'location')}
      aria-describedby=${describedBy.length > 0 ? describedBy.join(' ') : nothing}
      @change=${(e: Event) => place.chooseUnit(value(e))}
    >
      <option value="" ?selected=${!place.unitCode}>${v.host.t('feedbackForm.chooseUnit')}</option>
      ${chosen ? html`<option value=${chosen.code} selected>${chosen.name}</option>` : nothing}
      ${unitGroups.map(
        (g) =>
          html`<optgroup label=${v.host.t(`unitType.${g.type}`)}>
            ${g.units.map((u) => html`<option value=${u.code} ?selected=${u.code === place.unitCode}>${u.name}</option>`)}
          </optgroup>`,
      )}
    </select>
    ${guessed ? html`<p id="unit-guess" class="hint guess">${v.host.t('feedbackForm.unitGuess')}</p>` : nothing}
    <label part="label" for="address">${v.host.t('feedbackForm.address')}</label>
    <input
      part="input"
      id="address"
      autocomplete="street-address"
      .value=${v.fields.address}
      aria-invalid=${invalid(v, 'address')}
      aria-describedby=${`address-count${v.errors['address'] ? ' address-error' : ''}`}
      @input=${(e: InputEvent) => v.edit({ address: value(e) }, 'address')}
      @keydown=${enterStays}
    />
    ${countTemplate(v, 'address', v.fields.address)} ${fieldError(v, 'address')}
    <div class="row">
      <button class="button secondary" type="button" @click=${() => place.locate()}>
        ${v.host.t('feedbackForm.useMyLocation')}
      </button>
      <button
        class="button secondary"
        type="button"
        aria-expanded=${v.map.open ? 'true' : 'false'}
        @click=${() => void v.map.toggle()}
      >
        ${v.host.t(v.map.open ? 'feedbackForm.hideMap' : 'feedbackForm.showMap')}
      </button>
    </div>
    ${v.map.open ? v.map.render() : nothing}
    ${
      photoWithGps
        ? html`<div class="offer" role="group" aria-label=${v.host.t('feedbackForm.photoLocationOffer')}>
            <p>${v.host.t('feedbackForm.photoLocationOffer')}</p>
            <button class="button secondary" type="button" @click=${() => place.set(photoWithGps.gps!, 'photo')}>
              ${v.host.t('feedbackForm.usePhotoLocation')}
            </button>
          </div>`
        : nothing
    }
    <div class="row">
      <p class="hint" role="status" aria-live="polite">
        ${point && source ? pointText(v, data) : v.host.t('feedbackForm.unitPointHint')}
        ${status && status !== 'outsideCity' ? v.host.t(`feedbackForm.${status}`) : ''}
      </p>
      ${
        point && source
          ? html`<button class="button secondary" type="button" @click=${() => void v.map.change()}>
              ${v.host.t('feedbackForm.changeLocation')}
            </button>`
          : nothing
      }
    </div>
    ${
      status === 'outsideCity'
        ? html`<p class="field-error" role="alert">${v.host.t('feedbackForm.outsideCity')}</p>`
        : fieldError(v, 'location')
    }
  </fieldset>`;
}

/**
 * Where the chosen point is, in words: the address if typed and its commune ("Số 12 đường
 * Trần Phú, gần Phường Lê Chân"), then the coordinates. The commune is the one the citizen
 * or the page chose, else the nearest (the guess the commune field shows too): the words
 * and the field never disagree. Outside the city only the coordinates: a commune "near" it
 * would mislead.
 */
function pointText(v: FormView, data: FeedbackFormData): string {
  const { point, source, unitCode, unitGuessed } = v.place;
  if (!point || !source) return '';
  const coordinates = `${point.lat.toFixed(5)}, ${point.lon.toFixed(5)}`;
  const chosen = unitCode && !unitGuessed ? data.units.find((u) => u.code === unitCode) : undefined;
  const near = v.place.inside(point, data) ? (chosen ?? nearestUnit(data.units, point)) : undefined;
  const address = normalizeText(v.fields.address).trim();
  const where = near
    ? `${v.host.t(address ? 'feedbackForm.nearAddress' : 'feedbackForm.near', { unit: near.name, address })} (${coordinates})`
    : coordinates;
  return v.host.t(`feedbackForm.pointFrom_${source}`, { where });
}

import { matchesSearch } from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedbackFormData } from '../feedback-form.data.js';
import { countTemplate, enterMovesTo, enterStays, fieldError, invalid, value, type FormView } from './form-view.js';

/** The location: the commune (search and list), the address, the device's position, a photo's, the map. */
export function locationTemplate(v: FormView, data: FeedbackFormData): TemplateResult {
  const { place } = v;
  const shownUnits = data.units.filter((u) => u.code === place.unitCode || matchesSearch(u.name, place.unitQuery));
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
      aria-describedby=${v.errors['location'] ? 'location-error' : nothing}
      @change=${(e: Event) => place.chooseUnit(value(e))}
    >
      <option value="" ?selected=${!place.unitCode}>${v.host.t('feedbackForm.chooseUnit')}</option>
      ${unitGroups.map(
        (g) =>
          html`<optgroup label=${v.host.t(`unitType.${g.type}`)}>
            ${g.units.map((u) => html`<option value=${u.code} ?selected=${u.code === place.unitCode}>${u.name}</option>`)}
          </optgroup>`,
      )}
    </select>
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
        aria-expanded=${place.mapOpen ? 'true' : 'false'}
        @click=${() => void place.toggleMap(data)}
      >
        ${v.host.t(place.mapOpen ? 'feedbackForm.hideMap' : 'feedbackForm.showMap')}
      </button>
    </div>
    ${
      place.mapOpen
        ? html`<div part="map" class="map" role="region" aria-label=${v.host.t('feedbackForm.mapLabel')}></div>`
        : nothing
    }
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
    <p class="hint" role="status" aria-live="polite">
      ${
        point && source
          ? v.host.t(`feedbackForm.pointFrom_${source}`, { lat: point.lat.toFixed(5), lon: point.lon.toFixed(5) })
          : v.host.t('feedbackForm.unitPointHint')
      }
      ${status && status !== 'outsideCity' ? v.host.t(`feedbackForm.${status}`) : ''}
    </p>
    ${
      status === 'outsideCity'
        ? html`<p class="field-error" role="alert">${v.host.t('feedbackForm.outsideCity')}</p>`
        : fieldError(v, 'location')
    }
  </fieldset>`;
}

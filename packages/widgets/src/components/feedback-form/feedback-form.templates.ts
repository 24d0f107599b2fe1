// The parts of the feedback form, as template functions over what the form gives them (FormView).
import {
  matchesCategory,
  matchesSearch,
  normalizeText,
  checkText,
  type FeedbackCategory,
  type FeedbackReceipt,
  type FeedbackSummary,
  type LatLon,
} from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocationController } from '../../internal/location-controller.js';
import { distance } from '../../internal/units.js';
import type { ShpElement } from '../../internal/shp-element.js';
import { mergeHash } from '../../internal/hash-state.js';
import { heading } from '../../internal/heading.js';
import { localName, type TranslationKey } from '../../translations/index.js';
import type { FeedbackFormData } from './feedback-form.data.js';
import type { PhotoItem, PhotoUploadsController } from './photo-uploads.controller.js';
import type { SignInController } from './sign-in.controller.js';
import { LIMITS, type FeedbackFields, type FieldErrors } from './submission.js';

/** What the templates read from the form, and the changes they ask of it. */
export interface FormView {
  /** The element: strings, formats, locale, connectivity, its public properties. */
  host: ShpElement;
  fields: FeedbackFields;
  categoryQuery: string;
  errors: FieldErrors;
  place: LocationController;
  photos: PhotoUploadsController;
  photoLimit: number;
  signIn: SignInController;
  needsSignIn: boolean;
  /** Changes fields and clears the error shown for `field`. */
  edit(patch: Partial<FeedbackFields>, field?: string): void;
  /** The category search changed; `match` is the only category left, if one is. */
  searchCategory(query: string): void;
  /** Whether the name and phone are remembered on this device (off unless the citizen asks). */
  rememberContact: boolean;
  setRememberContact(on: boolean): void;
}

/** The link to a report: the page's `report-url` pattern, else the API's URL of the report. */
/**
 * Enter in a search box acts on the search: it moves to the list it filters instead of
 * submitting the whole form (which would validate everything and move focus away).
 */
function enterMovesTo(event: KeyboardEvent, id: string): void {
  if (event.key !== 'Enter' || event.isComposing) return;
  event.preventDefault();
  ((event.target as HTMLElement).getRootNode() as ShadowRoot).getElementById(id)?.focus();
}

/**
 * A link to a report a citizen can read, never the API's JSON: the page's `report-url`
 * template; else the dossier tracker on this page, opened on the report's code; else the
 * feedback map on this page (with `sync-url`), opened on the report; else none (the code
 * is shown, and the citizen can look it up wherever the commune has the tracker).
 */
export function reportHref(
  form: HTMLElement & { reportUrl?: string | undefined },
  id: string,
  trackingCode = '',
): string | undefined {
  if (form.reportUrl) {
    return form.reportUrl
      .replace('{id}', encodeURIComponent(id))
      .replace('{trackingCode}', encodeURIComponent(trackingCode));
  }
  const find = (selector: string) =>
    (form.getRootNode() as ParentNode).querySelector?.(selector) ?? document.querySelector(selector);
  const link = (el: Element, values: Record<string, string>) => {
    const url = new URL(location.href);
    url.hash = mergeHash(url.hash, el.id || el.localName.replace(/^shp-/, ''), values);
    return url.href;
  };
  const tracker = find('shp-dossier-tracker');
  if (tracker && trackingCode) return link(tracker, { code: trackingCode });
  const map = find('shp-feedback-map[sync-url]');
  if (map) return link(map, { report: id });
  return undefined;
}

/** Links on this page open here; links elsewhere open a new tab, so the form is not lost. */
const targetOf = (href: string) => (new URL(href, location.href).pathname === location.pathname ? nothing : '_blank');

const value = (e: Event) => (e.target as HTMLInputElement).value;

/** The labels of the fields, for a refusal from the API that names one. */
const FIELD_LABELS = {
  title: 'feedbackForm.title',
  content: 'feedbackForm.content',
  address: 'feedbackForm.address',
  name: 'feedbackForm.name',
  phone: 'feedbackForm.phone',
  category: 'feedbackForm.category',
  location: 'feedbackForm.location',
} as const;

function fieldError(v: FormView, name: string): TemplateResult | typeof nothing {
  const key = v.errors[name];
  if (!key) return nothing;
  const limit = LIMITS[name as keyof typeof LIMITS];
  const label = FIELD_LABELS[name as keyof typeof FIELD_LABELS];
  const params = { ...(limit ? { min: limit.min, max: limit.max } : {}), ...(label ? { field: v.host.t(label) } : {}) };
  return html`<p id="${name}-error" class="field-error">${v.host.t(key, params)}</p>`;
}

const invalid = (v: FormView, name: string): 'true' | 'false' => (v.errors[name] ? 'true' : 'false');

export function categoryTemplate(v: FormView, data: FeedbackFormData): TemplateResult {
  const { locale } = v.host.config;
  const label = (c: FeedbackCategory) => localName(locale, c);
  const groupLabel = (c: FeedbackCategory) => localName(locale, { name: c.groupName, nameEn: c.groupNameEn });
  const { categoryId } = v.fields;
  // Search filters the list (by names and the citizen's own words for a category, without
  // tone marks) and never chooses: "đèn" must leave both kinds of lamp to pick from.
  const shown = data.categories.filter((c) => c.id === categoryId || matchesCategory(c, v.categoryQuery));
  const groups = new Map<string, FeedbackCategory[]>();
  for (const c of shown) groups.set(groupLabel(c), [...(groups.get(groupLabel(c)) ?? []), c]);
  const chosen = data.categories.find((c) => c.id === categoryId);
  const notice = chosen?.notice?.[locale] ?? '';
  return html`<div part="field" class="field">
    <label part="label" for="category-search">${v.host.t('feedbackForm.categorySearch')}</label>
    <input
      part="input"
      id="category-search"
      type="search"
      autocomplete="off"
      .value=${v.categoryQuery}
      @input=${(e: InputEvent) => v.searchCategory(value(e))}
      @keydown=${(e: KeyboardEvent) => enterMovesTo(e, 'category')}
    />
    <label part="label" for="category">${v.host.t('feedbackForm.category')}</label>
    <select
      part="input"
      id="category"
      name="category"
      aria-invalid=${invalid(v, 'category')}
      aria-describedby=${v.errors['category'] ? 'category-error' : nothing}
      @change=${(e: Event) => v.edit({ categoryId: value(e) }, 'category')}
    >
      <option value="" ?selected=${!categoryId}>${v.host.t('feedbackForm.chooseCategory')}</option>
      ${[...groups].map(
        ([group, items]) =>
          html`<optgroup label=${group}>
            ${items.map((c) => html`<option value=${c.id} ?selected=${c.id === categoryId}>${label(c)}</option>`)}
          </optgroup>`,
      )}
    </select>
    ${fieldError(v, 'category')} ${notice ? html`<p part="notice" class="notice" role="note">${notice}</p>` : nothing}
  </div>`;
}

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
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Enter' && !e.isComposing) e.preventDefault(); // a line of text, not "send"
      }}
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

/** "12/150 ký tự", counted as the API counts (cleaned text, characters as seen). */
function countTemplate(v: FormView, name: keyof typeof LIMITS, text: string): TemplateResult {
  const max = LIMITS[name].max;
  const n = checkText(text, LIMITS[name]).length;
  return html`<span id="${name}-count" class="count ${n > max ? 'over' : ''}">
    ${v.host.t('feedbackForm.count', { count: n, max })}
  </span>`;
}

export function textTemplate(v: FormView): TemplateResult {
  const { fields } = v;
  const describedBy = (name: string) => `${name}-count${v.errors[name] ? ` ${name}-error` : ''}`;
  // On change the text is normalised in the control too, so what is seen is what is sent.
  const normalize = (e: Event, name: 'title' | 'content') => {
    const text = normalizeText(v.fields[name]);
    (e.target as HTMLInputElement).value = text;
    v.edit({ [name]: text });
  };
  return html`<div part="field" class="field">
      <label part="label" for="title">${v.host.t('feedbackForm.title')}</label>
      <input
        part="input"
        id="title"
        name="title"
        autocomplete="off"
        .value=${fields.title}
        aria-invalid=${invalid(v, 'title')}
        aria-describedby=${describedBy('title')}
        @input=${(e: InputEvent) => v.edit({ title: value(e) }, 'title')}
        @change=${(e: Event) => normalize(e, 'title')}
      />
      ${countTemplate(v, 'title', fields.title)} ${fieldError(v, 'title')}
    </div>
    <div part="field" class="field">
      <label part="label" for="content">${v.host.t('feedbackForm.content')}</label>
      <textarea
        part="input"
        id="content"
        name="content"
        rows="5"
        .value=${fields.content}
        aria-invalid=${invalid(v, 'content')}
        aria-describedby=${describedBy('content')}
        @input=${(e: InputEvent) => v.edit({ content: value(e) }, 'content')}
        @change=${(e: Event) => normalize(e, 'content')}
      ></textarea>
      ${countTemplate(v, 'content', fields.content)} ${fieldError(v, 'content')}
    </div>`;
}

export function photosTemplate(v: FormView): TemplateResult {
  const { photos } = v;
  const full = photos.kept >= v.photoLimit;
  const add = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    photos.add(files);
  };
  return html`<div part="field" class="field">
    <label part="label" for="photos">${v.host.t('feedbackForm.photos')}</label>
    <p id="photos-hint" class="hint">${v.host.t('feedbackForm.photosHint', { count: v.photoLimit })}</p>
    <input
      part="input"
      id="photos"
      type="file"
      accept="image/*"
      multiple
      aria-describedby="photos-hint"
      ?disabled=${full}
      @change=${add}
    />
    <label class="camera">
      <span>${v.host.t('feedbackForm.camera')}</span>
      <input type="file" accept="image/*" capture="environment" ?disabled=${full} @change=${add} />
    </label>
    ${fieldError(v, 'photos')}
    ${
      photos.items.length > 0
        ? html`<ul part="photos" class="photos">
            ${photos.items.map((p) => photoTemplate(v, p))}
          </ul>`
        : nothing
    }
  </div>`;
}

function photoTemplate(v: FormView, p: PhotoItem): TemplateResult {
  const { photos } = v;
  const problem = p.problem?.startsWith('feedbackForm.') ? v.host.t(p.problem as TranslationKey) : p.problem;
  const uploading = p.status === 'uploading';
  return html`<li class="photo" data-status=${p.status}>
    ${p.preview || p.url ? html`<img src=${(p.preview ?? p.url)!} alt="" width="64" height="64" />` : nothing}
    <div class="photo-body">
      <span class="photo-name">${p.name}</span>
      ${
        p.status === 'processing' || uploading
          ? html`<progress aria-label=${v.host.t('feedbackForm.uploading', { name: p.name })}></progress>
              <span class="hint"
                >${v.host.t(v.host.offline ? 'feedbackForm.photoWaiting' : 'feedbackForm.photoUploading')}</span
              >`
          : nothing
      }
      ${p.status === 'uploaded' ? html`<span class="hint">${v.host.t('feedbackForm.photoUploaded')}</span>` : nothing}
      ${p.status === 'error' ? html`<span class="field-error" role="alert">${problem}</span>` : nothing}
    </div>
    <div class="photo-actions">
      ${
        p.status === 'error' && p.blob
          ? html`<button class="button secondary" type="button" @click=${() => photos.upload(p.key)}>
              ${v.host.t('feedbackForm.retryPhoto')}
            </button>`
          : nothing
      }
      <button
        class="button secondary"
        type="button"
        aria-label=${v.host.t(uploading ? 'feedbackForm.cancelPhoto' : 'feedbackForm.removePhoto', { name: p.name })}
        @click=${() => photos.remove(p.key)}
      >
        ${v.host.t(uploading ? 'feedbackForm.cancel' : 'feedbackForm.remove')}
      </button>
    </div>
  </li>`;
}

export function duplicatesTemplate(v: FormView, items: FeedbackSummary[], point: LatLon): unknown {
  return items.length === 0
    ? nothing
    : html`<section part="duplicates" class="duplicates" aria-labelledby="duplicates-title">
        ${heading(v.host.headingLevel, 0, v.host.t('feedbackForm.duplicatesTitle'), { id: 'duplicates-title' })}
        <p class="hint">${v.host.t('feedbackForm.duplicatesHint')}</p>
        <ul>
          ${items.map(
            (item) =>
              html`<li>
                ${((href) =>
                  href
                    ? html`<a href=${href} target=${targetOf(href)} rel="noopener">${item.title}</a>`
                    : html`<span>${item.title}</span>`)(reportHref(v.host, item.id, item.trackingCode))}
                <span class="hint">
                  ${item.trackingCode} · ${v.host.formatDistance(distance(point, item.location))}</span
                >
              </li>`,
          )}
        </ul>
      </section>`;
}

export function contactTemplate(v: FormView, data: FeedbackFormData): TemplateResult {
  const { signIn } = v;
  return html`<fieldset part="field" class="field">
    <legend part="label">${v.host.t('feedbackForm.contact')}</legend>
    <p class="hint">${v.host.t('feedbackForm.contactPrivate')}</p>
    ${
      v.needsSignIn && !signIn.signedIn
        ? html`<div class="sign-in">
            <p id="signIn-error" class=${v.errors['signIn'] ? 'field-error' : 'hint'}>
              ${v.host.t('feedbackForm.needSignIn')}
            </p>
            <button
              class="button"
              type="button"
              aria-invalid=${invalid(v, 'signIn')}
              @click=${() => void signIn.signIn()}
            >
              ${v.host.t('feedbackForm.signIn', { provider: data.config.identityProvider.name })}
            </button>
            ${signIn.error ? html`<p class="field-error" role="alert">${signIn.error}</p>` : nothing}
          </div>`
        : nothing
    }
    <label part="label" for="name">${v.host.t('feedbackForm.name')}</label>
    <input
      part="input"
      id="name"
      autocomplete="name"
      .value=${v.fields.name}
      aria-invalid=${invalid(v, 'name')}
      aria-describedby=${`name-count${v.errors['name'] ? ' name-error' : ''}`}
      @input=${(e: InputEvent) => v.edit({ name: value(e) }, 'name')}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Enter' && !e.isComposing) e.preventDefault();
      }}
    />
    ${countTemplate(v, 'name', v.fields.name)} ${fieldError(v, 'name')}
    <label part="label" for="phone">${v.host.t('feedbackForm.phone')}</label>
    <input
      part="input"
      id="phone"
      type="tel"
      autocomplete="tel"
      .value=${v.fields.phone}
      aria-invalid=${invalid(v, 'phone')}
      aria-describedby=${v.errors['phone'] ? 'phone-error' : nothing}
      @input=${(e: InputEvent) => v.edit({ phone: value(e) }, 'phone')}
    />
    ${fieldError(v, 'phone')}
    <label class="check">
      <input
        id="remember-contact"
        type="checkbox"
        .checked=${v.rememberContact}
        @change=${(e: Event) => v.setRememberContact((e.target as HTMLInputElement).checked)}
      />
      ${v.host.t('feedbackForm.rememberContact')}
    </label>
  </fieldset>`;
}

export function privacyTemplate(v: FormView, data: FeedbackFormData): TemplateResult {
  const { fields } = v;
  const category = data.categories.find((c) => c.id === fields.categoryId);
  const { locale } = v.host.config;
  const unit = data.units.find((u) => u.code === v.place.unitCode);
  return html`<div part="field" class="field">
      <label class="check">
        <input
          type="checkbox"
          id="public"
          .checked=${fields.isPublic}
          @change=${(e: Event) => v.edit({ isPublic: (e.target as HTMLInputElement).checked })}
        />
        <span>${v.host.t('feedbackForm.public')}</span>
      </label>
    </div>
    <section part="preview" class="preview" aria-labelledby="preview-title">
      ${heading(
        v.host.headingLevel,
        0,
        v.host.t(fields.isPublic ? 'feedbackForm.previewPublic' : 'feedbackForm.previewPrivate'),
        { id: 'preview-title' },
      )}
      ${
        fields.isPublic
          ? html`<dl>
              <dt>${v.host.t('feedbackForm.category')}</dt>
              <dd>${category ? localName(locale, category) : '—'}</dd>
              <dt>${v.host.t('feedbackForm.title')}</dt>
              <dd class="preview-title">${normalizeText(fields.title).trim() || '—'}</dd>
              <dt>${v.host.t('feedbackForm.content')}</dt>
              <dd class="preview-content">${normalizeText(fields.content).trim() || '—'}</dd>
              <dt>${v.host.t('feedbackForm.location')}</dt>
              <dd>${[normalizeText(fields.address).trim(), unit?.name].filter(Boolean).join(', ') || '—'}</dd>
              <dt>${v.host.t('feedbackForm.photos')}</dt>
              <dd>${v.host.formatNumber(v.photos.kept)}</dd>
            </dl>`
          : nothing
      }
      <p class="hint">${v.host.t('feedbackForm.identityNeverPublic')}</p>
    </section>`;
}

export function queuedTemplate(host: ShpElement, sendNow: () => void, another: () => void): TemplateResult {
  return html`<div part="queued" class="done" role="status" tabindex="-1">
    <p class="done-title">${host.t('feedbackForm.queuedTitle')}</p>
    <p>${host.t('feedbackForm.queuedBody')}</p>
    <div class="row">
      <button class="button" type="button" @click=${sendNow}>${host.t('feedbackForm.sendNow')}</button>
      <button class="button secondary" type="button" @click=${another}>${host.t('feedbackForm.another')}</button>
    </div>
  </div>`;
}

export function successTemplate(
  host: ShpElement,
  receipt: FeedbackReceipt,
  href: string | undefined,
  another: () => void,
) {
  return html`<div part="success" class="done" role="status" tabindex="-1">
    <p class="done-title">${host.t('feedbackForm.successTitle')}</p>
    <p>
      ${host.t('feedbackForm.trackingCode')}
      <strong class="tracking-code">${receipt.trackingCode}</strong>
    </p>
    <div class="row">
      ${
        href
          ? html`<a class="link" href=${href} target=${targetOf(href)} rel="noopener"
              >${host.t('feedbackForm.viewReport')}</a
            >`
          : nothing
      }
      <button class="button secondary" type="button" @click=${another}>${host.t('feedbackForm.another')}</button>
    </div>
  </div>`;
}

// What the form's parts read from the form (FormView), and the small pieces they share:
// field errors, counters, Enter in a search box.
import { checkText } from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocationController } from '../../../internal/location-controller.js';
import type { ShpElement } from '../../../internal/shp-element.js';
import type { MapPickerController } from '../map-picker.controller.js';
import type { PhotoUploadsController } from '../photo-uploads.controller.js';
import type { SignInController } from '../sign-in.controller.js';
import { LIMITS, type FeedbackFields, type FieldErrors } from '../submission.js';

/** What the templates read from the form, and the changes they ask of it. */
export interface FormView {
  /** The element: strings, formats, locale, connectivity, its public properties. */
  host: ShpElement;
  fields: FeedbackFields;
  categoryQuery: string;
  errors: FieldErrors;
  place: LocationController;
  /** "Chọn trên bản đồ": the lazily loaded map. */
  map: Pick<MapPickerController, 'open' | 'toggle' | 'change' | 'render'>;
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

/**
 * Enter in a search box acts on the search: it moves to the list it filters instead of
 * submitting the whole form (which would validate everything and move focus away).
 */
export function enterMovesTo(event: KeyboardEvent, id: string): void {
  if (event.key !== 'Enter' || event.isComposing) return;
  event.preventDefault();
  ((event.target as HTMLElement).getRootNode() as ShadowRoot).getElementById(id)?.focus();
}

/** Enter in a line of text (an address, a name) does not send the form. */
export function enterStays(event: KeyboardEvent): void {
  if (event.key === 'Enter' && !event.isComposing) event.preventDefault();
}

export const value = (e: Event): string => (e.target as HTMLInputElement).value;

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

export function fieldError(v: FormView, name: string): TemplateResult | typeof nothing {
  const key = v.errors[name];
  if (!key) return nothing;
  const limit = LIMITS[name as keyof typeof LIMITS];
  const label = FIELD_LABELS[name as keyof typeof FIELD_LABELS];
  const params = { ...(limit ? { min: limit.min, max: limit.max } : {}), ...(label ? { field: v.host.t(label) } : {}) };
  return html`<p id="${name}-error" class="field-error">${v.host.t(key, params)}</p>`;
}

export const invalid = (v: FormView, name: string): 'true' | 'false' => (v.errors[name] ? 'true' : 'false');

/** "12/150 ký tự", counted as the API counts (cleaned text, characters as seen). */
export function countTemplate(v: FormView, name: keyof typeof LIMITS, text: string): TemplateResult {
  const max = LIMITS[name].max;
  const n = checkText(text, LIMITS[name]).length;
  return html`<span id="${name}-count" class="count ${n > max ? 'over' : ''}">
    ${v.host.t('feedbackForm.count', { count: n, max })}
  </span>`;
}

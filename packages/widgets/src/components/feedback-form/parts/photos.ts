import { html, nothing, type TemplateResult } from 'lit';
import type { TranslationKey } from '../../../translations/index.js';
import type { PhotoItem } from '../photo-uploads.controller.js';
import { fieldError, type FormView } from './form-view.js';

/** The photos: choose or take them, each with its progress, error, retry and remove. */
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

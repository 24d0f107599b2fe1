import { normalizeText } from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../../internal/heading.js';
import { localName } from '../../../translations/index.js';
import type { FeedbackFormData } from '../feedback-form.data.js';
import type { FormView } from './form-view.js';

/** Public or not, and what the public will see (never the name or phone). */
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

import { matchesCategory, type FeedbackCategory } from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { localName } from '../../../translations/index.js';
import type { FeedbackFormData } from '../feedback-form.data.js';
import { enterMovesTo, fieldError, invalid, value, type FormView } from './form-view.js';

/** The category: a search that filters the list (never chooses), the list, and the category's notice. */
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

import { normalizeText } from '@smart-haiphong/sdk';
import { html, type TemplateResult } from 'lit';
import { countTemplate, fieldError, invalid, value, type FormView } from './form-view.js';

/** The title and the content, with their counters. */
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

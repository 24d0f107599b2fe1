import { html, nothing, type TemplateResult } from 'lit';
import type { FeedbackFormData } from '../feedback-form.data.js';
import { countTemplate, enterStays, fieldError, invalid, value, type FormView } from './form-view.js';

/** The contact: sign-in when required, name, phone, and "remember on this device". */
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
      @keydown=${enterStays}
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

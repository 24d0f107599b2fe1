import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { heading } from '../../../internal/heading.js';
import type { ShpElement } from '../../../internal/shp-element.js';
import type { TranslationKey } from '../../../translations/index.js';
import type { RecentLookups } from '../recent-lookups.js';
import { dateTime } from './dossier-view.js';

/** What the lookup form shows: the text typed, the key of its error, the QR scanner's state. */
export interface LookupFormState {
  input: string;
  /** A `dossierTracker.*` key, or '' when the text is fine. */
  inputError: string;
  scanning: boolean;
  scanError: string;
}

export interface LookupFormActions {
  input(value: string): void;
  keydown(event: KeyboardEvent): void;
  submit(event: Event): void;
  toggleScan(): void;
}

export interface RecentActions {
  /** The citizen gave or took back consent to keep lookups. */
  allow(allowed: boolean): void;
  open(code: string): void;
  clear(): void;
}

const words = (host: ShpElement) => (key: string, params?: Record<string, string | number>) =>
  host.t(`dossierTracker.${key}` as TranslationKey, params);

/** The code box: one field for any code, its hint and error, the submit and "Quét mã QR" buttons, the camera. */
export function lookupForm(host: ShpElement, state: LookupFormState, actions: LookupFormActions): TemplateResult {
  const t = words(host);
  const error = state.inputError ? t(state.inputError) : '';
  const canScan = typeof (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector === 'function';
  return html`<form part="form" class="lookup" @submit=${actions.submit} novalidate>
    ${heading(host.headingLevel, 0, t('label'), { class: 'form-title' })}
    <label for="code" class="label">${t('lookupLabel')}</label>
    <p id="code-hint" class="muted hint">${t('lookupHint')}</p>
    <div class="row">
      <textarea
        id="code"
        part="input"
        rows="1"
        autocomplete="off"
        autocapitalize="characters"
        spellcheck="false"
        .value=${live(state.input)}
        aria-describedby=${error ? 'code-hint code-error' : 'code-hint'}
        aria-invalid=${error ? 'true' : 'false'}
        @input=${(e: Event) => actions.input((e.target as HTMLTextAreaElement).value)}
        @keydown=${actions.keydown}
      ></textarea>
      <button part="lookup-button" class="button" type="submit">${t('lookupButton')}</button>
    </div>
    ${
      error
        ? html`<div id="code-error" class="field-error" role="alert">
            <p>${error}</p>
            <p class="muted">${t('codeHelp')}</p>
          </div>`
        : nothing
    }
    ${
      canScan
        ? html`<button part="scan-button" class="button secondary" type="button" @click=${actions.toggleScan}>
            ${state.scanning ? t('scanCancel') : t('scanQr')}
          </button>`
        : nothing
    }
    ${
      state.scanning
        ? html`<div class="scanner">
            <p class="muted">${t('scanTitle')}</p>
            <video class="video" muted playsinline aria-label=${t('scanTitle')}></video>
          </div>`
        : nothing
    }
    ${state.scanError ? html`<p class="field-error" role="alert">${state.scanError}</p>` : nothing}
  </form>`;
}

/** The consent to keep lookups and, when given, the recent codes as chips. */
export function recentPart(host: ShpElement, recent: RecentLookups, actions: RecentActions): TemplateResult {
  const t = words(host);
  const allowed = recent.allowed;
  const list = allowed ? recent.list : [];
  return html`<div part="recent" class="recent">
    <label class="check">
      <input
        type="checkbox"
        .checked=${allowed}
        @change=${(e: Event) => actions.allow((e.target as HTMLInputElement).checked)}
      />
      <span>${t('remember')} <span class="muted">(${t('rememberHint')})</span></span>
    </label>
    ${
      list.length
        ? html`<p class="recent-title" id="recent-title">${t('recent')}</p>
            <ul class="chips" aria-labelledby="recent-title">
              ${list.map(
                (r) =>
                  html`<li>
                    <button type="button" class="link chip" @click=${() => actions.open(r.code)}>
                      ${r.code}
                      <span class="muted">· ${dateTime(host, r.at)}</span>
                    </button>
                  </li>`,
              )}
            </ul>
            <button type="button" class="link" @click=${actions.clear}>${t('clearRecent')}</button>`
        : nothing
    }
  </div>`;
}

import type { DossierPublic } from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { ShpElement } from '../../../internal/shp-element.js';
import type { TranslationKey } from '../../../translations/index.js';
import { httpStatus, type LookupOutcome, type TrackerLookup } from '../dossier-tracker.lookup.js';
import { dateTime, dossierView } from './dossier-view.js';
import { feedbackView } from './feedback-view.js';

export interface ResultActions {
  share(code: string): void;
  print(d: DossierPublic): void;
  /** "Đã sao chép liên kết", or the link to copy by hand; '' for none. */
  notice: string;
}

const words = (host: ShpElement) => (key: string, params?: Record<string, string | number>) =>
  host.t(`dossierTracker.${key}` as TranslationKey, params);

/**
 * A failed lookup: the 429 countdown, "not found" (404) or "not a code" (400) with help on
 * codes, or else the element's error state (`renderError`, with its retry).
 */
export function lookupError(
  host: ShpElement,
  lookup: TrackerLookup,
  error: unknown,
  renderError: (error: unknown, retry: () => void) => TemplateResult,
): TemplateResult {
  const t = words(host);
  const status = httpStatus(error);
  const retry = () => lookup.retry();
  if (status === 429) {
    const seconds = lookup.secondsLeft;
    const waiting = lookup.retryAt > 0;
    // After the second 429's wait, no automatic retry follows: say the citizen may try now.
    const message = !lookup.autoRetried ? 'rateLimited' : waiting ? 'rateLimitedAgain' : 'rateLimitedNow';
    // The polite live region around the results reads the start once (the hidden copy does
    // not change while counting) and then the end or the result; the ticking copy is for the eyes only.
    return html`<div part="error countdown" class="error countdown" tabindex="-1">
      <p class="error-message" aria-hidden="true">${t(message, { seconds })}</p>
      <p class="visually-hidden">${t(message, { seconds: lookup.countdownFrom })}</p>
      ${
        lookup.autoRetried
          ? html`<button
              part="retry-button"
              class="button"
              type="button"
              aria-disabled=${waiting ? 'true' : 'false'}
              @click=${retry}
            >
              ${t('retryNow')}
            </button>`
          : nothing
      }
    </div>`;
  }
  if (status === 404 || status === 400) {
    const code = lookup.target?.code ?? '';
    return html`<div part="error" class="error" role="alert">
      <p class="error-message" tabindex="-1">${status === 404 ? t('notFound', { code }) : t('unrecognised')}</p>
      <p>${t('codeHelp')}</p>
    </div>`;
  }
  return renderError(error, retry);
}

/** A result: the note when shown offline, then the dossier or feedback view with share (and print) buttons. */
export function lookupResult(host: ShpElement, result: LookupOutcome, actions: ResultActions): TemplateResult {
  const t = words(host);
  const cached = result.cached
    ? html`<p part="cached" class="offline">${t('cached', { time: dateTime(host, result.at) })}</p>`
    : nothing;
  const share = html`<button type="button" class="button secondary" @click=${() => actions.share(result.code)}>
    ${t('share')}
  </button>`;
  const notice = actions.notice ? html`<p class="muted" role="status">${actions.notice}</p>` : nothing;
  if (result.kind === 'feedback') {
    return html`${cached}${feedbackView(
      host,
      result.data,
      html`<div class="actions no-print">${share}</div>
        ${notice}`,
    )}`;
  }
  const d = result.data;
  const buttons = html`<div class="actions no-print">
      <button part="print-button" class="button secondary" type="button" @click=${() => actions.print(d)}>
        ${t('print')}
      </button>
      ${share}
    </div>
    ${notice}`;
  return html`${cached}${dossierView(host, d, { actions: buttons })}`;
}

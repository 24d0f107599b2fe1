import type { FeedbackReceipt, OutboxEntry } from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { ShpElement } from '../../../internal/shp-element.js';
import { targetOf } from './links.js';

/** The failure of the last try (everything kept), "Gửi phản ánh" or "Gửi lại", and "Đang gửi…". */
export function submitTemplate(host: ShpElement, phase: string, submitError: string): TemplateResult {
  const busy = phase === 'submitting';
  return html`${
      phase === 'error'
        ? html`<div part="error" class="error" role="alert">
            <p class="error-message">${submitError}</p>
            <p class="hint">${host.t('feedbackForm.keptEverything')}</p>
          </div>`
        : nothing
    }
    <div class="actions">
      <!-- Busy, it stays focusable (a disabled button drops focus to the page); the form ignores presses. -->
      <button part="submit-button" class="button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
        ${host.t(phase === 'error' ? 'feedbackForm.retry' : 'feedbackForm.submit')}
      </button>
      ${busy ? html`<span role="status" class="hint">${host.t('feedbackForm.sending')}</span>` : nothing}
    </div>`;
}

/** Kept to send later (offline, or the connection dropped): send now, or write another. */
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

/** Sent: the report code, a link to a view a citizen can read, and "write another". */
export function successTemplate(
  host: ShpElement,
  receipt: FeedbackReceipt,
  href: string | undefined,
  another: () => void,
): TemplateResult {
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

/**
 * Above the form: reports waiting in the outbox (mentioned even while the form cannot
 * load, offline after a reload), and one the server refused, to reopen for editing.
 */
export function outboxNotices(
  host: ShpElement,
  phase: string,
  queuedCount: number,
  refused: OutboxEntry | null,
  reopen: (entry: OutboxEntry) => void,
): TemplateResult {
  const waiting =
    queuedCount > 0 && phase !== 'queued' && phase !== 'success'
      ? html`<p part="queued" class="note" role="status">${host.t('feedbackForm.waiting', { count: queuedCount })}</p>`
      : nothing;
  const reopenNotice = refused
    ? html`<div part="error" class="error" role="alert">
        <p class="error-message">
          ${host.t('feedbackForm.refused', {
            reason: host.errorMessage({
              name: 'ShpHttpError',
              type: 'http',
              operation: 'feedback.submit',
              status: refused.failed!.status,
            }),
          })}
        </p>
        <button class="button" type="button" @click=${() => reopen(refused)}>${host.t('feedbackForm.reopen')}</button>
      </div>`
    : nothing;
  return html`${waiting}${reopenNotice}`;
}

import {
  DOSSIER_STATUSES,
  dossierDeadline,
  safeUrl,
  type Dossier,
  type DossierPublic,
  type DossierStatusCode,
} from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../../internal/heading.js';
import type { ShpElement } from '../../../internal/shp-element.js';
import type { TranslationKey } from '../../../translations/index.js';
import { timeline } from '../../../internal/timeline.js';

const isOwnerView = (d: DossierPublic | Dossier): d is Dossier => 'documents' in d;

/** A date and time in the host's locale, Hải Phòng time. */
export const dateTime = (host: ShpElement, at: string | number | Date): string =>
  host.formatDate(at, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** The national status name in the host's language. */
export const statusName = (host: ShpElement, code: number): string =>
  DOSSIER_STATUSES[code as DossierStatusCode]?.[host.config.locale] ?? String(code);

/** "Trễ hạn N ngày làm việc", "Còn N ngày làm việc", computed now (never stored). */
export function deadlineLine(host: ShpElement, d: DossierPublic, now = Date.now()): TemplateResult | typeof nothing {
  const deadline = dossierDeadline(d, now);
  if (!deadline.dueAt) return nothing;
  const t = (key: string, count?: number) =>
    host.t(`dossierTracker.${key}` as TranslationKey, count === undefined ? undefined : { count });
  let text: string;
  let late = deadline.overdue;
  if (deadline.finished) {
    // Withdrawn or refused dossiers are not "late": nothing was owed.
    if (![9, 10].includes(d.status.code)) return nothing;
    text = deadline.overdue ? t('finishedLate', deadline.workingDaysLate) : t('finishedOnTime');
  } else if (deadline.overdue) {
    text = deadline.workingDaysLate > 0 ? t('overdue', deadline.workingDaysLate) : t('overdueToday');
  } else {
    text = t('daysLeft', deadline.workingDaysLeft ?? 0);
    late = false;
  }
  return html`<p part="deadline" class="deadline ${late ? 'late' : 'on-time'}">${text}</p>`;
}

/** What the citizen must do now: papers (5), fee (6), where and when to collect (9, 10). */
function todo(host: ShpElement, d: DossierPublic): TemplateResult | typeof nothing {
  const t = (key: string, params?: Record<string, string | number>) =>
    host.t(`dossierTracker.${key}` as TranslationKey, params);
  const h = (text: string) => heading(host.headingLevel, 1, text);
  const date = (value: string) => host.formatDate(`${value}T12:00:00+07:00`);
  if (d.supplement) {
    const s = d.supplement;
    return html`<section part="todo" class="todo">
      ${h(t('todo'))}
      <p>${t('supplementIntro')}</p>
      <ul class="papers">
        ${s.papers.map(
          (p) =>
            html`<li>
              <span class="paper-name">${p.name}</span>
              <span class="muted">${t('paperQuantity', { original: p.original, copies: p.copies })}</span>
              ${p.note ? html`<span class="paper-note">${p.note}</span>` : nothing}
            </li>`,
        )}
      </ul>
      <p><strong>${t('reason')}:</strong> ${s.reason}</p>
      ${s.deadline ? html`<p class="strong">${t('deadlineBy', { date: date(s.deadline) })}</p>` : nothing}
      <p>${t('bringTo', { place: s.place })}</p>
      ${s.online ? html`<p>${t('uploadOnline')}</p>` : nothing}
    </section>`;
  }
  if (d.payment) {
    const p = d.payment;
    const vnd = (n: number) => host.formatNumber(n, { style: 'currency', currency: 'VND' });
    return html`<section part="todo" class="todo">
      ${h(t('todo'))}
      <p class="strong">${t('paymentIntro')}: ${vnd(p.amountVnd)}</p>
      ${
        p.items.length > 1
          ? html`<ul>
              ${p.items.map((i) => html`<li>${i.description}: ${vnd(i.amountVnd)}</li>`)}
            </ul>`
          : nothing
      }
      ${p.deadline ? html`<p>${t('deadlineBy', { date: date(p.deadline) })}</p>` : nothing}
      <p>${t('reference')}: <code class="reference">${p.reference}</code></p>
      <p>${t('payMethods')}:</p>
      <ul class="methods">
        ${p.methods.map((m) => {
          const href = m.kind === 'online' ? safeUrl(m.url) : null;
          const name = host.config.locale === 'en' ? m.nameEn : m.name;
          return html`<li>
            ${
              href
                ? html`<a class="link-button" href=${href} target="_blank" rel="noopener noreferrer"
                    >${t('payOnline')}: ${name}</a
                  >`
                : html`<span class="paper-name">${name}</span>`
            }
            ${m.details ? html`<span class="muted">${m.details}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }
  if (d.resultPickup) {
    const r = d.resultPickup;
    const channel = { in_person: 'channelInPerson', post: 'channelPost', online: 'channelOnline' }[r.channel];
    return html`<section part="todo" class="todo">
      ${h(r.collectedAt ? t('pickupIntro') : t('todo'))}
      ${r.collectedAt ? html`<p>${t('collectedAt', { date: dateTime(host, r.collectedAt) })}</p>` : nothing}
      <dl class="facts">
        <div>
          <dt>${t('pickupResult')}</dt>
          <dd>${r.result}</dd>
        </div>
        <div>
          <dt>${t('pickupIntro')}</dt>
          <dd>${t(channel)}</dd>
        </div>
        <div>
          <dt>${t('pickupPlace')}</dt>
          <dd>${r.place}${r.address ? html`<br />${r.address}` : nothing}</dd>
        </div>
        <div>
          <dt>${t('pickupHours')}</dt>
          <dd>${r.hours}</dd>
        </div>
      </dl>
      ${
        r.collectedAt
          ? nothing
          : html`<p class="strong">
                ${t('pickupFrom', { date: dateTime(host, r.from) })}${
                  r.until ? html`; ${t('pickupUntil', { date: dateTime(host, r.until) })}` : nothing
                }
              </p>
              ${
                r.bring.length
                  ? html`<p>${t('pickupBring')}:</p>
                      <ul>
                        ${r.bring.map((b) => html`<li>${b}</li>`)}
                      </ul>`
                  : nothing
              }`
      }
    </section>`;
  }
  return nothing;
}

/** The owner's extra facts: phone, address, papers submitted, the official. */
function ownerFacts(host: ShpElement, d: Dossier): TemplateResult {
  const t = (key: string) => host.t(`dossierTracker.${key}` as TranslationKey);
  return html`<dl class="facts">
      ${
        d.applicantPhone
          ? html`<div>
              <dt>${t('phone')}</dt>
              <dd>${d.applicantPhone}</dd>
            </div>`
          : nothing
      }
      ${
        d.applicantAddress
          ? html`<div>
              <dt>${t('address')}</dt>
              <dd>${d.applicantAddress}</dd>
            </div>`
          : nothing
      }
      ${
        d.official
          ? html`<div>
              <dt>${t('official')}</dt>
              <dd>${d.official.name}, ${d.official.position}</dd>
            </div>`
          : nothing
      }
    </dl>
    ${
      d.documents.length
        ? html`<p class="strong">${t('documents')}</p>
            <ul class="documents">
              ${d.documents.map(
                (doc) =>
                  html`<li>
                    ${doc.name}
                    <span class="muted">(${doc.received ? t('documentReceived') : t('documentMissing')})</span>
                  </li>`,
              )}
            </ul>`
        : nothing
    }`;
}

/** Everything about one dossier, as its code shows it (masked) or as its owner sees it. */
export function dossierView(
  host: ShpElement,
  d: DossierPublic | Dossier,
  options: { actions?: unknown; headingDepth?: number; now?: number } = {},
): TemplateResult {
  const t = (key: string, params?: Record<string, string | number>) =>
    host.t(`dossierTracker.${key}` as TranslationKey, params);
  const depth = options.headingDepth ?? 0;
  const date = (value: string) => host.formatDate(value.length === 10 ? `${value}T12:00:00+07:00` : value);
  return html`<article part="dossier" class="result dossier">
    ${heading(host.headingLevel, depth, d.procedureName, { class: 'result-title', tabindex: -1 })}
    ${d.sample ? html`<p part="sample" class="sample">${t('sample')}</p>` : nothing}
    <div class="status-box">
      <p class="status-name" part="status-name">
        <span class="muted">${t('currentStep')}:</span> <strong>${statusName(host, d.status.code)}</strong>
      </p>
      <p part="step" class="step-text">${t(`status${d.status.code}`)}</p>
      ${deadlineLine(host, d, options.now)}
    </div>
    ${todo(host, d)}
    <dl class="facts">
      <div>
        <dt>${t('code')}</dt>
        <dd class="code">${d.code}</dd>
      </div>
      <div>
        <dt>${t('procedure')}</dt>
        <dd>${d.procedureId}</dd>
      </div>
      <div>
        <dt>${t('agency')}</dt>
        <dd>${d.agency}</dd>
      </div>
      <div>
        <dt>${t('desk')}</dt>
        <dd>${d.desk}</dd>
      </div>
      <div>
        <dt>${t('applicant')}</dt>
        <dd part="applicant">${d.applicantName}</dd>
      </div>
      <div>
        <dt>${t('receivedDate')}</dt>
        <dd>${date(d.receivedDate)}</dd>
      </div>
      <div>
        <dt>${t('dueDate')}</dt>
        <dd>${d.dueAt ? dateTime(host, d.dueAt) : t('noDueDate')}</dd>
      </div>
      ${
        d.completedAt
          ? html`<div>
              <dt>${t('completedAt')}</dt>
              <dd>${dateTime(host, d.completedAt)}</dd>
            </div>`
          : nothing
      }
    </dl>
    ${isOwnerView(d) ? ownerFacts(host, d) : nothing} ${heading(host.headingLevel, depth + 1, t('timeline'))}
    ${timeline(
      d.timeline.map((e) => ({ label: statusName(host, e.status.code), at: e.at, actor: e.actor, note: e.note })),
      { formatDate: (at) => dateTime(host, at), label: t('timeline'), markCurrent: true },
    )}
    ${options.actions ?? nothing}
  </article>`;
}

import type { Feedback } from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../../internal/heading.js';
import { timeline } from '../../../internal/timeline.js';
import type { FeedbackMapContext } from '../feedback-map.context.js';
import type { ReportController } from '../feedback-map.report.js';
import { statusLook, statusSymbol } from '../feedback-map.status.js';

export interface PanelActions {
  close(): void;
  retry(): void;
  openPhoto(index: number): void;
  /** The link was copied (to announce it). */
  copied(): void;
  shareUrl(report: Feedback): string;
}

/** A report's panel: title, status, facts, content, photos, the answer, the timeline, a share link. */
export function panelPart(ctx: FeedbackMapContext, reports: ReportController, actions: PanelActions): TemplateResult {
  const { t } = ctx;
  const report = reports.report;
  let body: unknown;
  if (reports.state === 'loading') body = ctx.renderLoading(5);
  else if (reports.state === 'error' || !report) body = ctx.renderError(reports.error, actions.retry);
  else body = reportPart(ctx, report, actions);
  return html`<section part="panel" class="panel" aria-label=${t('feedbackMap.details')}>
    <button class="button secondary back" type="button" @click=${actions.close}>← ${t('feedbackMap.back')}</button>
    ${body}
  </section>`;
}

function reportPart(ctx: FeedbackMapContext, report: Feedback, actions: PanelActions): TemplateResult {
  const { t } = ctx;
  const look = statusLook(
    ctx.meta.statuses.find((s) => s.code === report.status),
    report.status,
  );
  const share = actions.shareUrl(report);
  const approximate = ctx.approximate(report.location);
  const fact = (term: string, value: unknown) =>
    html`<div>
      <dt>${term}</dt>
      <dd>${value}</dd>
    </div>`;
  return html`${heading(ctx.headingLevel, 0, report.title, { class: 'panel-title', tabindex: -1 })}
    <p class="status-badge large">${statusSymbol(look, 18)}${ctx.statusName(report.status)}</p>
    <dl class="facts">
      ${fact(t('feedbackMap.category'), ctx.categoryName(report.categoryId))}
      ${fact(t('feedbackMap.commune'), ctx.unitName(report.unitCode))}
      ${fact(t('feedbackMap.date'), html`<time datetime=${report.createdAt}>${ctx.formatDate(report.createdAt)}</time>`)}
      ${fact(t('feedbackMap.trackingCode'), report.trackingCode)}
      ${
        approximate
          ? fact(
              t('feedbackMap.location'),
              html`<span class="approximate-tag">${t('feedbackMap.approximate')}</span>
                ${t('feedbackMap.approximateNote', { unit: ctx.unitName(report.unitCode) })}`,
            )
          : nothing
      }
    </dl>
    <p class="content">${report.content}</p>
    ${report.address ? html`<p class="muted">${report.address}</p>` : nothing}
    ${
      report.photos.length
        ? html`<ul class="photos">
            ${report.photos.map(
              (p, i) =>
                html`<li>
                  <button
                    type="button"
                    class="photo"
                    aria-label=${t('feedbackMap.openPhoto', { index: i + 1, count: report.photos.length })}
                    @click=${() => actions.openPhoto(i)}
                  >
                    <img src=${p.thumbnailUrl} alt="" loading="lazy" decoding="async" width="96" height="72" />
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${heading(ctx.headingLevel, 1, t('feedbackMap.answer'))}
    ${
      report.answer
        ? html`<blockquote class="answer">
            <p>${report.answer.body}</p>
            <footer>
              ${t('feedbackMap.answeredBy', { agency: report.answer.agency, date: ctx.formatDate(report.answer.answeredAt) })}
            </footer>
          </blockquote>`
        : html`<p class="muted">${t('feedbackMap.noAnswer')}</p>`
    }
    ${heading(ctx.headingLevel, 1, t('feedbackMap.timeline'))}
    ${timeline(
      report.timeline.map((e) => ({ at: e.at, label: ctx.statusName(e.status), actor: e.actor, note: e.note })),
      { formatDate: ctx.formatDate },
    )}
    ${heading(ctx.headingLevel, 1, t('feedbackMap.share'))}
    <p class="share">
      <a href=${share}>${share}</a>
      <button class="button secondary" type="button" @click=${() => void copy(share, actions.copied)}>
        ${t('feedbackMap.copyLink')}
      </button>
    </p>`;
}

async function copy(text: string, done: () => void): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    done();
  } catch {
    // No clipboard permission: the link is shown and selectable.
  }
}

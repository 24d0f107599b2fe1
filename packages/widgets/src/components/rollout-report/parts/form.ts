import { REPORT_COLUMNS, type CampaignReportIssue } from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { heading } from '../../../internal/heading.js';
import type { ShpElement } from '../../../internal/shp-element.js';
import type { TranslationKey } from '../../../translations/index.js';
import type { ReportFormController } from '../report-form.controller.js';
import { notInstalledOf, totalsOf, type DraftHeader, type DraftRow, type RequiredField } from '../report-draft.js';

/** What the form's template asks of the element. */
export interface FormActions {
  submit(event: Event): void;
  addRow(): void;
  moveRow(id: string, by: -1 | 1): void;
  removeRow(id: string): void;
  print(): void;
  downloadCsv(): void;
}

const LABELS: Record<RequiredField | 'number', TranslationKey> = {
  managingBody: 'rolloutReport.managingBody',
  bodyName: 'rolloutReport.bodyName',
  number: 'rolloutReport.number',
  place: 'rolloutReport.place',
  date: 'rolloutReport.date',
  recipient: 'rolloutReport.recipient',
  recipients: 'rolloutReport.recipients',
  signerTitle: 'rolloutReport.signerTitle',
  signerName: 'rolloutReport.signerName',
};

type RowField = 'name' | 'total' | 'installed' | 'reason';

/** The contract's lengths for the header (CampaignReportHeaderInput), so the server never refuses a length. */
const MAX_LENGTH: Partial<Record<keyof DraftHeader | 'signer', number>> = {
  managingBody: 200,
  bodyName: 200,
  number: 50,
  place: 100,
  recipient: 200,
  signer: 100,
};

/** `19:00 25/03/2026` (vi), `25 Mar 2026, 19:00` (en): when a version was received, in Hải Phòng time. */
const dateTime = (host: ShpElement): Intl.DateTimeFormatOptions => ({
  day: host.config.locale === 'en' ? 'numeric' : '2-digit',
  month: host.config.locale === 'en' ? 'short' : '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The id of a field's input; row cells are `<row id>-<field>`. */
export const fieldId = (field: string, rowId?: string): string => (rowId ? `${rowId}-${field}` : `f-${field}`);

/** The ids of the inputs with errors, in the order they appear (the first takes focus). */
export function invalidIds(form: ReportFormController): string[] {
  const { missing, issues } = form.checks;
  const rows = form.draft.rows;
  const head = missing.filter((f) => !['recipients', 'signerTitle', 'signerName'].includes(f)).map((f) => fieldId(f));
  const cells = issues
    .filter((i) => typeof i.path[1] === 'number')
    .map((i) => fieldId(String(i.path[2]), rows[i.path[1] as number]!.id));
  const foot = missing.filter((f) => ['recipients', 'signerTitle', 'signerName'].includes(f)).map((f) => fieldId(f));
  return [...head, ...cells, ...foot];
}

export function formView(host: ShpElement, form: ReportFormController, actions: FormActions): TemplateResult {
  const t = host.t.bind(host);
  const en = host.config.locale === 'en';
  const { campaign, body, report } = form.mine;
  const draft = form.draft;
  const { missing, issues } = form.checks;
  const show = form.showErrors;
  const message = (i: CampaignReportIssue) => (en ? i.en : i.vi);
  const cellIssues = (rowIndex: number, field: string) =>
    show ? issues.filter((i) => i.path[1] === rowIndex && i.path[2] === field) : [];
  const requiredMessage = (f: RequiredField) => t('rolloutReport.required', { field: t(LABELS[f]) });
  // The submit button shows only while the report is editable, so it is unavailable only
  // while sending: a busy state, kept focusable (aria-disabled, presses ignored by submit()).
  const sending = form.state.kind === 'sending';

  const described = (id: string, extra: string[] = []) => [...extra, `${id}-error`].join(' ');
  const errorText = (id: string, messages: string[]) =>
    html`<span id="${id}-error" class="field-error">${messages.join(' ')}</span>`;

  const textField = (
    f: keyof DraftHeader,
    opts: { type?: string; required?: boolean; hint?: string; autocomplete?: string } = {},
  ) => {
    const max = MAX_LENGTH[f];
    const id = fieldId(f);
    const errs = show && missing.includes(f as RequiredField) ? [requiredMessage(f as RequiredField)] : [];
    return html`<div class="field">
      <label for=${id}>${t(LABELS[f as RequiredField])}</label>
      ${opts.hint ? html`<span id="${id}-hint" class="hint">${opts.hint}</span>` : nothing}
      <input
        id=${id}
        type=${opts.type ?? 'text'}
        maxlength=${max ?? nothing}
        .value=${live(draft.header[f])}
        ?required=${opts.required !== false}
        ?disabled=${!form.editable}
        aria-invalid=${errs.length ? 'true' : 'false'}
        aria-describedby=${described(id, opts.hint ? [`${id}-hint`] : [])}
        @input=${(e: Event) => form.setHeader(f, (e.target as HTMLInputElement).value)}
      />
      ${errorText(id, errs)}
    </div>`;
  };

  const cell = (row: DraftRow, index: number, f: RowField) => {
    const id = fieldId(f, row.id);
    const errs = cellIssues(index, f).map(message);
    const numeric = f === 'total' || f === 'installed';
    const label = REPORT_COLUMNS[f][en ? 'en' : 'vi'];
    const input = numeric
      ? html`<input
          id=${id}
          type="text"
          inputmode="numeric"
          class="count"
          .value=${live(row[f])}
          ?disabled=${!form.editable}
          aria-invalid=${errs.length ? 'true' : 'false'}
          aria-describedby=${`${id}-error`}
          @input=${(e: Event) => form.setCell(row.id, f, (e.target as HTMLInputElement).value)}
        />`
      : html`<textarea
          id=${id}
          rows="1"
          .value=${live(row[f])}
          ?disabled=${!form.editable}
          aria-invalid=${errs.length ? 'true' : 'false'}
          aria-describedby=${`${id}-error`}
          @input=${(e: Event) => form.setCell(row.id, f, (e.target as HTMLTextAreaElement).value)}
        ></textarea>`;
    return html`<td class="cell cell-${f}">
      <label for=${id} class="cell-label"
        >${label}<span class="visually-hidden">, ${t('rolloutReport.rowLabel', { n: index + 1 })}</span></label
      >
      ${input} ${errorText(id, errs)}
    </td>`;
  };

  const rows = draft.rows;
  const totals = totalsOf(rows);
  const col = (k: keyof typeof REPORT_COLUMNS) => REPORT_COLUMNS[k][en ? 'en' : 'vi'];
  const errorCount = show ? missing.length + issues.length : 0;

  return html`<section part="form" class="form-view">
    ${heading(host.headingLevel, 0, html`${t('rolloutReport.formTitle')} – ${en ? body.nameEn : body.name}`, {
      class: 'title',
    })}
    ${campaign.sample ? html`<p part="sample" class="sample">${t('rolloutReport.sample')}</p>` : null}
    <p class="muted">
      ${t('rolloutReport.dueBy', { date: host.formatDate(body.dueDate) })}.
      ${t('rolloutReport.answers', { number: campaign.dispatch.number, date: host.formatDate(campaign.dispatch.date) })}
    </p>
    ${
      report
        ? html`<p class="muted" part="correctable">
            ${report.late ? t('rolloutReport.lateReport') + ' ' : ''}${
              form.mine.canCorrect
                ? t('rolloutReport.correctableUntil', { date: host.formatDate(body.dueDate) })
                : t('rolloutReport.notCorrectable')
            }
          </p>`
        : null
    }
    ${
      form.restored
        ? html`<p class="note" part="restored">
            ${t('rolloutReport.draftRestored')}
            <button type="button" class="link-button" @click=${() => form.discard()}>
              ${t('rolloutReport.discardDraft')}
            </button>
          </p>`
        : null
    }
    ${
      errorCount
        ? html`<div part="error-summary" class="error-summary" role="alert">
            <p>${t('rolloutReport.errorSummary', { count: errorCount })}</p>
            <ul>
              ${missing.map((f) => html`<li>${requiredMessage(f)}</li>`)}
              ${issues.map((i) =>
                typeof i.path[1] === 'number'
                  ? html`<li>${t('rolloutReport.rowIssue', { n: String(i.path[1] + 1), message: message(i) })}</li>`
                  : html`<li>${message(i)}</li>`,
              )}
            </ul>
          </div>`
        : null
    }
    <form novalidate @submit=${actions.submit}>
      <fieldset class="header-fields">
        <legend>${t('rolloutReport.headerLegend')}</legend>
        ${textField('managingBody')} ${textField('bodyName')}
        ${textField('number', { required: false, hint: t('rolloutReport.numberHint') })} ${textField('place')}
        ${textField('date', { type: 'date' })} ${textField('recipient')}
      </fieldset>

      <div class="table-wrap">
        <table part="table" class="report-table">
          <caption>
            ${t('rolloutReport.tableCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${col('stt')}</th>
              <th scope="col">${col('name')}</th>
              <th scope="col">${col('total')}</th>
              <th scope="col">${col('installed')}</th>
              <th scope="col">${col('notInstalled')}</th>
              <th scope="col">${col('reason')}</th>
              <th scope="col">${t('rolloutReport.actions')}</th>
            </tr>
          </thead>
          <tbody>
            ${repeat(
              rows,
              (r) => r.id,
              (row, i) => {
                const missingCount = notInstalledOf(row);
                const n = i + 1;
                return html`<tr data-row=${row.id}>
                  <th scope="row" class="stt"><span class="cell-label" aria-hidden="true">${col('stt')}</span>${n}</th>
                  ${cell(row, i, 'name')} ${cell(row, i, 'total')} ${cell(row, i, 'installed')}
                  <td class="cell cell-notInstalled">
                    <span class="cell-label" aria-hidden="true">${col('notInstalled')}</span>
                    <span class="computed" id="${row.id}-notInstalled">${missingCount ?? '–'}</span>
                  </td>
                  ${cell(row, i, 'reason')}
                  <td class="cell row-actions">
                    <button
                      type="button"
                      class="icon-button"
                      id="${row.id}-up"
                      aria-label=${t('rolloutReport.moveUp', { n: String(n) })}
                      ?disabled=${!form.editable || i === 0}
                      @click=${() => actions.moveRow(row.id, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      class="icon-button"
                      id="${row.id}-down"
                      aria-label=${t('rolloutReport.moveDown', { n: String(n) })}
                      ?disabled=${!form.editable || i === rows.length - 1}
                      @click=${() => actions.moveRow(row.id, 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      class="icon-button"
                      id="${row.id}-remove"
                      aria-label=${t('rolloutReport.removeRow', { n: String(n) })}
                      ?disabled=${!form.editable || rows.length === 1}
                      @click=${() => actions.removeRow(row.id)}
                    >
                      ✕
                    </button>
                  </td>
                </tr>`;
              },
            )}
          </tbody>
          <tfoot>
            <tr part="totals">
              <td class="stt"></td>
              <th scope="row" class="totals-label">${t('rolloutReport.totalsRow')}</th>
              <td class="num" data-total="total">
                <span class="cell-label" aria-hidden="true">${col('total')}</span>${host.formatNumber(totals.total)}
              </td>
              <td class="num" data-total="installed">
                <span class="cell-label" aria-hidden="true">${col('installed')}</span>${host.formatNumber(
                  totals.installed,
                )}
              </td>
              <td class="num" data-total="notInstalled">
                <span class="cell-label" aria-hidden="true">${col('notInstalled')}</span>${host.formatNumber(
                  totals.notInstalled,
                )}
              </td>
              <td></td>
              <td></td>
            </tr>
          </tfoot>
        </table>
      </div>
      <button type="button" class="button secondary" id="add-row" ?disabled=${!form.editable} @click=${actions.addRow}>
        ${t('rolloutReport.addRow')}
      </button>

      <div class="footer-fields">
        <div class="field">
          <label for=${fieldId('recipients')}>${t('rolloutReport.recipients')}</label>
          <span id="${fieldId('recipients')}-hint" class="hint">${t('rolloutReport.recipientsHint')}</span>
          <textarea
            id=${fieldId('recipients')}
            rows="3"
            .value=${live(draft.recipients)}
            ?disabled=${!form.editable}
            aria-invalid=${show && missing.includes('recipients') ? 'true' : 'false'}
            aria-describedby=${described(fieldId('recipients'), [`${fieldId('recipients')}-hint`])}
            @input=${(e: Event) => form.setRecipients((e.target as HTMLTextAreaElement).value)}
          ></textarea>
          ${errorText(fieldId('recipients'), show && missing.includes('recipients') ? [requiredMessage('recipients')] : [])}
        </div>
        ${(['signerTitle', 'signerName'] as const).map((f) => {
          const id = fieldId(f);
          const errs = show && missing.includes(f) ? [requiredMessage(f)] : [];
          const key = f === 'signerTitle' ? 'title' : 'name';
          return html`<div class="field">
            <label for=${id}>${t(LABELS[f])}</label>
            <input
              id=${id}
              type="text"
              autocomplete=${f === 'signerName' ? 'name' : 'organization-title'}
              maxlength=${MAX_LENGTH.signer!}
              .value=${live(draft.signer[key])}
              ?disabled=${!form.editable}
              aria-invalid=${errs.length ? 'true' : 'false'}
              aria-describedby=${described(id)}
              @input=${(e: Event) => form.setSigner(key, (e.target as HTMLInputElement).value)}
            />
            ${errorText(id, errs)}
          </div>`;
        })}
      </div>

      <div class="actions">
        ${
          form.editable
            ? html`<button
                type="submit"
                id="submit"
                class="button"
                part="submit-button"
                aria-disabled=${sending ? 'true' : 'false'}
                aria-busy=${sending ? 'true' : 'false'}
              >
                ${
                  sending
                    ? t('rolloutReport.sending')
                    : form.kind === 'correct'
                      ? t('rolloutReport.correct')
                      : t('rolloutReport.submit')
                }
              </button>`
            : null
        }
        <button type="button" class="button secondary" part="print-button" @click=${actions.print}>
          ${t('rolloutReport.print')}
        </button>
        <button type="button" class="button secondary" part="csv-button" @click=${actions.downloadCsv}>
          ${t('rolloutReport.downloadCsv')}
        </button>
      </div>
    </form>
    <div class="send-status" role="status">${sendStatus(host, form)}</div>
    <p class="visually-hidden" role="status">${form.announcement}</p>
    ${report ? history(host, form) : html`<p class="muted">${t('rolloutReport.notReportedYet')}</p>`}
  </section>`;
}

/**
 * Where the report is on its way. Each message can take focus (tabindex -1): when a send
 * leaves the report read-only, the control that held focus is gone or disabled, and focus
 * goes here instead of falling to the page.
 */
function sendStatus(host: ShpElement, form: ReportFormController): unknown {
  const t = host.t.bind(host);
  const s = form.state;
  switch (s.kind) {
    case 'sent':
      return html`<p part="sent" class="sent" tabindex="-1">
        ${t('rolloutReport.sent', {
          version: String(s.report.version),
          time: host.formatDate(s.report.at, dateTime(host)),
        })}
      </p>`;
    case 'waiting':
      return html`<p part="waiting" class="waiting" tabindex="-1">
        ${t(s.offline ? 'rolloutReport.waiting' : 'rolloutReport.waitingNetwork')}
        ${
          s.offline
            ? null
            : html`<button type="button" class="link-button" @click=${() => void form.send()}>
                ${t('rolloutReport.sendNow')}
              </button>`
        }
      </p>`;
    case 'refused':
      return html`<p part="refused" class="field-error" tabindex="-1">
        ${t('rolloutReport.refused', { message: s.message })}
      </p>`;
    default:
      return nothing;
  }
}

function history(host: ShpElement, form: ReportFormController): TemplateResult {
  const report = form.report!;
  const t = host.t.bind(host);
  const versions = [...report.history, report];
  const time = (at: string) => host.formatDate(at, dateTime(host));
  return html`<section part="history" class="history">
    ${heading(host.headingLevel, 1, t('rolloutReport.historyTitle'))}
    <ol>
      ${versions.map(
        (v) =>
          html`<li data-version=${v.version}>
            ${t('rolloutReport.versionLine', { version: String(v.version), time: time(v.at) })}
            ${v === report ? t('rolloutReport.latest') : ''}
          </li>`,
      )}
    </ol>
  </section>`;
}

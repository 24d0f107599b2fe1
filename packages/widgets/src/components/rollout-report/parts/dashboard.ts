import type { Campaign, CampaignDashboard, CampaignDashboardBody } from '@smart-haiphong/sdk';
import { html, type TemplateResult } from 'lit';
import { heading } from '../../../internal/heading.js';
import type { ShpElement } from '../../../internal/shp-element.js';
import { barTable, percent } from './bars.js';

/** What the dashboard asks of the element. */
export interface DashboardActions {
  /** Ignores presses while `exporting` (the button stays focusable then, `aria-disabled`). */
  exportCsv(): void;
  exporting: boolean;
  exportError: string;
}

/** A body's reporting status in words, flagged `late` or `overdue` by its class. */
function status(host: ShpElement, b: CampaignDashboardBody): TemplateResult {
  if (b.reported) {
    const date = host.formatDate(b.reportedAt!);
    return b.late
      ? html`<span class="flag late">${host.t('rolloutReport.reportedLate', { date })}</span>`
      : html`<span class="flag ok">${host.t('rolloutReport.reportedOn', { date })}</span>`;
  }
  return b.overdue
    ? html`<span class="flag overdue">${host.t('rolloutReport.notReportedOverdue')}</span>`
    : html`<span class="flag pending">${host.t('rolloutReport.notReported')}</span>`;
}

/**
 * The collecting office's view: counts by group against each deadline, every body's status
 * (late and overdue flagged), installed share by body and overall, the bodies to remind, and
 * the CSV of every report.
 */
export function dashboardView(
  host: ShpElement,
  campaign: Campaign,
  d: CampaignDashboard,
  actions: DashboardActions,
): TemplateResult {
  const en = host.config.locale === 'en';
  const t = host.t.bind(host);
  const o = d.overall;
  const name = (b: CampaignDashboardBody) => (en ? b.body.nameEn : b.body.name);
  const people = (installed: number, total: number) => t('rolloutReport.peopleInstalled', { installed, total });
  const remind = d.bodies.filter((b) => !b.reported).sort((a, b) => Number(b.overdue) - Number(a.overdue));
  return html`<section part="dashboard" class="dashboard">
    ${heading(host.headingLevel, 0, html`${t('rolloutReport.dashboardTitle')} – ${campaign.unitName}`, {
      class: 'title',
    })}
    ${d.sample ? html`<p part="sample" class="sample">${t('rolloutReport.sample')}</p>` : null}
    <ul part="counts" class="counts">
      <li data-count="reported">
        ${t('rolloutReport.bodiesReported', { reported: o.reported, expected: o.expected })}
      </li>
      <li data-count="late">${t('rolloutReport.lateCount', { count: o.late })}</li>
      <li data-count="overdue">${t('rolloutReport.overdueCount', { count: o.overdue })}</li>
      <li data-count="installed">
        ${people(o.installed, o.total)}${o.share === null ? '' : ` (${percent(host, o.share)})`}
      </li>
    </ul>
    <div class="actions">
      <button
        type="button"
        class="button"
        part="export-button"
        aria-disabled=${actions.exporting ? 'true' : 'false'}
        aria-busy=${actions.exporting ? 'true' : 'false'}
        @click=${actions.exportCsv}
      >
        ${actions.exporting ? t('rolloutReport.exporting') : t('rolloutReport.exportCsv')}
      </button>
      ${actions.exportError ? html`<p class="field-error" role="alert">${actions.exportError}</p>` : null}
    </div>

    ${heading(host.headingLevel, 1, t('rolloutReport.byGroupReporting'))}
    <div class="table-wrap">
      <table part="groups" class="grid groups">
        <thead>
          <tr>
            <th scope="col">${t('rolloutReport.group')}</th>
            <th scope="col">${t('rolloutReport.deadline')}</th>
            <th scope="col">${t('rolloutReport.reported')}</th>
            <th scope="col">${t('rolloutReport.late')}</th>
            <th scope="col">${t('rolloutReport.overdue')}</th>
          </tr>
        </thead>
        <tbody>
          ${d.groups.map(
            (g) =>
              html`<tr data-group=${g.groupId}>
                <th scope="row">${en ? g.nameEn : g.name}</th>
                <td>
                  ${host.formatDate(g.dueDate)}${
                    g.pastDue ? html` <span class="muted">(${t('rolloutReport.pastDue')})</span>` : null
                  }
                </td>
                <td class="num">${g.reported}/${g.expected}</td>
                <td class="num">${g.late}</td>
                <td class="num ${g.overdue ? 'overdue' : ''}">${g.overdue}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>

    ${heading(host.headingLevel, 1, t('rolloutReport.remindTitle'))}
    ${
      remind.length
        ? html`<ul part="remind" class="remind">
            ${remind.map(
              (b) =>
                html`<li data-body=${b.body.id}>
                  ${name(b)} – ${status(host, b)}
                  <span class="muted">(${t('rolloutReport.dueBy', { date: host.formatDate(b.body.dueDate) })})</span>
                </li>`,
            )}
          </ul>`
        : html`<p>${t('rolloutReport.remindNone')}</p>`
    }
    ${heading(host.headingLevel, 1, t('rolloutReport.statusTitle'))}
    ${d.groups.map(
      (g) =>
        html`<div class="status-group">
          ${heading(host.headingLevel, 2, html`${en ? g.nameEn : g.name}`)}
          <ul part="bodies" class="bodies">
            ${d.bodies
              .filter((b) => b.body.groupId === g.groupId)
              .map((b) => html`<li data-body=${b.body.id}>${name(b)} – ${status(host, b)}</li>`)}
          </ul>
        </div>`,
    )}
    ${heading(host.headingLevel, 1, t('rolloutReport.installedShare'))}
    ${barTable(
      host,
      t('rolloutReport.shareByBody'),
      t('rolloutReport.body'),
      d.bodies
        .filter((b) => b.reported && b.totals)
        .map((b) => ({
          label: name(b),
          share: b.share,
          detail: people(b.totals!.installed, b.totals!.total),
          note: b.late ? html` <span class="flag late">${t('rolloutReport.late')}</span>` : null,
        })),
      { label: t('rolloutReport.overall'), share: o.share, detail: people(o.installed, o.total) },
      'chart',
    )}
    <p class="as-of">${t('rolloutReport.asOf', { date: host.formatDate(d.asOf) })}</p>
  </section>`;
}

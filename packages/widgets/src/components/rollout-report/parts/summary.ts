import type { Campaign, CampaignSummary } from '@smart-haiphong/sdk';
import { html, type TemplateResult } from 'lit';
import { heading } from '../../../internal/heading.js';
import type { ShpElement } from '../../../internal/shp-element.js';
import { barTable, percent } from './bars.js';

/** The public summary: the commune's overall progress, then per group as a bar chart that is a table. */
export function summaryView(host: ShpElement, campaign: Campaign, summary: CampaignSummary): TemplateResult {
  const en = host.config.locale === 'en';
  const { overall } = summary;
  const people = (installed: number, total: number) => host.t('rolloutReport.peopleInstalled', { installed, total });
  return html`<section part="summary" class="summary">
    ${heading(host.headingLevel, 0, html`${host.t('rolloutReport.summaryTitle')} – ${campaign.unitName}`, {
      class: 'title',
    })}
    ${summary.sample ? html`<p part="sample" class="sample">${host.t('rolloutReport.sample')}</p>` : null}
    <p class="campaign-title">${en ? campaign.titleEn : campaign.title}</p>
    <div part="overall" class="overall">
      <p class="overall-share">
        <span class="big">${overall.share === null ? '–' : percent(host, overall.share)}</span>
        <span>${host.t('rolloutReport.installedShare')}</span>
      </p>
      <p>${people(overall.installed, overall.total)}</p>
      <p>${host.t('rolloutReport.bodiesReported', { reported: overall.reported, expected: overall.expected })}</p>
    </div>
    ${barTable(
      host,
      host.t('rolloutReport.byGroup'),
      host.t('rolloutReport.group'),
      summary.groups.map((g) => ({
        label: en ? g.nameEn : g.name,
        share: g.share,
        detail: `${people(g.installed, g.total)}; ${host.t('rolloutReport.bodiesReported', {
          reported: g.reported,
          expected: g.expected,
        })}`,
      })),
    )}
    <p class="as-of">${host.t('rolloutReport.asOf', { date: host.formatDate(summary.asOf) })}</p>
  </section>`;
}

import { PROCEDURE_LEVELS, type Procedure } from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../../internal/heading.js';
import type { ShpElement } from '../../../internal/shp-element.js';
import type { TranslationKey } from '../../../translations/index.js';

/** Texts of the catalogue are Vietnamese only: marked so that screen readers read them as such. */
const vi = (value: string) => html`<span lang="vi">${value}</span>`;

/** A procedure's detail: facts, channels with time and fee, steps, papers, results, legal basis. */
export function procedureDetail(host: ShpElement, p: Procedure, depth = 0): TemplateResult {
  const t = (key: string, params?: Record<string, string | number>) =>
    host.t(`procedureSearch.${key}` as TranslationKey, params);
  const en = host.config.locale === 'en';
  const h = (text: string) => heading(host.headingLevel, depth + 1, text);
  return html`<article part="detail" class="detail">
    ${heading(host.headingLevel, depth, vi(p.name), { class: 'detail-title', tabindex: -1 })}
    <dl class="facts">
      <div>
        <dt>${t('code')}</dt>
        <dd class="code">${p.code}</dd>
      </div>
      <div>
        <dt>${t('field')}</dt>
        <dd>${vi(p.field)}</dd>
      </div>
      <div>
        <dt>${t('agency')}</dt>
        <dd>${p.agency ? vi(p.agency) : t('noAgency')}</dd>
      </div>
      <div>
        <dt>${t('level')}</dt>
        <dd>${p.levels.map((l) => PROCEDURE_LEVELS[l][en ? 'en' : 'vi']).join(', ')}</dd>
      </div>
      <div>
        <dt>${t('subjects')}</dt>
        <dd>${p.subjectDetails.map((s) => (en ? s.nameEn : s.name)).join('; ')}</dd>
      </div>
    </dl>
    ${h(t('channels'))}
    <ul class="channels">
      ${p.channels.map(
        (c) =>
          html`<li class="channel">
            <span class="strong">${en ? c.nameEn : c.name}</span>
            <span>${t('processingTime')}: ${c.processingTime ? vi(c.processingTime.text) : t('notStated')}</span>
            <span>${t('fee')}: ${c.fee ? vi(c.fee.text) : t('notStated')}</span>
            ${c.notes.map((n) => html`<span class="muted" lang="vi">${n}</span>`)}
          </li>`,
      )}
    </ul>
    ${
      p.steps.length
        ? html`${h(t('steps'))}
            <ol class="steps" lang="vi">
              ${p.steps.map((s) => html`<li>${s}</li>`)}
            </ol>
            ${p.stepsTruncated ? html`<p class="muted">${t('stepsTruncated')}</p>` : nothing}`
        : nothing
    }
    ${
      p.conditions
        ? html`${h(t('conditions'))}
            <p class="pre" lang="vi">${p.conditions}</p>`
        : nothing
    }
    ${
      p.requiredPapers.length
        ? html`${h(t('papers'))}
          ${p.requiredPapers.map(
            (g) =>
              html`<div class="paper-group">
                ${g.title ? html`<p class="strong" lang="vi">${g.title}</p>` : nothing}
                <ul class="papers">
                  ${g.papers.map(
                    (paper) =>
                      html`<li>
                        <span lang="vi">${paper.name}</span>
                        ${
                          g.kind === 'papers' && paper.original + paper.copies > 0
                            ? html`<span class="muted"
                                >${t('paperQuantity', { original: paper.original, copies: paper.copies })}</span
                              >`
                            : nothing
                        }
                      </li>`,
                  )}
                </ul>
              </div>`,
          )}`
        : nothing
    }
    ${
      p.results.length
        ? html`${h(t('results_'))}
            <ul class="plain" lang="vi">
              ${p.results.map((r) => html`<li>${r.name}${r.code ? html` <span class="muted">(${r.code})</span>` : nothing}</li>`)}
            </ul>`
        : nothing
    }
    ${
      p.legalBasis.length
        ? html`${h(t('legalBasis'))}
            <ul class="plain" lang="vi">
              ${p.legalBasis.map((l) => html`<li><span class="code">${l.code}</span>${l.title ? html` ${l.title}` : nothing}</li>`)}
            </ul>`
        : nothing
    }
  </article>`;
}

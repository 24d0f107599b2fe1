import {
  PROCEDURE_LEVELS,
  type ProcedureFacetCount,
  type ProcedureLevel,
  type ProcedurePage,
} from '@smart-haiphong/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { ShpElement } from '../../../internal/shp-element.js';
import type { TranslationKey } from '../../../translations/index.js';

/** The filters of a search, as the API takes them. */
export interface ProcedureFilters {
  field?: string | undefined;
  subject?: string | undefined;
  level?: ProcedureLevel | undefined;
  online?: boolean | undefined;
}

/**
 * Field, who it is for, level and online filing, each with its count in the current search
 * (the page's facets; none while the first answer is awaited), and "Bỏ lọc" when one is set.
 */
export function filtersPart(
  host: ShpElement,
  f: ProcedureFilters,
  page: ProcedurePage | undefined,
  change: (filters: ProcedureFilters) => void,
): TemplateResult {
  const p = (key: string) => host.t(`procedureSearch.${key}` as TranslationKey);
  const en = host.config.locale === 'en';
  const count = (n: number) => ` (${host.formatNumber(n)})`;
  const option = (c: ProcedureFacetCount, selected: string | undefined) =>
    html`<option value=${c.value} ?selected=${selected === c.value}>
      ${en ? c.labelEn : c.label}${count(c.count)}
    </option>`;
  const set = (key: keyof ProcedureFilters, raw: string) =>
    change({ ...f, [key]: raw === '' ? undefined : key === 'online' ? raw === 'true' : raw });
  const select = (key: keyof ProcedureFilters, options: TemplateResult[], value: string | undefined) =>
    html`<div class="filter">
      <label for=${`f-${key}`}>${p(key)}</label>
      <select id=${`f-${key}`} @change=${(e: Event) => set(key, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${value === undefined}>${p('any')}</option>
        ${options}
      </select>
    </div>`;
  const facets = page?.facets;
  const onlineValue = f.online === undefined ? undefined : String(f.online);
  const onlineOption = (value: 'true' | 'false') => {
    const c = facets?.online.find((o) => o.value === value);
    return html`<option value=${value} ?selected=${onlineValue === value}>
      ${p(value === 'true' ? 'onlineYes' : 'onlineNo')}${c ? count(c.count) : ''}
    </option>`;
  };
  const level = (c: ProcedureFacetCount) => {
    const name = PROCEDURE_LEVELS[c.value as ProcedureLevel];
    return option({ ...c, label: name?.vi ?? c.label, labelEn: name?.en ?? c.labelEn }, f.level);
  };
  const active = Object.values(f).some((v) => v !== undefined);
  return html`<fieldset part="filters" class="filters">
    <legend>${p('filters')}</legend>
    ${select(
      'field',
      (facets?.field ?? []).map((c) => option(c, f.field)),
      f.field,
    )}
    ${select(
      'subject',
      (facets?.subject ?? []).map((c) => option(c, f.subject)),
      f.subject,
    )}
    ${select('level', (facets?.level ?? []).map(level), f.level)}
    ${select('online', [onlineOption('true'), onlineOption('false')], onlineValue)}
    ${active ? html`<button type="button" class="link" @click=${() => change({})}>${p('resetFilters')}</button>` : nothing}
  </fieldset>`;
}

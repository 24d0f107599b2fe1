import type { FeedbackCategory, FeedbackFilters } from '@smart-haiphong/sdk';
import { html, type TemplateResult } from 'lit';
import { localName } from '../../../translations/index.js';
import type { FeedbackMapContext } from '../feedback-map.context.js';

export type FilterKey = 'category' | 'status' | 'from' | 'to';

/** `YYYY-MM-DD` in Vietnam, `months` months ago. */
export function monthsAgo(months: number, now = new Date()): string {
  const d = new Date(now);
  d.setMonth(d.getMonth() - months);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(d);
}

/** The filters in the SDK's shape: an unset `from` is six months ago, an empty one no limit. */
export function effectiveFilters(
  f: { category: string; status: string; from?: string | undefined; to: string },
  unit: string | undefined,
): FeedbackFilters {
  const from = f.from === undefined ? monthsAgo(6) : f.from;
  return {
    ...(f.category ? { category: f.category } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(from ? { from } : {}),
    ...(f.to ? { to: f.to } : {}),
    ...(unit ? { unit } : {}),
  };
}

export interface FiltersState {
  category: string;
  status: string;
  /** The `from` in effect (the default six months ago when unset). */
  from: string;
  to: string;
  onChange(key: FilterKey, value: string): void;
  onReset(): void;
}

/** The filter form: category (grouped), status, date range, reset. */
export function filtersPart(ctx: FeedbackMapContext, state: FiltersState): TemplateResult {
  const { meta, locale, t } = ctx;
  const groups = new Map<string, FeedbackCategory[]>();
  for (const c of meta.categories) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  const change = (key: FilterKey) => (event: Event) =>
    state.onChange(key, (event.target as HTMLInputElement | HTMLSelectElement).value);
  const id = (name: string) => `shp-fm-${name}`;
  return html`<form
    part="filters"
    class="filters"
    aria-label=${t('feedbackMap.filters')}
    @submit=${(e: Event) => e.preventDefault()}
  >
    <div class="field">
      <label for=${id('category')}>${t('feedbackMap.category')}</label>
      <select id=${id('category')} name="category" .value=${state.category} @change=${change('category')}>
        <option value="" ?selected=${!state.category}>${t('feedbackMap.all')}</option>
        ${[...groups.values()].map(
          (list) =>
            html`<optgroup label=${localName(locale, { name: list[0]!.groupName, nameEn: list[0]!.groupNameEn })}>
              ${list.map(
                (c) =>
                  html`<option value=${c.id} ?selected=${c.id === state.category}>${localName(locale, c)}</option>`,
              )}
            </optgroup>`,
        )}
      </select>
    </div>
    <div class="field">
      <label for=${id('status')}>${t('feedbackMap.status')}</label>
      <select id=${id('status')} name="status" .value=${state.status} @change=${change('status')}>
        <option value="" ?selected=${!state.status}>${t('feedbackMap.all')}</option>
        ${meta.statuses.map(
          (s) => html`<option value=${s.code} ?selected=${s.code === state.status}>${localName(locale, s)}</option>`,
        )}
      </select>
    </div>
    <div class="field">
      <label for=${id('from')}>${t('feedbackMap.from')}</label>
      <input id=${id('from')} name="from" type="date" .value=${state.from} @change=${change('from')} />
    </div>
    <div class="field">
      <label for=${id('to')}>${t('feedbackMap.to')}</label>
      <input id=${id('to')} name="to" type="date" .value=${state.to} @change=${change('to')} />
    </div>
    <button class="button secondary" type="button" @click=${() => state.onReset()}>
      ${t('feedbackMap.resetFilters')}
    </button>
  </form>`;
}

import { lazy } from '../internal/lazy.js';
import type { Locale, Message, StringLoaders, Translation, TranslationKey, TranslationParams } from './types.js';

export type {
  Locale,
  Message,
  PluralMessage,
  SharedStrings,
  StringLoaders,
  Translation,
  TranslationKey,
  TranslationParams,
} from './types.js';
export { LOCALES } from './types.js';

/** The strings every widget shares (states, errors, unit types), one chunk per locale. */
export const sharedStrings: StringLoaders = {
  vi: () => lazy('shared.vi', () => import('./shared/vi.js')),
  en: () => lazy('shared.en', () => import('./shared/en.js')),
};

/** The strings loaded so far, per locale: groups merge in as widgets load theirs. */
const catalog: Record<Locale, Partial<Translation>> = { vi: {}, en: {} };
const loading = new Map<StringLoaders, Partial<Record<Locale, Promise<void>>>>();
const loaded = new Map<StringLoaders, Partial<Record<Locale, true>>>();

/** Whether every set in `sets` is loaded for `locale` (then `translate` can be called synchronously). */
export function stringsReady(locale: Locale, sets: readonly StringLoaders[]): boolean {
  return sets.every((set) => loaded.get(set)?.[locale] === true);
}

/**
 * Fetches the sets' strings for `locale` once per page (later calls share the
 * request). A failed fetch (offline) is forgotten, so that the next call asks again.
 */
export function loadStrings(locale: Locale, sets: readonly StringLoaders[]): Promise<void> {
  return Promise.all(
    sets.map((set) => {
      if (loaded.get(set)?.[locale]) return undefined;
      let perSet = loading.get(set);
      if (!perSet) loading.set(set, (perSet = {}));
      perSet[locale] ??= set[locale]().then(
        ({ default: strings }) => {
          Object.assign(catalog[locale], strings);
          loaded.set(set, { ...loaded.get(set), [locale]: true });
        },
        (error: unknown) => {
          delete perSet[locale];
          throw error;
        },
      );
      return perSet[locale];
    }),
  ).then(() => undefined);
}

/**
 * The BCP 47 tag handed to `Intl` for each locale. English uses en-GB for its
 * day-month-year order, which is what Vietnamese readers of the English UI expect.
 */
export const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

/**
 * Maps any language tag to a supported locale: `en-US` → `en`, `VI` → `vi`;
 * unknown or empty → undefined (the caller falls back to the next source).
 */
export function normalizeLocale(value: string | null | undefined): Locale | undefined {
  if (!value) return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'vi' || primary === 'en' ? primary : undefined;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pick(message: Message, locale: Locale, count: number | undefined): string {
  if (typeof message === 'string') return message;
  if (count === undefined) return message.other;
  if (count === 0 && message.zero !== undefined) return message.zero;
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(INTL_LOCALE[locale])));
  return rules.select(count) === 'one' ? (message.one ?? message.other) : message.other;
}

/**
 * The message at `key` in `locale`, with `{name}` placeholders filled from `params`
 * (numbers formatted for the locale). A numeric `count` selects the plural form.
 */
export function translate(locale: Locale, key: TranslationKey, params?: TranslationParams): string {
  const [group, name] = key.split('.') as [keyof Translation, string];
  const message = (catalog[locale][group] as Record<string, Message> | undefined)?.[name];
  if (message === undefined) return key;
  const count = typeof params?.['count'] === 'number' ? params['count'] : undefined;
  const text = pick(message, locale, count);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, param: string) => {
    const value = params[param];
    if (value === undefined) return match;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

/** A number in the locale's notation: 1234.5 → `1.234,5` (vi), `1,234.5` (en). */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], options).format(value);
}

/**
 * Default date formats: `01/07/2025` as Vietnamese administrative texts write dates,
 * `1 Jul 2025` in English.
 */
const DATE_FORMAT: Record<Locale, Intl.DateTimeFormatOptions> = {
  vi: { day: '2-digit', month: '2-digit', year: 'numeric' },
  en: { day: 'numeric', month: 'short', year: 'numeric' },
};

/**
 * A date (Date, ISO string or epoch ms) in the locale. Shown in Vietnam's time zone
 * unless `options.timeZone` says otherwise: the dates are those of events in Hải Phòng,
 * and a reader abroad should see the same day as one in the city.
 */
export function formatDate(
  locale: Locale,
  value: Date | string | number,
  options?: Intl.DateTimeFormatOptions,
): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: 'Asia/Ho_Chi_Minh',
    ...(options ?? DATE_FORMAT[locale]),
  }).format(date);
}

/**
 * A distance for people on foot or on a motorbike: below 1 km in whole metres
 * rounded to 10 (`350 m`), from 1 km in kilometres with one decimal below 10 km
 * (`1,2 km` in vi, `1.2 km` in en) and whole kilometres above.
 */
export function formatDistance(locale: Locale, meters: number): string {
  const tag = INTL_LOCALE[locale];
  if (meters < 1000) {
    const rounded = meters < 10 ? Math.round(meters) : Math.round(meters / 10) * 10;
    if (rounded < 1000) {
      return new Intl.NumberFormat(tag, { style: 'unit', unit: 'meter', unitDisplay: 'short' }).format(rounded);
    }
  }
  const km = meters / 1000;
  return new Intl.NumberFormat(tag, {
    style: 'unit',
    unit: 'kilometer',
    unitDisplay: 'short',
    maximumFractionDigits: km < 10 ? 1 : 0,
  }).format(km);
}

/**
 * The name of a thing from the API (a category, a status) in the locale: the API sends
 * both languages (`name`, `nameEn`); the widget chooses.
 */
export function localName(locale: Locale, item: { name: string; nameEn: string }): string {
  return locale === 'en' ? item.nameEn : item.name;
}

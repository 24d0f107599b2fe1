/** The locales every widget speaks. Vietnamese is the default. */
export type Locale = 'vi' | 'en';

/** The locales in order of preference; the first is the default. */
export const LOCALES: readonly Locale[] = ['vi', 'en'];

/**
 * A message that depends on a count. `zero` is used for 0 when present (CLDR has no
 * zero category in vi or en, but "Chưa có tin tức" reads better than "0 tin tức").
 */
export interface PluralMessage {
  zero?: string;
  one?: string;
  other: string;
}

/** One message: plain text with `{name}` placeholders, or plural forms. */
export type Message = string | PluralMessage;

/**
 * Every string a widget shows. `vi.ts` and `en.ts` both implement it, so a missing
 * translation is a type error.
 */
export interface Translation {
  state: {
    loading: Message;
    empty: Message;
    retry: Message;
    offline: Message;
  };
  error: {
    network: Message;
    offline: Message;
    timeout: Message;
    notFound: Message;
    unauthorized: Message;
    rateLimited: Message;
    /** `{seconds}`: the server's `Retry-After`. */
    rateLimitedRetryAfter: Message;
    badRequest: Message;
    server: Message;
    contract: Message;
    unknown: Message;
  };
  unitType: {
    xã: Message;
    phường: Message;
    'đặc khu': Message;
  };
  communeInfo: {
    label: Message;
    code: Message;
    /** `{count}`: the number of latest news items shown. */
    newsCount: Message;
    /** `{date}`: the publication date of the latest item. */
    latestNews: Message;
    noUnit: Message;
  };
}

type Join<K extends string, P extends string> = `${K}.${P}`;

/** A dotted path to a message, e.g. `'state.retry'`. */
export type TranslationKey = {
  [G in keyof Translation & string]: Join<G, keyof Translation[G] & string>;
}[keyof Translation & string];

/** Values for placeholders; numbers are formatted for the locale. `count` also selects the plural form. */
export type TranslationParams = Record<string, string | number>;

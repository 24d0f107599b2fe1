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
 * Every string a widget shows, by group. This file declares the groups all widgets
 * share; each widget adds its own group from its folder (`<widget>.translations.ts`,
 * by module augmentation), so a new widget touches no file here. Each locale's file
 * implements its group's interface, so a missing translation is a type error.
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
}

/** The groups every widget shares (`translations/shared/vi.ts`, `en.ts`). */
export type SharedStrings = Pick<Translation, 'state' | 'error' | 'unitType'>;

/**
 * How to fetch one set of strings in each locale: a dynamic import per locale, so a
 * page fetches only its own language (and only its widgets' strings).
 */
export type StringLoaders = Record<Locale, () => Promise<{ default: Partial<Translation> }>>;

type Join<K extends string, P extends string> = `${K}.${P}`;

/** A dotted path to a message, e.g. `'state.retry'`. */
export type TranslationKey = {
  [G in keyof Translation & string]: Join<G, keyof Translation[G] & string>;
}[keyof Translation & string];

/** Values for placeholders; numbers are formatted for the locale. `count` also selects the plural form. */
export type TranslationParams = Record<string, string | number>;

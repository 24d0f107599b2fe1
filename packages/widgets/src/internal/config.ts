import { normalizeLocale, type Locale } from '../translations/index.js';

/** Page-wide defaults for every widget on the page. */
export interface PageConfig {
  /** The API origin, e.g. `https://api.smart.haiphong.gov.vn/`. Relative values resolve against the page. */
  apiBase?: string | undefined;
  /** `vi` or `en` (any tag with that primary language, e.g. `en-GB`). */
  locale?: Locale | string | undefined;
  /** The commune, ward or special zone the widgets show, by slug (`binh-giang`) or code (`10966`). */
  unit?: string | undefined;
  /** Where the map engine's worker script is served (a self-hosted copy, or one a bundler emitted). */
  mapWorkerUrl?: string | undefined;
}

/** What an element ends up using once every source has been consulted. */
export interface ResolvedConfig {
  apiBase: string;
  locale: Locale;
  unit: string | undefined;
}

const KEYS = ['apiBase', 'locale', 'unit', 'mapWorkerUrl'] as const;

let pageDefaults: PageConfig = {};
const listeners = new Set<() => void>();

/**
 * Sets page-wide defaults, merged into the current ones. A key given as `undefined`
 * (or `null`) removes that default. Elements already on the page update.
 *
 * Exposed to script-tag users as `SmartHaiPhong.configure({...})`.
 *
 * @example configure({ apiBase: 'https://api.smart.haiphong.gov.vn/', locale: 'en' })
 */
export function configure(options: PageConfig): void {
  const next: PageConfig = { ...pageDefaults };
  for (const key of KEYS) {
    if (!(key in options)) continue;
    const value = options[key];
    if (value === undefined || value === null || value === '') delete next[key];
    else next[key] = String(value);
  }
  pageDefaults = next;
  for (const listener of listeners) listener();
}

/** The defaults set by {@link configure}. */
export function getPageConfig(): Readonly<PageConfig> {
  return pageDefaults;
}

/** Calls `listener` after each {@link configure}; returns the unsubscribe function. */
export function onConfigChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const BUNDLE_FILE = /\/smart-haiphong(?:\.min)?\.js$/;

/**
 * The `<script>` that loaded the script-tag bundle, for its `data-*` defaults.
 * `document.currentScript` is null for module scripts, so it is found by URL: the
 * script whose `src` is this module's own URL (true inside the bundle), else the
 * first whose file name is `smart-haiphong.js` (a CDN path with a version, a query).
 */
export function findBundleScript(): HTMLScriptElement | null {
  if (typeof document === 'undefined') return null;
  let byName: HTMLScriptElement | null = null;
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[src]')) {
    if (script.src === import.meta.url) return script;
    if (byName) continue;
    try {
      if (BUNDLE_FILE.test(new URL(script.src, document.baseURI).pathname)) byName = script;
    } catch {
      // an unparsable src is not ours
    }
  }
  return byName;
}

let scriptConfig: { script: HTMLScriptElement; config: PageConfig } | undefined;

/**
 * The defaults written on the bundle's script tag (`data-api-base`, `data-locale`,
 * `data-unit`, `data-map-worker-url`). Read once per tag (elements resolve their
 * config on every update), and again if that tag leaves the page.
 */
export function getScriptConfig(): PageConfig {
  if (scriptConfig?.script.isConnected) return scriptConfig.config;
  const script = findBundleScript();
  scriptConfig = script ? { script, config: readScriptConfig(script) } : undefined;
  return scriptConfig?.config ?? {};
}

function readScriptConfig(script: HTMLScriptElement): PageConfig {
  const data = script.dataset;
  const config: PageConfig = {};
  if (data['apiBase']) config.apiBase = data['apiBase'];
  if (data['locale']) config.locale = data['locale'];
  if (data['unit']) config.unit = data['unit'];
  if (data['mapWorkerUrl']) config.mapWorkerUrl = data['mapWorkerUrl'];
  return config;
}

const nonEmpty = (value: string | null | undefined): string | undefined =>
  value === null || value === undefined || value.trim() === '' ? undefined : value.trim();

function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

/**
 * Resolves each setting on its own, first source that has it wins:
 * the element's attribute or property → {@link configure} → the script tag's
 * `data-*` attributes → the default (API on the page's origin, Vietnamese, no unit).
 * A locale none of the sources supports falls through to the next source.
 */
export function resolveConfig(own: {
  apiBase?: string | undefined;
  locale?: string | undefined;
  unit?: string | undefined;
}): ResolvedConfig {
  const page = pageDefaults;
  const script = getScriptConfig();
  const apiBase = nonEmpty(own.apiBase) ?? nonEmpty(page.apiBase) ?? nonEmpty(script.apiBase);
  return {
    apiBase: apiBase ? absolute(apiBase) : `${location.origin}/`,
    locale: normalizeLocale(own.locale) ?? normalizeLocale(page.locale) ?? normalizeLocale(script.locale) ?? 'vi',
    unit: nonEmpty(own.unit) ?? nonEmpty(page.unit) ?? nonEmpty(script.unit),
  };
}

/** The map worker URL from {@link configure} or the script tag, if either set one. */
export function resolveMapWorkerUrl(): string | undefined {
  const url = nonEmpty(pageDefaults.mapWorkerUrl) ?? nonEmpty(getScriptConfig().mapWorkerUrl);
  return url ? absolute(url) : undefined;
}

/**
 * The script-tag loader keeps the page's `SmartHaiPhong.configure()` calls until the
 * widgets' runtime arrives (it is fetched only when a widget appears), then hands
 * them over here and forwards later calls.
 */
interface LoaderGlobal {
  attachConfig?: (configure: (options: PageConfig) => void) => void;
}
if (typeof window !== 'undefined') {
  (window as { SmartHaiPhong?: LoaderGlobal }).SmartHaiPhong?.attachConfig?.(configure);
}

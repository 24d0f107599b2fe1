import { isShpError, type ShpClient } from '@smart-haiphong/sdk';
import { html, LitElement, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ShpEvent } from '../events/index.js';
import { ShpErrorEvent } from '../events/shp-error.js';
import { stateStyles } from '../styles/states.js';
import { tokens } from '../styles/tokens.js';
import {
  formatDate,
  formatDistance,
  formatNumber,
  loadStrings,
  sharedStrings,
  translate,
  type StringLoaders,
  type TranslationKey,
  type TranslationParams,
} from '../translations/index.js';
import { getClient } from './client.js';
import type { ResolvedConfig } from './config.js';
import { ConfigController } from './config-controller.js';
import { LocalizeController } from './localize-controller.js';
import { OfflineController } from './offline-controller.js';

/**
 * The base of every Smart Hải Phòng element: configuration (`api-base`, `unit`,
 * `locale`, resolved against page-wide defaults), the shared SDK client,
 * translations and `Intl` formatting, typed events, and the loading, empty, error
 * and offline states.
 *
 * Subclasses implement `renderContent()`; the base wraps it in the `base` part
 * together with the offline banner.
 *
 * @attr api-base - The API origin. Default: `SmartHaiPhong.configure({ apiBase })`, the script tag's `data-api-base`, then the page's origin.
 * @attr locale - `vi` (default) or `en`. Default: `configure({ locale })`, then the script tag's `data-locale`.
 * @attr unit - The commune, ward or special zone, by slug (`binh-giang`) or code (`10966`). Default: `configure({ unit })`, then `data-unit`.
 * @attr theme - `light`, `dark` or `auto` (follows the system). Default: the page's `color-scheme`.
 * @attr heading-level - Level of the widget's top headings (1–6), to fit the page's outline. Default 2.
 *
 * @fires {ShpErrorEvent} shp-error - Loading or sending data failed; `detail.error` is the SDK error.
 *
 * @csspart base - The element's root box.
 * @csspart status - The loading state (skeleton).
 * @csspart empty - The message shown when there is nothing to show.
 * @csspart error - The error state: a sentence and the retry button.
 * @csspart retry-button - The button that tries again after an error.
 * @csspart offline - The banner shown while the browser is offline.
 *
 * @cssprop --shp-font-family - Font of the widget. Default: inherited from the page.
 * @cssprop --shp-color-primary - Buttons, links, accents. Default: #005baa (dark: #8cc4ff).
 * @cssprop --shp-color-on-primary - Text on primary. Default: #ffffff.
 * @cssprop --shp-color-surface - Background. Default: #ffffff (dark: #1c2128).
 * @cssprop --shp-color-surface-muted - Skeletons and secondary areas. Default: #eef1f5.
 * @cssprop --shp-color-text - Text. Default: #1b1f24 (dark: #e6e9ed).
 * @cssprop --shp-color-text-muted - Secondary text. Default: #505a66.
 * @cssprop --shp-color-border - Borders. Default: #d2d8df.
 * @cssprop --shp-color-danger - Error messages. Default: #b3261e.
 * @cssprop --shp-color-warning-surface - Offline banner background. Default: #fff4d6.
 * @cssprop --shp-color-warning-text - Offline banner text. Default: #5c4300.
 * @cssprop --shp-radius-s - Small radius (buttons). Default: 4px.
 * @cssprop --shp-radius-m - Radius of the widget box. Default: 8px.
 * @cssprop --shp-space-xs - Default: 4px.
 * @cssprop --shp-space-s - Default: 8px.
 * @cssprop --shp-space-m - Padding of the widget box. Default: 16px.
 * @cssprop --shp-space-l - Default: 24px.
 * @cssprop --shp-font-size-s - Secondary text. Default: 0.875em.
 * @cssprop --shp-font-size-l - Titles. Default: 1.25em.
 */
export class ShpElement extends LitElement {
  static override styles: CSSResultGroup = [tokens, stateStyles];

  /**
   * The element's own strings, fetched per locale before it shows text (the shared
   * ones are added by the base). A widget sets `static override strings = [itsStrings]`.
   */
  static strings: readonly StringLoaders[] = [];

  /** The API origin (paths are `/v1/…`). Empty: the page-wide default. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** `vi` or `en`. Empty or unsupported: the page-wide default, then `vi`. */
  @property() locale?: string;

  /** The commune, ward or special zone, by slug or code. Empty: the page-wide default. */
  @property() unit?: string;

  /**
   * The level of the widget's top headings (1–6), so that they fit the host page's
   * outline: a page whose own title is `h1` keeps the default 2; a widget placed under
   * an `h2` section takes 3. Sub-headings go one level deeper.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Colour scheme: `light`, `dark` or `auto`. Empty: the page's `color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  private clientOverride: ShpClient | undefined;

  /**
   * The SDK client the element uses. Default: one shared per API base and locale.
   * Set it to use your own (a token provider, a custom fetch, tests).
   */
  @property({ attribute: false })
  get client(): ShpClient {
    if (this.clientOverride) return this.clientOverride;
    const { apiBase, locale } = this.config;
    return getClient(apiBase, locale);
  }
  set client(value: ShpClient | undefined) {
    this.clientOverride = value;
  }

  // Added first, so that their hostUpdate runs before a subclass's data tasks read the config.
  private readonly configController = new ConfigController(this, () => ({
    apiBase: this.apiBase,
    locale: this.locale,
    unit: this.unit,
  }));
  /** Strings a lazy part brought (the map's), see {@link useStrings}. */
  private readonly partStrings: StringLoaders[] = [];
  private readonly localize = new LocalizeController(
    this,
    () => this.config.locale,
    () => [sharedStrings, ...(this.constructor as typeof ShpElement).strings, ...this.partStrings],
  );

  /**
   * Adds the strings of a lazy part (its map, say) to this element's: fetched now in its locale
   * only (a Vietnamese page never downloads the English file), and in another when the element
   * switches to it. Resolves once the current locale's are loaded.
   */
  async useStrings(set: StringLoaders): Promise<void> {
    if (!this.partStrings.includes(set)) this.partStrings.push(set);
    await loadStrings(this.config.locale, [set]);
  }
  private readonly connectivity = new OfflineController(this);

  /** Whether the browser is offline; the element re-renders when it changes. */
  get offline(): boolean {
    return this.connectivity.offline;
  }

  /** The settings in effect: this element's attributes, else the page-wide defaults. */
  get config(): ResolvedConfig {
    return this.configController.value;
  }

  /** Whether this element's strings are loaded in its locale (before that it renders a skeleton). */
  get stringsReady(): boolean {
    return this.localize.ready;
  }

  // `updateComplete` also waits for the strings, so that `await el.updateComplete`
  // means "shown with its text", as callers and tests expect.
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (!this.localize.ready && this.isConnected) {
      await this.localize.loaded;
      if (!this.localize.ready) break; // failed to load (offline): settle anyway
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** A message in the element's locale. */
  t(key: TranslationKey, params?: TranslationParams): string {
    return translate(this.config.locale, key, params);
  }

  /** A date in the element's locale and Vietnam's time zone: `01/07/2025`, `1 Jul 2025`. */
  formatDate(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
    return formatDate(this.config.locale, value, options);
  }

  /** A number in the element's locale. */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(this.config.locale, value, options);
  }

  /** A distance in the element's locale: `350 m`, `1,2 km`. */
  formatDistance(meters: number): string {
    return formatDistance(this.config.locale, meters);
  }

  /** Dispatches one of the widgets' typed events; returns it (check `defaultPrevented` on cancelable ones). */
  protected emit<E extends ShpEvent>(event: E): E {
    this.dispatchEvent(event);
    return event;
  }

  /** Emits `shp-error` for a failure the element shows in its error state. */
  protected emitError(error: unknown): void {
    this.emit(new ShpErrorEvent({ error: error instanceof Error ? error : new Error(String(error)) }));
  }

  protected override render(): TemplateResult {
    if (!this.localize.ready) {
      // No words yet: the skeleton alone keeps the widget's box from collapsing.
      return html`<div part="base" class="base" lang=${this.config.locale}>
        <div part="status" class="status" aria-busy="true">
          <div class="skeleton" aria-hidden="true"><span class="skeleton-line"></span></div>
        </div>
      </div>`;
    }
    return html`<div part="base" class="base" lang=${this.config.locale}>
      ${this.renderOfflineBanner()}${this.renderContent()}
    </div>`;
  }

  /** The element's own content, inside the `base` part. */
  protected renderContent(): unknown {
    return nothing;
  }

  /** The loading state: a skeleton of `lines` lines, announced as busy. */
  protected renderLoading(lines = 3): TemplateResult {
    return html`<div part="status" class="status" role="status" aria-busy="true">
      <span class="visually-hidden">${this.t('state.loading')}</span>
      <div class="skeleton" aria-hidden="true">
        ${Array.from({ length: Math.max(1, lines) }, () => html`<span class="skeleton-line"></span>`)}
      </div>
    </div>`;
  }

  /** The empty state: a short sentence saying there is nothing to show. */
  protected renderEmpty(message: string = this.t('state.empty')): TemplateResult {
    return html`<p part="empty" class="empty" role="status">${message}</p>`;
  }

  /** The error state: a sentence for the kind of error, and a button that calls `retry`. */
  protected renderError(error: unknown, retry: () => void): TemplateResult {
    return html`<div part="error" class="error" role="alert">
      <p class="error-message">${this.errorMessage(error)}</p>
      <button
        part="retry-button"
        class="button"
        type="button"
        @click=${(event: Event) => {
          holdFocus(this, event.currentTarget as HTMLElement);
          retry();
        }}
      >
        ${this.t('state.retry')}
      </button>
    </div>`;
  }

  /** The banner shown at the top while offline (nothing when online). */
  protected renderOfflineBanner(): TemplateResult | typeof nothing {
    if (!this.offline) return nothing;
    return html`<p part="offline" class="offline" role="status">${this.t('state.offline')}</p>`;
  }

  /** A sentence for the citizen, in the element's locale, saying what went wrong. */
  errorMessage(error: unknown): string {
    if (!isShpError(error)) return this.t('error.unknown');
    switch (error.type) {
      case 'network':
        return this.t(this.offline ? 'error.offline' : 'error.network');
      case 'timeout':
        return this.t('error.timeout');
      case 'contract':
        return this.t('error.contract');
      case 'http': {
        const { status, retryAfter } = error as { status?: number; retryAfter?: number };
        if (status === 404 || status === 410) return this.t('error.notFound');
        if (status === 401 || status === 403) return this.t('error.unauthorized');
        if (status === 429) {
          return retryAfter && retryAfter > 0
            ? this.t('error.rateLimitedRetryAfter', { seconds: Math.ceil(retryAfter) })
            : this.t('error.rateLimited');
        }
        if (status !== undefined && status >= 500) return this.t('error.server');
        return this.t('error.badRequest');
      }
      default:
        return this.t('error.unknown');
    }
  }
}

/**
 * Retry replaces the error (and its button) with the loading state, as signing in replaces
 * the sign-in prompt: focus on the button would fall to `<body>`, and a keyboard or
 * screen-reader user would start over at the top of the page. It moves to the widget's
 * `base` box instead, focusable only until it loses focus.
 */
export function holdFocus(host: LitElement, button: HTMLElement): void {
  if (host.shadowRoot?.activeElement !== button) return;
  const base = host.renderRoot.querySelector<HTMLElement>('[part~="base"]');
  if (!base) return;
  base.tabIndex = -1;
  base.addEventListener('blur', () => base.removeAttribute('tabindex'), { once: true });
  base.focus({ preventScroll: true });
}

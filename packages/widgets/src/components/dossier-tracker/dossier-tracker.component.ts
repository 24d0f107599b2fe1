import {
  authResource,
  checkText,
  dossiersResource,
  feedbackResource,
  isShpError,
  parseLookupCode,
  TEXT_LIMITS,
  type Dossier,
  type DossierRatingCriteria,
  type LookupCode,
} from '@smart-haiphong/sdk';
import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { useResources } from '../../internal/client.js';
import { ShpDataTask } from '../../internal/data-task.js';
import { HashStateController } from '../../internal/hash-state.js';
import { heading } from '../../internal/heading.js';
import { lazy } from '../../internal/lazy.js';
import { PagedListController } from '../../internal/paged-list.js';
import { ShpElement } from '../../internal/shp-element.js';
import type { TranslationKey } from '../../translations/index.js';
import { dossierTrackerStrings } from './dossier-tracker.translations.js';
import { styles } from './dossier-tracker.styles.js';
import { contentStyles, titleSizeHeadings } from '../../styles/content.js';
import { timelineStyles } from '../../internal/timeline.js';
import { dateTime, dossierView } from './parts/dossier-view.js';
import { feedbackView } from './parts/feedback-view.js';
import { mineTemplate, type MineState, type RatingDraft } from './parts/mine.js';
import { RecentLookups, type StoredResult } from './recent-lookups.js';

/** What a lookup shows: the answer, when it was fetched, and whether it came from the kept results (offline). */
export type DossierTrackerResult = StoredResult & { cached: boolean };

type Target = Pick<LookupCode, 'kind' | 'code'>;

const isNetworkError = (error: unknown) => isShpError(error) && (error.type === 'network' || error.type === 'timeout');
const httpStatus = (error: unknown): number | undefined =>
  isShpError(error) && error.type === 'http' ? (error as { status?: number }).status : undefined;

/**
 * Look up any dossier (hồ sơ thủ tục hành chính) or feedback report by its code, as citizens
 * type, paste or scan it; after sign-in, the citizen's own dossiers and the satisfaction rating.
 *
 * One box takes either code: a dossier code from the receipt (`000.00.01.H26-260930-0012`,
 * `H56.14-240823-0001`) or a feedback tracking code (`PA-261130-0001`), in lower case, with
 * spaces or en/em dashes, or inside a pasted SMS. A dossier shows its procedure, agency, dates,
 * status timeline, the current step in plain words, how many working days it is late (computed
 * when viewed) and what the citizen must do now; personal data stays masked. A feedback shows
 * its category, commune, timeline, public answer and photos. Data: the Smart Hải Phòng API
 * (`/v1/dossiers/{code}`, `/v1/feedback/lookup/{code}`, `/v1/me/dossiers`).
 *
 * Links: with `sync-url`, `#dossier-tracker.code=<code>` (the namespace is the element's `id`
 * when it has one) opens that code, and the code looked up is written there.
 *
 * @tag shp-dossier-tracker
 * @summary Track a dossier or a feedback report by its code; my dossiers and rating after sign-in.
 *
 * @attr code - A code to open at once (any form parseLookupCode reads).
 * @attr sync-url - Keep the code in the page's URL hash (`#dossier-tracker.code=…`), and open the code a link carries.
 * @attr hide-mine - Do not offer sign-in and "Hồ sơ của tôi".
 *
 * @fires {ShpErrorEvent} shp-error - A lookup, the list of the citizen's dossiers or a rating failed.
 *
 * @csspart form - The lookup form.
 * @csspart input - The code field.
 * @csspart lookup-button - The submit button.
 * @csspart scan-button - "Quét mã QR" (only where the browser has BarcodeDetector).
 * @csspart recent - The recent lookups and the consent to keep them.
 * @csspart dossier - A dossier's view.
 * @csspart feedback - A feedback report's view.
 * @csspart deadline - "Trễ hạn N ngày làm việc" or the days left.
 * @csspart todo - What the citizen must do now.
 * @csspart timeline - A status timeline.
 * @csspart answer - The authority's answer to a feedback.
 * @csspart photos - A feedback's photos.
 * @csspart countdown - The 429 countdown.
 * @csspart cached - The note over a result shown offline.
 * @csspart mine - "Hồ sơ của tôi".
 * @csspart rating - The rating form or record.
 * @csspart print-button - Opens the A4 print view.
 *
 * @cssprop --shp-dossier-tracker-late - Colour of "Trễ hạn". Default: `--shp-color-danger`.
 */
export class ShpDossierTracker extends ShpElement {
  static override styles: CSSResultGroup = [
    ShpElement.styles,
    contentStyles,
    titleSizeHeadings,
    timelineStyles,
    styles,
  ];
  static override strings = [dossierTrackerStrings];

  static {
    useResources({ dossiers: dossiersResource, feedback: feedbackResource, auth: authResource });
  }

  /** A code to open at once. */
  @property() code?: string;

  /** Keep the code in the URL hash and open the one a link carries. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Do not offer sign-in and "Hồ sơ của tôi". */
  @property({ type: Boolean, attribute: 'hide-mine' }) hideMine = false;

  @state() private input = '';
  @state() private inputError = '';
  @state() private target: Target | null = null;
  @state() private retryAt = 0;
  /** The seconds the countdown started from: what screen readers hear, once. */
  private countdownFrom = 0;
  @state() private scanning = false;
  @state() private scanError = '';
  @state() private notice = '';
  @state() private mine: MineState = { signedIn: false };
  @state() private criteria: DossierRatingCriteria | null = null;

  private get field(): HTMLTextAreaElement | null {
    return this.renderRoot.querySelector('#code');
  }

  private readonly recent = new RecentLookups();
  private autoRetried = false;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private scanAbort: AbortController | undefined;
  private checkedClient: unknown;
  private readonly drafts = new Map<string, RatingDraft>();

  /** "Hồ sơ của tôi", five a page ("Xem thêm" appends the next). */
  private readonly mineList = new PagedListController<Dossier>(this, {
    load: (cursor, signal) => this.client.dossiers.mine({ limit: 5, ...(cursor ? { cursor } : {}) }, { signal }),
    onError: (error) => this.emitError(error),
  });

  private readonly hash = new HashStateController(this, (values) => {
    const code = values.get('code');
    if (this.syncUrl && code && code !== this.target?.code) this.open(code, false);
  });

  private readonly lookup = new ShpDataTask(this, {
    task: async ([client, target], { signal }): Promise<DossierTrackerResult | null> => {
      if (!target) return null;
      // A 429 comes back at once, not after the client's silent waits: the citizen sees the
      // countdown from Retry-After whatever its length. Network and server failures still retry.
      const options = { signal, retry: { exceptStatusCodes: [429] } };
      try {
        const result: StoredResult =
          target.kind === 'dossier'
            ? {
                kind: 'dossier',
                code: target.code,
                data: await client.dossiers.lookup(target.code, options),
                at: Date.now(),
              }
            : {
                kind: 'feedback',
                code: target.code,
                data: await client.feedback.lookup(target.code, options),
                at: Date.now(),
              };
        this.recent.remember(result);
        return { ...result, cached: false };
      } catch (error) {
        // Offline (or the network dropped): the last result for this code, if the citizen let us keep it.
        const kept = isNetworkError(error) || this.offline ? this.recent.get(target.code) : undefined;
        if (kept) return { ...kept, cached: true };
        throw error;
      }
    },
    args: () => [this.client, this.target] as const,
    onError: (error) => {
      if (httpStatus(error) === 429) {
        const seconds = (error as { retryAfter?: number }).retryAfter ?? 5;
        this.startCountdown(Math.max(1, Math.ceil(seconds)));
      }
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) {
      const code = this.hash.read().get('code');
      if (code) this.open(code, false);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopCountdown();
    this.scanAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') && this.code) this.open(this.code, false);
    if (changed.has('syncUrl') && this.syncUrl && this.isConnected) {
      const code = this.hash.read().get('code');
      if (code && code !== this.target?.code) this.open(code, false);
    }
    if (!this.hideMine && this.client !== this.checkedClient) {
      this.checkedClient = this.client;
      void this.checkSignedIn();
    }
  }

  /** Looks up `text` (a code, or any text holding one). Returns false when no code was found in it. */
  open(text: string, focusResult = true): boolean {
    this.input = text;
    const found = parseLookupCode(text);
    if (!found) {
      this.inputError = 'unrecognised';
      return false;
    }
    this.inputError = '';
    this.input = found.code;
    this.autoRetried = false;
    this.stopCountdown();
    if (this.target?.code === found.code && this.target.kind === found.kind) void this.lookup.run();
    else this.target = { kind: found.kind, code: found.code };
    if (this.syncUrl) this.hash.write({ code: found.code });
    if (focusResult) {
      const focus = () => void this.focusResult();
      void this.updateComplete.then(() => this.lookup.taskComplete).then(focus, focus);
    }
    return true;
  }

  private async focusResult(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.result-title, [part~="error"] .error-message, .countdown')?.focus?.();
  }

  private startCountdown(seconds: number): void {
    this.stopCountdown();
    this.countdownFrom = seconds;
    this.retryAt = Date.now() + seconds * 1000;
    this.ticker = setInterval(() => {
      if (Date.now() < this.retryAt) return void this.requestUpdate();
      this.stopCountdown();
      if (!this.autoRetried) {
        this.autoRetried = true; // once: a second 429 waits for the citizen
        void this.lookup.run();
      }
    }, 250);
  }

  private stopCountdown(): void {
    clearInterval(this.ticker);
    this.ticker = undefined;
    this.retryAt = 0;
  }

  private s(key: string, params?: Record<string, string | number>): string {
    return this.t(`dossierTracker.${key}` as TranslationKey, params);
  }

  protected override renderContent(): unknown {
    return html`${this.renderForm()} ${this.renderRecent()}
      <div class="results" aria-live="polite">${this.renderLookup()}</div>
      ${this.hideMine ? nothing : this.renderMine()}`;
  }

  private renderForm(): TemplateResult {
    const error = this.inputError ? this.s(this.inputError) : '';
    const canScan = typeof (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector === 'function';
    return html`<form part="form" class="lookup" @submit=${this.onSubmit} novalidate>
      ${heading(this.headingLevel, 0, this.s('label'), { class: 'form-title' })}
      <label for="code" class="label">${this.s('lookupLabel')}</label>
      <p id="code-hint" class="muted hint">${this.s('lookupHint')}</p>
      <div class="row">
        <textarea
          id="code"
          part="input"
          rows="1"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          .value=${live(this.input)}
          aria-describedby=${error ? 'code-hint code-error' : 'code-hint'}
          aria-invalid=${error ? 'true' : 'false'}
          @input=${(e: Event) => (this.input = (e.target as HTMLTextAreaElement).value)}
          @keydown=${this.onKeydown}
        ></textarea>
        <button part="lookup-button" class="button" type="submit">${this.s('lookupButton')}</button>
      </div>
      ${
        error
          ? html`<div id="code-error" class="field-error" role="alert">
              <p>${error}</p>
              <p class="muted">${this.s('codeHelp')}</p>
            </div>`
          : nothing
      }
      ${
        canScan
          ? html`<button part="scan-button" class="button secondary" type="button" @click=${this.toggleScan}>
              ${this.scanning ? this.s('scanCancel') : this.s('scanQr')}
            </button>`
          : nothing
      }
      ${
        this.scanning
          ? html`<div class="scanner">
              <p class="muted">${this.s('scanTitle')}</p>
              <video class="video" muted playsinline aria-label=${this.s('scanTitle')}></video>
            </div>`
          : nothing
      }
      ${this.scanError ? html`<p class="field-error" role="alert">${this.scanError}</p>` : nothing}
    </form>`;
  }

  private onKeydown(event: KeyboardEvent): void {
    // One line to the citizen: Enter looks up (a pasted SMS may still hold line breaks).
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      this.open(this.input);
    }
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    if (!this.open(this.field?.value ?? this.input)) void this.updateComplete.then(() => this.field?.focus());
  }

  private async toggleScan(): Promise<void> {
    if (this.scanning) {
      this.scanAbort?.abort();
      this.scanning = false;
      return;
    }
    this.scanError = '';
    this.scanning = true;
    this.scanAbort = new AbortController();
    const { signal } = this.scanAbort;
    try {
      const { scanQr } = await lazy('dossier-tracker.qr', () => import('./parts/qr-scanner.js'));
      await this.updateComplete;
      const text = await scanQr(this.renderRoot.querySelector('video')!, signal);
      this.scanning = false;
      if (!this.open(text)) this.scanError = this.s('noCodeInQr');
    } catch {
      if (!signal.aborted) this.scanError = this.s('cameraError');
      this.scanning = false;
    }
  }

  private renderRecent(): TemplateResult {
    const allowed = this.recent.allowed;
    const list = allowed ? this.recent.list : [];
    return html`<div part="recent" class="recent">
      <label class="check">
        <input
          type="checkbox"
          .checked=${allowed}
          @change=${(e: Event) => {
            this.recent.allowed = (e.target as HTMLInputElement).checked;
            this.requestUpdate();
          }}
        />
        <span>${this.s('remember')} <span class="muted">(${this.s('rememberHint')})</span></span>
      </label>
      ${
        list.length
          ? html`<p class="recent-title" id="recent-title">${this.s('recent')}</p>
              <ul class="chips" aria-labelledby="recent-title">
                ${list.map(
                  (r) =>
                    html`<li>
                      <button type="button" class="chip" @click=${() => this.open(r.code)}>
                        ${r.code}
                        <span class="muted">· ${dateTime(this, r.at)}</span>
                      </button>
                    </li>`,
                )}
              </ul>
              <button type="button" class="link" @click=${this.clearRecent}>${this.s('clearRecent')}</button>`
          : nothing
      }
    </div>`;
  }

  private clearRecent(): void {
    this.recent.clear();
    this.requestUpdate();
  }

  private renderLookup(): unknown {
    if (!this.target) return nothing;
    return this.lookup.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: (value) => (value ? this.renderResult(value) : nothing),
      error: (error) => (this.lookup.aborted ? this.renderLoading() : this.renderLookupError(error)),
    });
  }

  private renderLookupError(error: unknown): TemplateResult {
    const status = httpStatus(error);
    const retry = () => {
      this.autoRetried = true;
      this.stopCountdown();
      void this.lookup.run();
    };
    if (status === 429) {
      const seconds = Math.max(0, Math.ceil((this.retryAt - Date.now()) / 1000));
      const waiting = this.retryAt > 0;
      const message = this.autoRetried ? 'rateLimitedAgain' : 'rateLimited';
      // The polite live region around the results reads the start once (the hidden copy does
      // not change) and then the result; the ticking copy is for the eyes only.
      return html`<div part="error countdown" class="error countdown" tabindex="-1">
        <p class="error-message" aria-hidden="true">${this.s(message, { seconds })}</p>
        <p class="visually-hidden">${this.s(message, { seconds: this.countdownFrom })}</p>
        ${
          this.autoRetried
            ? html`<button part="retry-button" class="button" type="button" ?disabled=${waiting} @click=${retry}>
                ${this.s('retryNow')}
              </button>`
            : nothing
        }
      </div>`;
    }
    if (status === 404 || status === 400) {
      const code = this.target?.code ?? '';
      return html`<div part="error" class="error" role="alert">
        <p class="error-message" tabindex="-1">
          ${status === 404 ? this.s('notFound', { code }) : this.s('unrecognised')}
        </p>
        <p>${this.s('codeHelp')}</p>
      </div>`;
    }
    return this.renderError(error, retry);
  }

  private renderResult(result: DossierTrackerResult): TemplateResult {
    const cached = result.cached
      ? html`<p part="cached" class="offline">${this.s('cached', { time: dateTime(this, result.at) })}</p>`
      : nothing;
    const share = html`<button type="button" class="button secondary" @click=${() => this.share(result.code)}>
      ${this.s('share')}
    </button>`;
    if (result.kind === 'feedback') {
      return html`${cached}${feedbackView(
        this,
        result.data,
        html`<div class="actions no-print">${share}</div>
          ${this.renderNotice()}`,
      )}`;
    }
    const d = result.data;
    const actions = html`<div class="actions no-print">
        <button part="print-button" class="button secondary" type="button" @click=${() => this.print(d)}>
          ${this.s('print')}
        </button>
        ${share}
      </div>
      ${this.renderNotice()}`;
    return html`${cached}${dossierView(this, d, { actions })}`;
  }

  private renderNotice(): unknown {
    return this.notice ? html`<p class="muted" role="status">${this.notice}</p>` : nothing;
  }

  private async share(code: string): Promise<void> {
    const url = this.hash.link({ code });
    try {
      await navigator.clipboard.writeText(url);
      this.notice = this.s('copied');
    } catch {
      this.notice = url; // no clipboard (insecure page, denied): show the link to copy by hand
    }
  }

  /** Opens the A4 print view of a dossier (a lazy part). */
  async print(d: Parameters<typeof dossierView>[1], target?: Window | null): Promise<Window | null> {
    // The window is opened inside the click, before the part arrives, or popup blockers refuse it.
    const w = target ?? window.open('', '_blank');
    const { openPrintView } = await lazy('dossier-tracker.print', () => import('./parts/print-view.js'));
    const now = Date.now();
    const page = html`${dossierView(this, d, { headingDepth: 1 - this.headingLevel, now })}
      <footer>${this.s('printedAt', { date: dateTime(this, now) })} · ${this.s('printNote')}</footer>`;
    return openPrintView(w, page, { lang: this.config.locale, title: `${d.code} · ${d.procedureName}` });
  }

  // ---- Signed in: my dossiers and the rating -------------------------------------------------

  private async checkSignedIn(): Promise<void> {
    const client = this.client;
    let signedIn = false;
    try {
      signedIn = await client.auth.isSignedIn();
    } catch {
      signedIn = false;
    }
    if (client !== this.client) return;
    this.mine = { signedIn };
    this.mineList.clear();
    if (signedIn) void this.mineList.reload();
  }

  private async signIn(): Promise<void> {
    this.mine = { ...this.mine, error: undefined };
    try {
      await this.client.auth.signInWithPopup({ redirectUri: `${location.origin}${location.pathname}` });
      this.mine = { signedIn: true };
      this.mineList.clear();
      await this.mineList.reload();
    } catch (error) {
      this.mine = { ...this.mine, error: `${this.s('signInFailed')} ${this.errorMessage(error)}` };
    }
  }

  private signOut(): void {
    this.client.auth.signOut();
    this.mineList.clear();
    this.mine = { signedIn: false };
  }

  /** The next page of "Hồ sơ của tôi"; focus goes to its first dossier (the button is gone at the end). */
  private async moreMine(): Promise<void> {
    const first = this.mineList.items.length;
    if (!(await this.mineList.more())) return;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('.mine-item')[first]?.querySelector<HTMLElement>('button')?.focus();
  }

  private async openMine(code: string | null): Promise<void> {
    this.mine = { ...this.mine, open: code ?? undefined };
    const d = this.mineList.items.find((i) => i.code === code);
    if (d?.rateable && !this.criteria) {
      try {
        this.criteria = await this.client.dossiers.ratingCriteria();
      } catch (error) {
        this.emitError(error);
      }
    }
  }

  private draft(code: string): RatingDraft {
    let draft = this.drafts.get(code);
    if (!draft) this.drafts.set(code, (draft = { scores: {}, comments: {}, comment: '', sending: false }));
    return draft;
  }

  private async submitRating(d: Dossier): Promise<void> {
    const draft = this.draft(d.code);
    const ids = this.criteria?.criteria.map((c) => c.id) ?? [];
    const missing = ids.find((id) => !draft.scores[id]);
    const tooLong = [...Object.values(draft.comments), draft.comment].some(
      (c) => checkText(c ?? '', TEXT_LIMITS.dossiers.ratingComment).problem === 'too_long',
    );
    if (missing || tooLong) {
      draft.error = this.s(missing ? 'ratingMissing' : 'tooLong');
      this.requestUpdate();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(missing ? `#rate-${missing} input` : '.rating textarea')?.focus();
      return;
    }
    draft.error = undefined;
    draft.sending = true;
    this.requestUpdate();
    try {
      const comment = (text: string | undefined) => {
        const value = checkText(text ?? '', TEXT_LIMITS.dossiers.ratingComment).value;
        return value ? value : undefined;
      };
      const rated = await this.client.dossiers.rate(d.code, {
        criteria: ids.map((id) => ({ id, score: draft.scores[id]!, comment: comment(draft.comments[id]) })),
        comment: comment(draft.comment),
      });
      draft.done = true;
      this.mineList.items = this.mineList.items.map((i) => (i.code === d.code ? rated : i));
    } catch (error) {
      this.emitError(error);
      const code = (error as { code?: string }).code;
      draft.error = code === 'already_rated' ? this.s('alreadyRated') : this.errorMessage(error);
    } finally {
      draft.sending = false;
      this.requestUpdate();
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.rating-result')?.focus();
  }

  private renderMine(): TemplateResult {
    return mineTemplate(this, this.mine, this.mineList, {
      criteria: this.criteria,
      draft: (code) => this.draft(code),
      changed: () => this.requestUpdate(),
      signIn: () => void this.signIn(),
      signOut: () => this.signOut(),
      more: () => void this.moreMine(),
      retry: () => void this.mineList.retry(),
      open: (code) => void this.openMine(code),
      rate: (d) => void this.submitRating(d),
      print: (d) => void this.print(d),
    });
  }
}

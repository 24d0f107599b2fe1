import { authResource, dossiersResource, feedbackResource, parseLookupCode } from '@smart-haiphong/sdk';
import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { useResources } from '../../internal/client.js';
import { HashStateController, reveal } from '../../internal/hash-state.js';
import { lazy } from '../../internal/lazy.js';
import { ShpElement } from '../../internal/shp-element.js';
import type { TranslationKey } from '../../translations/index.js';
import { dossierTrackerStrings } from './dossier-tracker.translations.js';
import { styles } from './dossier-tracker.styles.js';
import { contentStyles, titleSizeHeadings } from '../../styles/content.js';
import { timelineStyles } from '../../internal/timeline.js';
import { TrackerLookup, type LookupOutcome } from './dossier-tracker.lookup.js';
import { TrackerMine } from './dossier-tracker.mine.js';
import { dateTime, dossierView } from './parts/dossier-view.js';
import { lookupForm, recentPart } from './parts/lookup-form.js';
import { lookupError, lookupResult } from './parts/lookup-result.js';
import { mineTemplate } from './parts/mine.js';

/** What a lookup shows: the answer, when it was fetched, and whether it came from the kept results (offline). */
export type DossierTrackerResult = LookupOutcome;

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
 * when it has one) opens that code, and the code looked up is written there. A link on the
 * page to that hash (the feedback form's "Xem phản ánh") opens the code, scrolls to the
 * tracker and focuses the result, with or without `sync-url`.
 *
 * @tag shp-dossier-tracker
 * @summary Track a dossier or a feedback report by its code; my dossiers and rating after sign-in.
 *
 * @attr code - A code to open at once (any form parseLookupCode reads).
 * @attr sync-url - Keep the code in the page's URL hash (`#dossier-tracker.code=…`), and open the code a link carries. Each code looked up is a browser history entry (Back shows the previous one); a link on the page to a code scrolls to the tracker and focuses the result.
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
  @state() private scanning = false;
  @state() private scanError = '';
  @state() private notice = '';

  private get field(): HTMLTextAreaElement | null {
    return this.renderRoot.querySelector('#code');
  }

  private scanAbort: AbortController | undefined;

  /** "Hồ sơ của tôi" and the rating, after sign-in. */
  private readonly mine = new TrackerMine(this, (error) => this.emitError(error));

  private readonly hash = new HashStateController(this, (values, { cause, mayFocus }) => {
    // A link on the page to a code (the feedback form's "Xem phản ánh") opens it even without sync-url.
    if (!this.syncUrl && cause !== 'link') return;
    const code = values.get('code');
    if (code && code !== this.lookup.target?.code) this.open(code, false);
    else if (!code && this.lookup.target) {
      // Back past the first code looked up: the empty form again.
      this.lookup.clear();
      this.input = '';
    } else if (cause !== 'link') return; // a link to the code shown: still brought into view
    if (!mayFocus) return;
    // A link elsewhere on the page ("Xem phản ánh") opened a code here: bring the tracker into
    // view and focus its answer. Back/Forward: focus the answer, or the field when none is shown.
    const settle = this.updateComplete.then(() => this.lookup.task.taskComplete).catch(() => undefined);
    void settle.then(async () => {
      await this.updateComplete;
      const target = this.resultFocusTarget() ?? this.field;
      if (cause === 'link') reveal(this, target);
      else target?.focus();
    });
  });

  /** The code looked up, its result, the recent lookups and the 429 countdown. */
  private readonly lookup = new TrackerLookup(this, () => void this.refocusResult());

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) {
      const code = this.hash.read().get('code');
      if (code) this.open(code, false);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.scanAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') && this.code) this.open(this.code, false);
    if (changed.has('syncUrl') && this.syncUrl && this.isConnected) {
      const code = this.hash.read().get('code');
      if (code && code !== this.lookup.target?.code) this.open(code, false);
    }
    if (!this.hideMine) this.mine.checkClient();
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
    this.lookup.lookUp(found);
    // A code the citizen looked up is a step Back returns from; one opened by the page is not.
    if (this.syncUrl) this.hash.write({ code: found.code }, { push: focusResult });
    if (focusResult) {
      const focus = () => void this.focusResult();
      void this.updateComplete.then(() => this.lookup.task.taskComplete).then(focus, focus);
    }
    return true;
  }

  private async focusResult(): Promise<void> {
    await this.updateComplete;
    this.resultFocusTarget()?.focus?.();
  }

  /** The answer's heading, its error message or the 429 countdown, when shown. */
  private resultFocusTarget(): HTMLElement | null {
    if (!this.lookup.target) return null;
    return this.renderRoot.querySelector<HTMLElement>('.result-title, [part~="error"] .error-message, .countdown');
  }

  /**
   * After a retry: the box that held focus is gone, so focus goes to the answer, unless the
   * citizen has moved on to something else on the page meanwhile.
   */
  private async refocusResult(): Promise<void> {
    await this.updateComplete;
    const active = document.activeElement;
    if (active && active !== document.body && !this.matches(':focus-within')) return;
    await this.focusResult();
  }

  private s(key: string, params?: Record<string, string | number>): string {
    return this.t(`dossierTracker.${key}` as TranslationKey, params);
  }

  protected override renderContent(): unknown {
    const form = lookupForm(
      this,
      { input: this.input, inputError: this.inputError, scanning: this.scanning, scanError: this.scanError },
      {
        input: (value) => (this.input = value),
        keydown: (event) => this.onKeydown(event),
        submit: (event) => this.onSubmit(event),
        toggleScan: () => void this.toggleScan(),
      },
    );
    const recent = recentPart(this, this.lookup.recent, {
      allow: (allowed) => {
        this.lookup.recent.allowed = allowed;
        this.requestUpdate();
      },
      open: (code) => this.open(code),
      clear: () => {
        this.lookup.recent.clear();
        this.requestUpdate();
      },
    });
    return html`${form} ${recent}
      <div class="results" aria-live="polite">${this.renderLookup()}</div>
      ${this.hideMine ? nothing : this.renderMine()}`;
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

  private renderLookup(): unknown {
    if (!this.lookup.target) return nothing;
    const task = this.lookup.task;
    return task.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: (value) =>
        value
          ? lookupResult(this, value, {
              share: (code) => void this.share(code),
              print: (d) => void this.print(d),
              notice: this.notice,
            })
          : nothing,
      error: (error) =>
        task.aborted
          ? this.renderLoading()
          : lookupError(this, this.lookup, error, (e, retry) => this.renderError(e, retry)),
    });
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

  private renderMine(): TemplateResult {
    return mineTemplate(
      this,
      this.mine.state,
      this.mine.list,
      this.mine.actions((d) => void this.print(d)),
    );
  }
}

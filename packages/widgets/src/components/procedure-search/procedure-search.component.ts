import {
  proceduresResource,
  safeUrl,
  type Procedure,
  type ProcedurePage,
  type ProcedureSummary,
} from '@smart-haiphong/sdk';
import { html, nothing, render, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { useResources } from '../../internal/client.js';
import { ShpDataTask } from '../../internal/data-task.js';
import { HashStateController, reveal, type HashNavigation } from '../../internal/hash-state.js';
import { heading } from '../../internal/heading.js';
import { PagedListController } from '../../internal/paged-list.js';
import { ShpElement } from '../../internal/shp-element.js';
import type { TranslationKey } from '../../translations/index.js';
import { procedureDetail } from './parts/detail.js';
import { filtersPart, type ProcedureFilters } from './parts/filters.js';
import { creditPart, resultsPart } from './parts/results.js';
import { procedureSearchStrings } from './procedure-search.translations.js';
import { styles } from './procedure-search.styles.js';
import { contentStyles, titleSizeHeadings } from '../../styles/content.js';

export type { ProcedureFilters } from './parts/filters.js';

/** Milliseconds after the last keystroke before searching. */
const DEBOUNCE_MS = 60;

/**
 * Find an administrative procedure (thủ tục hành chính) of the national catalogue as citizens
 * type: without tone marks, by code (`1.001193`), words in any order, ranked by the API; filters
 * by field, who it is for, level and online filing, with counts; paged with "Xem thêm". A
 * procedure's detail has its steps, papers with quantities, fee and time per channel, results,
 * legal basis and agency, with "Nộp trực tuyến" (its page on the national portal), "Tra cứu hồ
 * sơ", share and print. Data: the 447 commune-level procedures of the Cổng Dịch vụ công quốc gia
 * (`/v1/procedures`), credited under the results.
 *
 * @tag shp-procedure-search
 * @summary Search the national catalogue of administrative procedures, with filters and details.
 *
 * @attr q - The text to search at first.
 * @attr procedure - A procedure to open at once, by code (`1.001193`).
 * @attr sync-url - Keep the search and the open procedure in the URL hash (`#procedure-search.q=…&procedure-search.id=…`). Opening or closing a procedure is a browser history entry (Back returns to the list); typing is not.
 * @attr page-size - Results per page (1–100). Default 10.
 * @attr tracker-url - Where "Tra cứu hồ sơ" leads. Default: the page's `<shp-dossier-tracker>`, if any.
 *
 * @fires {ShpErrorEvent} shp-error - The search or a procedure could not be loaded.
 *
 * @csspart search - The search field.
 * @csspart filters - The filters.
 * @csspart count - The number of matches.
 * @csspart list - The results.
 * @csspart item - One result (a link to its detail).
 * @csspart more-button - "Xem thêm".
 * @csspart credit - The catalogue's source line.
 * @csspart detail - A procedure's detail.
 * @csspart submit-online - "Nộp trực tuyến".
 *
 * @cssprop --shp-procedure-search-badge - Background of the "Trực tuyến" badge. Default: `--shp-color-surface-muted`.
 */
export class ShpProcedureSearch extends ShpElement {
  static override styles: CSSResultGroup = [ShpElement.styles, contentStyles, titleSizeHeadings, styles];
  static override strings = [procedureSearchStrings];

  static {
    useResources({ procedures: proceduresResource });
  }

  /** The text to search. */
  @property() q = '';

  /** The procedure shown in detail, by code. */
  @property() procedure = '';

  /** Keep the search and the open procedure in the URL hash. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Results per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** Where "Tra cứu hồ sơ" leads; empty: the page's tracker element. */
  @property({ attribute: 'tracker-url' }) trackerUrl = '';

  @state() private typed = '';
  @state() private filters: ProcedureFilters = {};
  @state() private notice = '';

  private debounce: ReturnType<typeof setTimeout> | undefined;

  private readonly hash = new HashStateController(this, (values, navigation) => {
    if (!this.syncUrl) return;
    const was = this.procedure;
    this.q = this.typed = values.get('q') ?? '';
    this.procedure = values.get('id') ?? '';
    this.restoreFocus(was, navigation);
  });

  private readonly search = new ShpDataTask(this, {
    task: async ([client, q, filters, limit], { signal }): Promise<ProcedurePage> => {
      const page = await client.procedures.search({ q: q.trim() || undefined, ...filters, limit }, { signal });
      this.list.seed(page);
      return page;
    },
    args: () => [this.client, this.q, this.filters, this.limit] as const,
  });

  /** The first page comes with the search (and its facets); "Xem thêm" appends the next ones. */
  private readonly list = new PagedListController<ProcedureSummary>(this, {
    load: (cursor, signal) =>
      this.client.procedures.search(
        { q: this.q.trim() || undefined, ...this.filters, limit: this.limit, cursor: cursor ?? undefined },
        { signal },
      ),
    onError: (error) => this.emitError(error),
  });

  private get limit(): number {
    return Math.min(100, Math.max(1, this.pageSize));
  }

  private readonly detail = new ShpDataTask(this, {
    task: async ([client, id], { signal }): Promise<Procedure | null> =>
      id ? client.procedures.get(id, { signal }) : null,
    args: () => [this.client, this.procedure] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.readHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.debounce);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('q') && this.q !== this.typed) this.typed = this.q;
    if (changed.has('syncUrl') && this.syncUrl && changed.get('syncUrl') === false) this.readHash();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.syncUrl && (changed.has('q') || changed.has('procedure'))) {
      // Opening or closing a procedure is a step Back undoes; typing is not (no entry per keystroke).
      const push = changed.has('procedure') && changed.get('procedure') !== undefined;
      this.hash.write({ q: this.q || undefined, id: this.procedure || undefined }, { push });
    }
  }

  private readHash(): void {
    const values = this.hash.read();
    if (values.has('q')) this.q = this.typed = values.get('q') ?? '';
    if (values.has('id')) this.procedure = values.get('id') ?? '';
  }

  private p(key: string, params?: Record<string, string | number>): string {
    return this.t(`procedureSearch.${key}` as TranslationKey, params);
  }

  private onInput(event: Event): void {
    this.typed = (event.target as HTMLInputElement).value;
    clearTimeout(this.debounce);
    // The task aborts the request in flight when the text changes again.
    this.debounce = setTimeout(() => (this.q = this.typed), DEBOUNCE_MS);
  }

  private onSearchKey(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      clearTimeout(this.debounce);
      this.q = this.typed;
    }
  }

  private async more(): Promise<void> {
    // The button stays focusable while busy (aria-disabled), so presses are ignored here.
    if (this.list.busy) return;
    const shown = this.list.items.length;
    if (!(await this.list.more())) return;
    await this.updateComplete;
    // Focus moves to the first new result, so keyboard users continue where they were.
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"] a')[shown]?.focus();
  }

  private open(id: string): void {
    this.procedure = id;
    void this.detailTitle().then((title) => title?.focus());
  }

  private back(): void {
    const id = this.procedure;
    this.procedure = '';
    void this.listItem(id).then((item) => item?.focus());
  }

  /** The detail's heading once the procedure has loaded (null if it failed). */
  private async detailTitle(): Promise<HTMLElement | null> {
    await this.updateComplete;
    await this.detail.taskComplete.catch(() => undefined);
    await this.updateComplete;
    return this.renderRoot.querySelector<HTMLElement>('.detail-title');
  }

  /** The result that opened `id`, once the list is shown (null if it is not in the list). */
  private async listItem(id: string): Promise<HTMLElement | null> {
    await this.updateComplete;
    await this.search.taskComplete.catch(() => undefined);
    await this.updateComplete;
    return this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
  }

  /**
   * After Back/Forward, focus goes where the widget's own buttons would put it: the item that
   * was opened, back in the list; the detail's heading, forward. After a link on the page
   * opened a procedure here, the widget also comes into view.
   */
  private restoreFocus(was: string, { cause, mayFocus }: HashNavigation): void {
    if (!mayFocus || (was === this.procedure && cause !== 'link')) return;
    if (this.procedure) {
      void this.detailTitle().then((title) => (cause === 'link' ? reveal(this, title) : title?.focus()));
    } else if (was || cause === 'link') {
      void this.listItem(was).then((item) =>
        cause === 'link' ? reveal(this, item ?? this.searchField()) : (item ?? this.searchField())?.focus(),
      );
    }
  }

  private searchField(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('#q');
  }

  protected override renderContent(): unknown {
    if (this.procedure) return this.renderDetail();
    return html`${this.renderSearch()}${this.renderResults()}`;
  }

  private renderSearch(): TemplateResult {
    return html`<div class="search" role="search" aria-label=${this.p('searchLabel')}>
      ${heading(this.headingLevel, 0, this.p('label'))}
      <label for="q" class="strong">${this.p('searchLabel')}</label>
      <input
        id="q"
        part="search"
        type="search"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="q-hint"
        .value=${this.typed}
        @input=${this.onInput}
        @keydown=${this.onSearchKey}
      />
      <p id="q-hint" class="muted">${this.p('searchHint')}</p>
    </div>`;
  }

  private renderFilters(page: ProcedurePage | undefined): TemplateResult {
    return filtersPart(this, this.filters, page, (filters) => (this.filters = filters));
  }

  /**
   * The filters once, above the results' states, never inside them: a `<select>` re-created
   * while its search loads would drop the keyboard's focus to the page. Their counts are the
   * last page's (kept while the next loads; none before the first or after an error).
   */
  private renderResults(): unknown {
    return html`${this.renderFilters(this.search.value)}${this.search.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: (page) => this.renderList(page),
      error: (error) =>
        this.search.aborted ? this.renderLoading() : this.renderError(error, () => void this.search.run()),
    })}`;
  }

  private renderList(page: ProcedurePage): TemplateResult {
    return resultsPart(this, page, this.list, {
      href: (id) => this.hash.link({ q: this.q || undefined, id }),
      open: (id) => this.open(id),
      more: () => void this.more(),
      error: (error, retry) => this.renderError(error, retry),
      empty: (message) => this.renderEmpty(message),
    });
  }

  private renderDetail(): unknown {
    const backButton = html`<button type="button" class="link back" @click=${this.back}>← ${this.p('back')}</button>`;
    return html`${backButton}${this.detail.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: (p) => (p ? this.renderProcedure(p) : nothing),
      error: (error) =>
        this.detail.aborted ? this.renderLoading() : this.renderError(error, () => void this.detail.run()),
    })}`;
  }

  private renderProcedure(p: Procedure): TemplateResult {
    const portal = safeUrl(p.portalUrl);
    const tracker = this.trackerUrl ? safeUrl(this.trackerUrl, location.href) : null;
    const hasTracker = tracker || document.querySelector('shp-dossier-tracker');
    return html`${procedureDetail(this, p)}
      <div class="actions no-print">
        ${
          portal
            ? html`<a
                part="submit-online"
                class="button link-button primary"
                href=${portal}
                target="_blank"
                rel="noopener"
                >${p.onlineAvailable ? this.p('submitOnline') : this.p('viewOnPortal')}</a
              >`
            : nothing
        }
        ${
          hasTracker
            ? html`<a class="button link-button" href=${tracker ?? '#'} @click=${(e: Event) => this.toTracker(e)}
                >${this.p('trackDossier')}</a
              >`
            : nothing
        }
        <button type="button" class="button secondary" @click=${() => this.share(p.id)}>${this.p('share')}</button>
        <button type="button" class="button secondary" @click=${() => this.print(p)}>${this.p('print')}</button>
      </div>
      ${this.notice ? html`<p class="muted" role="status">${this.notice}</p>` : nothing} ${creditPart(this, p.source)}`;
  }

  private toTracker(event: Event): void {
    if (this.trackerUrl) return; // an ordinary link
    event.preventDefault();
    const tracker = document.querySelector('shp-dossier-tracker');
    if (!tracker) return;
    reveal(tracker, tracker.shadowRoot?.querySelector<HTMLElement>('#code'));
  }

  private async share(id: string): Promise<void> {
    const url = this.hash.link({ id });
    try {
      await navigator.clipboard.writeText(url);
      this.notice = this.p('copied');
    } catch {
      this.notice = url;
    }
  }

  /** Opens the procedure's detail alone in a window to print (A4, no controls). */
  print(p: Procedure, target?: Window | null): Window | null {
    const w = target ?? window.open('', '_blank');
    if (!w) return null;
    const doc = w.document;
    doc.documentElement.lang = this.config.locale;
    doc.title = `${p.code} · ${p.name}`;
    const style = doc.createElement('style');
    style.textContent = `@page { size: A4 portrait; margin: 15mm; }
      html { color: #000; background: #fff; font: 11pt/1.45 system-ui, Arial, sans-serif; }
      h1, h2, h3 { font-size: 13pt; margin: 10pt 0 4pt; } dl > div { margin-bottom: 2pt; }
      dt { font-weight: 600; display: inline; } dt::after { content: ': '; } dd { display: inline; margin: 0; }
      .muted { color: #333; font-size: 10pt; display: block; } li { margin-bottom: 3pt; }`;
    doc.head.append(style);
    const en = this.config.locale === 'en';
    render(
      html`${procedureDetail(this, p, 1 - this.headingLevel)}
        <p>${safeUrl(p.portalUrl) ?? ''}</p>
        <footer class="muted">
          ${this.p('printedAt', { date: this.formatDate(Date.now()) })} · ${en ? p.source.creditEn : p.source.credit}
        </footer>`,
      doc.body,
    );
    setTimeout(() => w.print(), 0);
    return w;
  }
}

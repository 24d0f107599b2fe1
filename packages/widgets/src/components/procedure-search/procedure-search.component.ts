import {
  PROCEDURE_LEVELS,
  proceduresResource,
  safeUrl,
  type Procedure,
  type ProcedureFacetCount,
  type ProcedureLevel,
  type ProcedurePage,
  type ProcedureSummary,
} from '@smart-haiphong/sdk';
import { html, nothing, render, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { useResources } from '../../internal/client.js';
import { ShpDataTask } from '../../internal/data-task.js';
import { HashStateController } from '../../internal/hash-state.js';
import { heading } from '../../internal/heading.js';
import { ShpElement } from '../../internal/shp-element.js';
import type { TranslationKey } from '../../translations/index.js';
import { procedureDetail } from './parts/detail.js';
import { procedureSearchStrings } from './procedure-search.translations.js';
import { styles } from './procedure-search.styles.js';
import { contentStyles, titleSizeHeadings } from '../../styles/content.js';

/** The filters of a search, as the API takes them. */
export interface ProcedureFilters {
  field?: string | undefined;
  subject?: string | undefined;
  level?: ProcedureLevel | undefined;
  online?: boolean | undefined;
}

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
 * @attr sync-url - Keep the search and the open procedure in the URL hash (`#procedure-search.q=…&procedure-search.id=…`).
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
  @state() private extra: ProcedureSummary[] = [];
  @state() private next: string | null | undefined;
  @state() private loadingMore = false;
  @state() private moreError: unknown;
  @state() private notice = '';

  private debounce: ReturnType<typeof setTimeout> | undefined;
  private moreAbort: AbortController | undefined;

  private readonly hash = new HashStateController(this, (values) => {
    if (!this.syncUrl) return;
    this.q = this.typed = values.get('q') ?? '';
    this.procedure = values.get('id') ?? '';
  });

  private readonly search = new ShpDataTask(this, {
    task: async ([client, q, filters, limit], { signal }): Promise<ProcedurePage> => {
      const page = await client.procedures.search({ q: q.trim() || undefined, ...filters, limit }, { signal });
      this.extra = [];
      this.next = page.nextCursor;
      this.moreError = undefined;
      return page;
    },
    args: () => [this.client, this.q, this.filters, Math.min(100, Math.max(1, this.pageSize))] as const,
  });

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
    this.moreAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('q') && this.q !== this.typed) this.typed = this.q;
    if (changed.has('syncUrl') && this.syncUrl && changed.get('syncUrl') === false) this.readHash();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.syncUrl && (changed.has('q') || changed.has('procedure'))) {
      this.hash.write({ q: this.q || undefined, id: this.procedure || undefined });
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

  private setFilter(key: keyof ProcedureFilters, raw: string): void {
    const value = raw === '' ? undefined : key === 'online' ? raw === 'true' : raw;
    this.filters = { ...this.filters, [key]: value };
  }

  private async loadMore(): Promise<void> {
    const page = this.search.value;
    // The button stays focusable while busy (aria-disabled), so presses are ignored here.
    if (!page || !this.next || this.loadingMore) return;
    this.moreAbort?.abort();
    const abort = (this.moreAbort = new AbortController());
    this.loadingMore = true;
    this.moreError = undefined;
    const shown = page.items.length + this.extra.length;
    try {
      const more = await this.client.procedures.search(
        { q: this.q.trim() || undefined, ...this.filters, limit: this.pageSize, cursor: this.next },
        { signal: abort.signal },
      );
      this.extra = [...this.extra, ...more.items];
      this.next = more.nextCursor;
      await this.updateComplete;
      // Focus moves to the first new result, so keyboard users continue where they were.
      this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"] a')[shown]?.focus();
    } catch (error) {
      if (!abort.signal.aborted) {
        this.moreError = error;
        this.emitError(error);
      }
    } finally {
      if (this.moreAbort === abort) this.loadingMore = false;
    }
  }

  private open(id: string): void {
    this.procedure = id;
    void this.updateComplete
      .then(() => this.detail.taskComplete)
      .then(
        () => this.renderRoot.querySelector<HTMLElement>('.detail-title')?.focus(),
        () => undefined,
      );
  }

  private back(): void {
    const id = this.procedure;
    this.procedure = '';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus(),
    );
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
    const en = this.config.locale === 'en';
    const f = this.filters;
    const option = (c: ProcedureFacetCount, selected: string | undefined) =>
      html`<option value=${c.value} ?selected=${selected === c.value}>
        ${en ? c.labelEn : c.label} (${this.formatNumber(c.count)})
      </option>`;
    const select = (key: keyof ProcedureFilters, label: string, options: TemplateResult[], value: string | undefined) =>
      html`<div class="filter">
        <label for=${`f-${key}`}>${label}</label>
        <select id=${`f-${key}`} @change=${(e: Event) => this.setFilter(key, (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${value === undefined}>${this.p('any')}</option>
          ${options}
        </select>
      </div>`;
    const facets = page?.facets;
    const online = (value: 'true' | 'false') => facets?.online.find((c) => c.value === value);
    const onlineValue = f.online === undefined ? undefined : String(f.online);
    const onlineOption = (value: 'true' | 'false') => {
      const c = online(value);
      return html`<option value=${value} ?selected=${onlineValue === value}>
        ${this.p(value === 'true' ? 'onlineYes' : 'onlineNo')}${c ? ` (${this.formatNumber(c.count)})` : ''}
      </option>`;
    };
    const active = Object.values(f).some((v) => v !== undefined);
    return html`<fieldset part="filters" class="filters">
      <legend>${this.p('filters')}</legend>
      ${select(
        'field',
        this.p('field'),
        (facets?.field ?? []).map((c) => option(c, f.field)),
        f.field,
      )}
      ${select(
        'subject',
        this.p('subject'),
        (facets?.subject ?? []).map((c) => option(c, f.subject)),
        f.subject,
      )}
      ${select(
        'level',
        this.p('level'),
        (facets?.level ?? []).map((c) =>
          option(
            {
              ...c,
              label: PROCEDURE_LEVELS[c.value as ProcedureLevel]?.vi ?? c.label,
              labelEn: PROCEDURE_LEVELS[c.value as ProcedureLevel]?.en ?? c.labelEn,
            },
            f.level,
          ),
        ),
        f.level,
      )}
      ${select('online', this.p('online'), [onlineOption('true'), onlineOption('false')], onlineValue)}
      ${
        active
          ? html`<button type="button" class="link" @click=${() => (this.filters = {})}>
              ${this.p('resetFilters')}
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  private renderResults(): unknown {
    return this.search.render({
      initial: () => html`${this.renderFilters(undefined)}${this.renderLoading()}`,
      pending: () => html`${this.renderFilters(this.search.value)}${this.renderLoading()}`,
      complete: (page) => html`${this.renderFilters(page)}${this.renderList(page)}`,
      error: (error) =>
        this.search.aborted
          ? this.renderLoading()
          : html`${this.renderFilters(this.search.value)}${this.renderError(error, () => void this.search.run())}`,
    });
  }

  private renderList(page: ProcedurePage): TemplateResult {
    const items = [...page.items, ...this.extra];
    const en = this.config.locale === 'en';
    const source = safeUrl(page.source.url);
    return html`<p part="count" class="count" role="status">
        ${
          items.length < page.total
            ? this.p('shown', { shown: items.length, count: page.total })
            : this.p('results', { count: page.total })
        }
      </p>
      ${
        items.length === 0
          ? this.renderEmpty(this.p('noResults'))
          : html`<ol part="list" class="list">
              ${items.map(
                (item) =>
                  html`<li part="item" class="item">
                    <a
                      href=${this.hash.link({ q: this.q || undefined, id: item.id })}
                      data-id=${item.id}
                      @click=${(e: MouseEvent) => {
                        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
                        e.preventDefault();
                        this.open(item.id);
                      }}
                      ><span lang="vi">${item.name}</span></a
                    >
                    <span class="muted">
                      <span class="code">${item.code}</span> · <span lang="vi">${item.field}</span>
                      ${item.onlineAvailable ? html` · <span class="badge">${this.p('onlineBadge')}</span>` : nothing}
                    </span>
                  </li>`,
              )}
            </ol>`
      }
      ${this.moreError ? this.renderError(this.moreError, () => void this.loadMore()) : nothing}
      ${
        this.next
          ? html`<button
              part="more-button"
              class="button secondary"
              type="button"
              aria-disabled=${this.loadingMore ? 'true' : 'false'}
              aria-busy=${this.loadingMore ? 'true' : 'false'}
              @click=${this.loadMore}
            >
              ${this.loadingMore ? this.t('state.loading') : this.p('more')}
            </button>`
          : nothing
      }
      <p part="credit" class="credit muted">
        ${
          source
            ? html`<a href=${source} target="_blank" rel="noopener"
                >${en ? page.source.creditEn : page.source.credit}</a
              >`
            : en
              ? page.source.creditEn
              : page.source.credit
        }
      </p>`;
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
    const en = this.config.locale === 'en';
    const source = safeUrl(p.source.url);
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
      ${this.notice ? html`<p class="muted" role="status">${this.notice}</p>` : nothing}
      <p part="credit" class="credit muted">
        ${
          source
            ? html`<a href=${source} target="_blank" rel="noopener">${en ? p.source.creditEn : p.source.credit}</a>`
            : en
              ? p.source.creditEn
              : p.source.credit
        }
      </p>`;
  }

  private toTracker(event: Event): void {
    if (this.trackerUrl) return; // an ordinary link
    event.preventDefault();
    const tracker = document.querySelector('shp-dossier-tracker');
    if (!tracker) return;
    tracker.scrollIntoView({ behavior: 'smooth', block: 'start' });
    tracker.shadowRoot?.querySelector<HTMLElement>('#code')?.focus({ preventScroll: true });
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

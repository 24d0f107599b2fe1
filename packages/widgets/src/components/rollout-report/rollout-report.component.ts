import {
  authResource,
  campaignsResource,
  isShpError,
  type Campaign,
  type CampaignDashboard,
  type CampaignSummary,
  type Me,
  type MyCampaignReport,
  type ShpClient,
  type ShpHttpError,
} from '@smart-haiphong/sdk';
import { html, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { useResources } from '../../internal/client.js';
import { ShpDataTask } from '../../internal/data-task.js';
import { lazy } from '../../internal/lazy.js';
import { ShpElement, holdFocus } from '../../internal/shp-element.js';
import { sizeBars } from './parts/bars.js';
import { summaryView } from './parts/summary.js';
import { rolloutReportStrings } from './rollout-report.translations.js';
import { styles } from './rollout-report.styles.js';
import { contentStyles } from '../../styles/content.js';
import type * as SignedInPart from './signed-in.js';
import type { PrintData, ReportFormController } from './signed-in.js';

const loadSignedInPart = () => lazy('rollout-report-signed-in', () => import('./signed-in.js'));

/** The three views of the element. */
export type RolloutReportMode = 'summary' | 'form' | 'dashboard';

/** What the element loaded, by view. */
export type RolloutReportData =
  | { view: 'summary'; campaign: Campaign; summary: CampaignSummary }
  | { view: 'form'; mine: MyCampaignReport }
  | { view: 'dashboard'; campaign: Campaign; dashboard: CampaignDashboard }
  /** Signed out (or a role the view needs is missing). */
  | { view: 'sign-in' | 'no-role'; want: 'form' | 'dashboard' }
  /** No campaign for this commune. */
  | { view: 'none' };

const isStatus = (error: unknown, status: number) =>
  isShpError(error) && error.type === 'http' && (error as ShpHttpError).status === status;

/** The officer's body and campaign as last loaded on this page, so that the form opens offline. */
const formKey = () => `shp-rollout-form:${location.pathname}`;
function rememberForm(mine: MyCampaignReport): void {
  try {
    localStorage.setItem(formKey(), JSON.stringify(mine));
  } catch {
    // storage blocked: the form then needs the network to open
  }
}
function rememberedForm(): MyCampaignReport | null {
  try {
    return JSON.parse(localStorage.getItem(formKey()) ?? 'null') as MyCampaignReport | null;
  } catch {
    return null;
  }
}

/**
 * The rollout report of the Smart Hải Phòng app in a commune (Phụ lục 01 of the commune's
 * dispatch): the public progress, a body's report for its officer, and the collecting office's
 * dashboard. Data: the API's `campaigns` resource (sample data for xã Bình Giang in the sandbox).
 *
 * @tag shp-rollout-report
 * @summary A commune's app rollout: public progress, a body's report (Phụ lục 01) with its printout and CSV, the commune's dashboard.
 *
 * @attr mode - `summary` (public progress), `form` (a body's officer, signed in) or `dashboard` (the collecting office, signed in). Default: from the signed-in account's roles, `summary` when signed out.
 * @attr campaign - A campaign id. Default: the commune's newest campaign (`unit`), or the officer's.
 * @attr login-hint - Passed to the sign-in as OpenID Connect's `login_hint` (the sandbox's dev sign-in picks an account by it, e.g. `officer:thon-mau-4`).
 *
 * @fires {ShpErrorEvent} shp-error - The campaign, the summary, the report or the dashboard could not be loaded.
 *
 * @csspart summary - The public summary.
 * @csspart overall - The overall progress figures.
 * @csspart chart - A bar chart (a table with bars).
 * @csspart sample - The "sample data" label.
 * @csspart form - The officer's report.
 * @csspart table - The editable table of the report.
 * @csspart totals - The totals row.
 * @csspart error-summary - The list of what stops the report from being sent.
 * @csspart submit-button - Sends the report or its correction.
 * @csspart print-button - Prints the report (A4, Phụ lục 01).
 * @csspart csv-button - Downloads the report's table as CSV.
 * @csspart sent - The confirmation of a report sent.
 * @csspart waiting - The report waits for the network.
 * @csspart refused - The server's refusal.
 * @csspart history - The versions sent.
 * @csspart print - The printout (shown only when printing).
 * @csspart dashboard - The collecting office's dashboard.
 * @csspart counts - Reported, late, overdue and installed counts.
 * @csspart groups - The table of reporting by group.
 * @csspart remind - The bodies to remind.
 * @csspart bodies - The status of each body.
 * @csspart export-button - Downloads every report as CSV.
 * @csspart sign-in - The sign-in prompt.
 *
 * @cssprop --shp-rollout-report-bar - Colour of the bars. Default: `--shp-color-primary`.
 * @cssprop --shp-rollout-report-late - Colour of the late and overdue flags. Default: `--shp-color-danger`.
 */
export class ShpRolloutReport extends ShpElement {
  static override styles: CSSResultGroup = [ShpElement.styles, contentStyles, styles];
  static override strings = [rolloutReportStrings];

  static {
    useResources({ auth: authResource, campaigns: campaignsResource });
  }

  /** The view; unset: from the account's roles (`summary` when signed out). */
  @property({ reflect: true }) mode?: RolloutReportMode;

  /** A campaign id; unset: the commune's newest (or the officer's). */
  @property() campaign?: string;

  /** OpenID Connect `login_hint` for the sign-in. */
  @property({ attribute: 'login-hint' }) loginHint?: string;

  /**
   * Whether this element may need a lazy part, which the loader otherwise fetches in idle
   * time: a report fixed to `summary` never shows the signed-in views.
   */
  mayNeed(part: string): boolean {
    return !(part === 'rollout-report-signed-in' && this.mode === 'summary');
  }

  private signIns = 0;
  private signInError = '';
  private exporting = false;
  private exportError = '';
  /** The form, the printout and the dashboard: loaded when a signed-in view is first shown. */
  private views: typeof SignedInPart | undefined;
  private formController: ReportFormController | undefined;

  private readonly data = new ShpDataTask(this, {
    task: async (args, { signal }): Promise<RolloutReportData> => {
      try {
        return await this.load(...args, signal);
      } catch (error) {
        // Without network, an officer's form opens from the last copy on this device (a
        // report waiting to be sent is kept in its draft, and goes when the network is back).
        const offline = isShpError(error) && (error.type === 'network' || error.type === 'timeout');
        const remembered = offline && args[1] !== 'summary' && args[1] !== 'dashboard' ? rememberedForm() : null;
        if (remembered && (await args[0].auth.isSignedIn())) {
          await this.loadPart();
          return { view: 'form', mine: remembered };
        }
        throw error;
      }
    },
    args: () => [this.client, this.mode, this.config.unit, this.campaign, this.signIns] as const,
  });

  private async load(
    client: ShpClient,
    mode: RolloutReportMode | undefined,
    unit: string | undefined,
    campaignId: string | undefined,
    _signIns: number,
    signal: AbortSignal,
  ): Promise<RolloutReportData> {
    const me = mode === 'summary' ? null : await this.me(client, signal);
    const roles = me?.roles ?? [];
    const officer = roles.some((r) => r.type === 'officer');
    const collector = roles.find((r) => r.type === 'collector');
    const want = mode ?? (officer ? 'form' : collector ? 'dashboard' : 'summary');

    if (want === 'summary') {
      const campaign = campaignId
        ? await client.campaigns.get(campaignId, { signal })
        : unit
          ? await client.campaigns.forUnit(unit, { signal })
          : null;
      if (!campaign) return { view: 'none' };
      return { view: 'summary', campaign, summary: await client.campaigns.summary(campaign.id, { signal }) };
    }
    if (!me) return { view: 'sign-in', want };
    await this.loadPart();
    if (want === 'form') {
      const { items } = await client.campaigns.mine({ signal });
      const mine = items.find((i) => !campaignId || i.campaign.id === campaignId);
      if (mine) rememberForm(mine);
      return mine ? { view: 'form', mine } : { view: 'no-role', want };
    }
    if (!collector) return { view: 'no-role', want };
    const campaign = campaignId
      ? await client.campaigns.get(campaignId, { signal })
      : await client.campaigns.forUnit(unit || collector.unitCode, { signal });
    if (!campaign) return { view: 'none' };
    return { view: 'dashboard', campaign, dashboard: await client.campaigns.dashboard(campaign.id, { signal }) };
  }

  /** Loads the signed-in part once, and adds its styles to this element's. */
  private async loadPart(): Promise<typeof SignedInPart> {
    if (this.views) return this.views;
    const part = await loadSignedInPart();
    this.views = part;
    this.formController = new part.ReportFormController(this);
    const sheet = part.formStyles.styleSheet;
    const root = this.renderRoot as ShadowRoot;
    if (sheet && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return part;
  }

  /** The signed-in account, or null when nobody is (a token the server no longer knows counts as signed out). */
  private async me(client: ShpClient, signal: AbortSignal): Promise<Me | null> {
    if (!(await client.auth.isSignedIn())) return null;
    try {
      return await client.auth.me({ signal });
    } catch (error) {
      if (isStatus(error, 401)) return null;
      throw error;
    }
  }

  /** Whether focus was inside before this update's DOM changes. */
  private focusWasInside = false;
  /** Where the report was on its way when last rendered. */
  private renderedSend: string | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.focusWasInside = this.matches(':focus-within');
  }

  protected override updated(): void {
    sizeBars(this.renderRoot);
    const send = this.formController?.state.kind;
    // After the update's own focus moves (a row added, moved or removed focuses its target then).
    if (this.focusWasInside && send !== this.renderedSend) void this.updateComplete.then(() => this.keepFocus());
    this.renderedSend = send;
  }

  /**
   * A send can leave the report read-only (sent after the deadline: not correctable; a
   * correction refused as late): the submit button goes and the fields turn disabled under
   * the officer's cursor. Focus then goes to the send's outcome, or the submit button, never
   * to the page (Chromium drops focus from a removed control at once, from a disabled one
   * at the next frame). So does "Gửi ngay", which goes as the send starts.
   */
  private keepFocus(): void {
    const active = this.shadowRoot?.activeElement as (HTMLElement & { disabled?: boolean }) | null | undefined;
    if (active && !active.disabled) return;
    this.renderRoot
      .querySelector<HTMLElement>('[part~="sent"], [part~="refused"], [part~="waiting"], [part~="submit-button"]')
      ?.focus();
  }

  protected override renderContent(): unknown {
    return this.data.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: (value) => this.renderView(value),
      error: (error) =>
        this.data.aborted ? this.renderLoading() : this.renderError(error, () => void this.data.run()),
    });
  }

  private renderView(value: RolloutReportData): unknown {
    switch (value.view) {
      case 'none':
        return this.renderEmpty(this.t('rolloutReport.noCampaign'));
      case 'summary':
        // No mode chosen by the page: the same place serves the bodies' officers, once signed in.
        return html`${summaryView(this, value.campaign, value.summary)}
        ${this.mode === undefined ? this.renderSignIn('any') : null}`;
      case 'sign-in':
        return this.renderSignIn(value.want);
      case 'no-role':
        return this.renderEmpty(
          this.t(value.want === 'form' ? 'rolloutReport.noOfficerRole' : 'rolloutReport.noCollectorRole'),
        );
      case 'dashboard':
        return this.views!.dashboardView(this, value.campaign, value.dashboard, {
          exportCsv: () => void this.exportAll(value.campaign),
          exporting: this.exporting,
          exportError: this.exportError,
        });
      case 'form': {
        const { formView, printView } = this.views!;
        this.form.attach(value.mine);
        return html`<div class="screen">
            ${formView(this, this.form, {
              submit: (e) => void this.submit(e),
              addRow: () => this.addRow(),
              moveRow: (id, by) => this.moveRow(id, by),
              removeRow: (id) => this.removeRow(id),
              print: () => window.print(),
              downloadCsv: () => this.downloadCsv(),
            })}
          </div>
          ${printView(this.printData(), this.headingLevel)}`;
      }
    }
  }

  private get form(): ReportFormController {
    return this.formController!;
  }

  private renderSignIn(want: 'form' | 'dashboard' | 'any'): TemplateResult {
    const why = { form: 'signInForm', dashboard: 'signInDashboard', any: 'signInAny' } as const;
    return html`<div part="sign-in" class="sign-in">
      <p>${this.t(`rolloutReport.${why[want]}`)}</p>
      <button type="button" class="button" @click=${(e: Event) => void this.signIn(e.currentTarget as HTMLElement)}>
        ${this.t('rolloutReport.signIn')}
      </button>
      ${this.signInError ? html`<p class="field-error" role="alert">${this.signInError}</p>` : null}
    </div>`;
  }

  private async signIn(button: HTMLElement): Promise<void> {
    this.signInError = '';
    try {
      await this.client.auth.signInWithPopup({
        redirectUri: `${location.origin}${location.pathname}`,
        ...(this.loginHint ? { loginHint: this.loginHint } : {}),
      });
      // The view reloads for the account: the prompt and its button go.
      holdFocus(this, button);
      this.signIns++;
    } catch (error) {
      this.signInError = `${this.t('rolloutReport.signInFailed')} ${this.errorMessage(error)}`;
    }
    this.requestUpdate();
  }

  /** The printout and the CSV read the form as it stands (the version sent, or the draft). */
  private printData(): PrintData {
    const d = this.form.draft;
    return {
      campaign: this.form.mine.campaign,
      header: d.header,
      rows: this.views!.printRows(d.rows),
      totals: this.views!.totalsOf(d.rows),
      recipients: d.recipients
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
      signer: d.signer,
    };
  }

  private downloadCsv(): void {
    const data = this.printData();
    const { downloadText, campaignReportCsv, fileSafe } = this.views!;
    downloadText(
      campaignReportCsv({ rows: data.rows, totals: data.totals }),
      `bao-cao-${fileSafe(data.header.bodyName)}.csv`,
    );
  }

  private async exportAll(campaign: Campaign): Promise<void> {
    // The button stays focusable while exporting (aria-disabled): a second press fetches nothing.
    if (this.exporting) return;
    this.exporting = true;
    this.exportError = '';
    this.requestUpdate();
    try {
      const { items } = await this.client.campaigns.reports(campaign.id);
      const { downloadText, campaignReportsCsv, fileSafe } = this.views!;
      downloadText(campaignReportsCsv(items), `bao-cao-${fileSafe(campaign.unitName)}.csv`);
    } catch (error) {
      this.exportError = this.errorMessage(error);
      this.emitError(error);
    } finally {
      this.exporting = false;
      this.requestUpdate();
    }
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const ok = await this.form.submit();
    if (!ok) {
      await this.updateComplete;
      const first = this.views!.invalidIds(this.form)[0];
      if (first) this.shadowRoot?.getElementById(first)?.focus();
    }
  }

  private async focusAfterUpdate(...ids: string[]): Promise<void> {
    await this.updateComplete;
    for (const id of ids) {
      const target = this.shadowRoot?.getElementById(id) as HTMLButtonElement | null;
      if (target && !target.disabled) return target.focus();
    }
  }

  private addRow(): void {
    void this.focusAfterUpdate(this.views!.fieldId('name', this.form.addRow()));
  }

  private moveRow(id: string, by: -1 | 1): void {
    this.form.moveRow(id, by);
    // Focus stays on the row's button that moved it, or its other one at the table's edge.
    void this.focusAfterUpdate(`${id}-${by < 0 ? 'up' : 'down'}`, `${id}-${by < 0 ? 'down' : 'up'}`);
  }

  private removeRow(id: string): void {
    const rows = this.form.draft.rows;
    const index = rows.findIndex((r) => r.id === id);
    const next = rows[index + 1] ?? rows[index - 1];
    this.form.removeRow(id);
    void this.focusAfterUpdate(next ? this.views!.fieldId('name', next.id) : 'add-row');
  }
}

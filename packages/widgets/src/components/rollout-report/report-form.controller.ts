import { isShpError, type CampaignReport, type MyCampaignReport, type ShpHttpError } from '@smart-haiphong/sdk';
import type { ReactiveController } from 'lit';
import type { ShpElement } from '../../internal/shp-element.js';
import {
  checkDraft,
  clearDraft,
  draftKey,
  emptyRow,
  initialDraft,
  readDraft,
  toSubmission,
  writeDraft,
  type DraftHeader,
  type DraftRow,
  type ReportDraft,
} from './report-draft.js';

/** Where a report is on its way to the server. */
export type SendState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  /** Saved with its key; sent when the network is back (offline, or the network failed). */
  | { kind: 'waiting'; offline: boolean }
  | { kind: 'sent'; report: CampaignReport }
  /** The server refused it for good: its own words. */
  | { kind: 'refused'; message: string };

/**
 * The officer's report: the draft (kept in localStorage until sent, restored after a reload),
 * its checks, and sending it exactly once. A send stores its idempotency key in the draft
 * before the first try, so a retry, a reload or coming back online resends the same request
 * and the server records it once. No general outbox exists for campaigns (the SDK's outbox
 * carries feedback); this is the small durable version for one report.
 */
export class ReportFormController implements ReactiveController {
  draft!: ReportDraft;
  mine!: MyCampaignReport;
  state: SendState = { kind: 'idle' };
  /** Errors show after the first try to send, then follow the typing. */
  showErrors = false;
  restored = false;
  /** A short sentence for the live region (a row added, moved, removed). */
  announcement = '';
  private key = '';
  private attachedTo = '';

  constructor(private readonly host: ShpElement) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
  }

  /** Starts (or keeps) the form for one body: its saved draft, else the latest version, else defaults. */
  attach(mine: MyCampaignReport): void {
    const id = `${mine.campaign.id}/${mine.body.id}`;
    if (id === this.attachedTo) {
      // The same body again (a re-render): keep what this form sent since, unless the server knows newer.
      if ((mine.report?.version ?? 0) > (this.mine.report?.version ?? 0)) this.mine = mine;
      return;
    }
    this.mine = mine;
    this.attachedTo = id;
    this.key = draftKey(mine.campaign.id, mine.body.id);
    const saved = readDraft(this.key);
    this.restored = saved !== null && saved.pending === null;
    this.draft = saved ?? initialDraft(mine.campaign, mine.body, mine.report);
    this.showErrors = false;
    this.state = { kind: 'idle' };
    if (this.draft.pending) {
      this.state = { kind: 'waiting', offline: this.host.offline };
      if (!this.host.offline) queueMicrotask(() => void this.send());
    }
  }

  get report(): CampaignReport | null {
    return this.mine.report;
  }

  /** A first report, or a correction of the one sent. */
  get kind(): 'submit' | 'correct' {
    return this.mine.report ? 'correct' : 'submit';
  }

  /** Whether the form can send now (a first report, late too; a correction before the deadline). */
  get editable(): boolean {
    return this.mine.report ? this.mine.canCorrect : this.mine.canSubmit;
  }

  get checks(): ReturnType<typeof checkDraft> {
    return checkDraft(this.draft);
  }

  private changed(): void {
    if (this.state.kind === 'sent' || this.state.kind === 'refused') this.state = { kind: 'idle' };
    this.restored = false;
    writeDraft(this.key, this.draft);
    this.host.requestUpdate();
  }

  setHeader(field: keyof DraftHeader, value: string): void {
    this.draft.header = { ...this.draft.header, [field]: value };
    this.changed();
  }

  setSigner(field: 'title' | 'name', value: string): void {
    this.draft.signer = { ...this.draft.signer, [field]: value };
    this.changed();
  }

  setRecipients(value: string): void {
    this.draft.recipients = value;
    this.changed();
  }

  setCell(id: string, field: Exclude<keyof DraftRow, 'id'>, value: string): void {
    this.draft.rows = this.draft.rows.map((r) => (r.id === id ? { ...r, [field]: value } : r));
    this.changed();
  }

  /** Adds an empty row at the end; returns its id (the caller moves focus into it). */
  addRow(): string {
    const row = emptyRow();
    this.draft.rows = [...this.draft.rows, row];
    this.announcement = this.host.t('rolloutReport.added', { n: this.draft.rows.length });
    this.changed();
    return row.id;
  }

  removeRow(id: string): void {
    const index = this.draft.rows.findIndex((r) => r.id === id);
    if (index < 0) return;
    this.draft.rows = this.draft.rows.filter((r) => r.id !== id);
    this.announcement = this.host.t('rolloutReport.removed', { n: index + 1 });
    this.changed();
  }

  moveRow(id: string, by: -1 | 1): void {
    const rows = [...this.draft.rows];
    const from = rows.findIndex((r) => r.id === id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= rows.length) return;
    [rows[from], rows[to]] = [rows[to]!, rows[from]!];
    this.draft.rows = rows;
    this.announcement = this.host.t('rolloutReport.movedTo', { n: to + 1 });
    this.changed();
  }

  /** Forgets the draft and starts again from the latest version sent (or the defaults). */
  discard(): void {
    clearDraft(this.key);
    this.draft = initialDraft(this.mine.campaign, this.mine.body, this.mine.report);
    this.restored = false;
    this.showErrors = false;
    this.state = { kind: 'idle' };
    this.host.requestUpdate();
  }

  /**
   * Checks the draft and sends it. Returns false when the checks refuse it (errors are then
   * shown). Offline, the report waits in the draft with its key.
   */
  async submit(): Promise<boolean> {
    // A press while sending (the button stays focusable then, aria-disabled; Enter in a field
    // submits too) is ignored: a new key now would let a retry record the report twice.
    if (this.state.kind === 'sending') return true;
    const { missing, issues } = this.checks;
    if (missing.length || issues.length) {
      this.showErrors = true;
      this.host.requestUpdate();
      return false;
    }
    this.showErrors = false;
    // The same report pressed again (while it waits offline, or after a 5xx) keeps the key it
    // has: its first try may have been recorded. A changed report is a new request.
    const submission = toSubmission(this.draft);
    const waiting = this.draft.pending;
    const same = waiting?.kind === this.kind && JSON.stringify(waiting.submission) === JSON.stringify(submission);
    this.draft.pending = { key: same ? waiting.key : crypto.randomUUID(), kind: this.kind, submission };
    writeDraft(this.key, this.draft);
    if (this.host.offline) {
      this.state = { kind: 'waiting', offline: true };
      this.host.requestUpdate();
      return true;
    }
    await this.send();
    return true;
  }

  private sending = false;

  /** Sends the pending report with its own key (again after a failure: the server records it once). */
  async send(): Promise<void> {
    const pending = this.draft.pending;
    if (!pending || this.sending) return;
    this.sending = true;
    this.state = { kind: 'sending' };
    this.host.requestUpdate();
    const ref = { campaign: this.mine.campaign.id, body: this.mine.body.id };
    const campaigns = this.host.client.campaigns;
    try {
      const report =
        pending.kind === 'submit'
          ? await campaigns.submitReport(ref, pending.submission, { idempotencyKey: pending.key })
          : await campaigns.correctReport(ref, pending.submission, { idempotencyKey: pending.key });
      clearDraft(this.key);
      this.mine = { ...this.mine, report, canCorrect: report.correctable };
      this.draft = initialDraft(this.mine.campaign, this.mine.body, report);
      this.state = { kind: 'sent', report };
    } catch (error) {
      if (isShpError(error) && error.type === 'http' && (error as ShpHttpError).status < 500) {
        // Refused for good: the draft stays for editing, without its key (a new try is a new request).
        const problem = (error as ShpHttpError).problem;
        this.draft.pending = null;
        writeDraft(this.key, this.draft);
        // The server's own words: its title, and each field it names (in the request's language).
        const fields = (problem?.errors ?? []).map((e) => `${e.message} (${e.param})`);
        const title = problem?.title ?? this.host.errorMessage(error);
        this.state = { kind: 'refused', message: [title, ...fields].join(' – ') };
        if ((error as ShpHttpError).code === 'deadline_passed') this.mine = { ...this.mine, canCorrect: false };
      } else {
        // The network, a timeout or a 5xx: keep the key and try again when back online.
        this.state = { kind: 'waiting', offline: this.host.offline };
      }
    } finally {
      this.sending = false;
      this.host.requestUpdate();
    }
  }

  private readonly onOnline = (): void => {
    if (this.draft?.pending) void this.send();
  };
}

import { randomUUID } from '../pkce.js';
import type { CallOptions, IdempotentCallOptions, Transport } from '../client.js';
import {
  campaignEndpoints,
  type Campaign,
  type CampaignBody,
  type CampaignDashboard,
  type CampaignReport,
  type CampaignReportSubmission,
  type CampaignSummary,
  type MyCampaignReport,
} from '../schemas/campaigns.js';
import { normalizeText } from '../text.js';

/** Which body: its campaign and its id. */
export interface CampaignBodyRef {
  campaign: string;
  body: string;
}

const clean = (s: string) => normalizeText(s).trim();

/** Text normalised as the server stores it (NFC, no invisible characters, trimmed). */
function normalizeSubmission(s: CampaignReportSubmission): CampaignReportSubmission {
  const { number, ...header } = s.header;
  return {
    header: {
      ...header,
      managingBody: clean(header.managingBody),
      bodyName: clean(header.bodyName),
      place: clean(header.place),
      recipient: clean(header.recipient),
      ...(number !== undefined && clean(number) !== '' ? { number: clean(number) } : {}),
    },
    rows: s.rows.map(({ reason, ...row }) => ({
      ...row,
      name: clean(row.name),
      ...(reason !== undefined && clean(reason) !== '' ? { reason: clean(reason) } : {}),
    })),
    recipients: s.recipients.map(clean),
    signer: { title: clean(s.signer.title), name: clean(s.signer.name) },
  };
}

/**
 * Rollout campaigns of the app (a commune's dispatch) and the bodies' reports on the form of
 * Phụ lục 01. Reading a campaign, its bodies and its public summary needs no sign-in; a
 * body's officer sends and corrects its report; the commune's collecting office sees the
 * dashboard and every report. Check a draft first with `checkCampaignReport` (same rules,
 * messages in Vietnamese and English); build CSV with `campaignReportsCsv`.
 */
export class CampaignsResource {
  constructor(private readonly transport: Transport) {}

  /** Campaigns, newest first; `unit` (code or slug) gives one commune's. */
  list(params: { unit?: string } = {}, options?: CallOptions): Promise<{ items: Campaign[] }> {
    return this.transport.call(campaignEndpoints.list, { query: { unit: params.unit } }, options);
  }

  /** The commune's current campaign (the newest), or null when it has none. */
  async forUnit(unit: string, options?: CallOptions): Promise<Campaign | null> {
    const { items } = await this.list({ unit }, options);
    return items[0] ?? null;
  }

  /** One campaign by id. 404 when unknown. */
  get(campaign: string, options?: CallOptions): Promise<Campaign> {
    return this.transport.call(campaignEndpoints.get, { params: { campaign } }, options);
  }

  /** Public progress: overall and per group (bodies reported, people installed, share). No sign-in. */
  summary(campaign: string, options?: CallOptions): Promise<CampaignSummary> {
    return this.transport.call(campaignEndpoints.summary, { params: { campaign } }, options);
  }

  /** The bodies expected to report, in the campaign's order; `group` keeps one group. */
  bodies(campaign: string, params: { group?: string } = {}, options?: CallOptions): Promise<{ items: CampaignBody[] }> {
    return this.transport.call(
      campaignEndpoints.bodies,
      { params: { campaign }, query: { group: params.group } },
      options,
    );
  }

  /** The collecting office's dashboard. 401 signed out, 403 for anyone else. */
  dashboard(campaign: string, options?: CallOptions): Promise<CampaignDashboard> {
    return this.transport.call(campaignEndpoints.dashboard, { params: { campaign } }, options);
  }

  /** Every report with its rows (the collecting office), e.g. for `campaignReportsCsv`. */
  reports(campaign: string, options?: CallOptions): Promise<{ items: CampaignReport[] }> {
    return this.transport.call(campaignEndpoints.reports, { params: { campaign } }, options);
  }

  /** A body's report with its history (its officer or the collecting office). 404 `not_found` before it is sent. */
  getReport(ref: CampaignBodyRef, options?: CallOptions): Promise<CampaignReport> {
    return this.transport.call(campaignEndpoints.getReport, { params: { ...ref } }, options);
  }

  /**
   * Send a body's report (version 1). Text is normalised to NFC. Retried safely with one
   * idempotency key, so it is recorded once; pass `idempotencyKey` to keep it across reloads.
   * Errors: 400 `validation_failed` (`param` e.g. `body.rows.2.installed`), 403 `forbidden`,
   * 409 `already_reported`. A report after the deadline is accepted and flagged `late`.
   */
  submitReport(
    ref: CampaignBodyRef,
    submission: CampaignReportSubmission,
    options: IdempotentCallOptions = {},
  ): Promise<CampaignReport> {
    return this.transport.call(
      campaignEndpoints.submitReport,
      {
        params: { ...ref },
        json: normalizeSubmission(submission),
        idempotencyKey: options.idempotencyKey ?? randomUUID(),
      },
      options,
    );
  }

  /**
   * Correct a sent report: the new version replaces it and the old one goes to `history`.
   * Errors as {@link submitReport}, plus 409 `not_reported` and 409 `deadline_passed` after
   * the end of the body's due date.
   */
  correctReport(
    ref: CampaignBodyRef,
    submission: CampaignReportSubmission,
    options: IdempotentCallOptions = {},
  ): Promise<CampaignReport> {
    return this.transport.call(
      campaignEndpoints.correctReport,
      {
        params: { ...ref },
        json: normalizeSubmission(submission),
        idempotencyKey: options.idempotencyKey ?? randomUUID(),
      },
      options,
    );
  }

  /** The bodies the signed-in officer reports for, each with its campaign and report (empty for a citizen). */
  mine(options?: CallOptions): Promise<{ items: MyCampaignReport[] }> {
    return this.transport.call(campaignEndpoints.mine, {}, options);
  }
}

/** Builds the `campaigns` namespace, for {@link composeClient}: a bundle that imports it carries this resource's schemas. */
export const campaignsResource = (t: Transport): CampaignsResource => new CampaignsResource(t);

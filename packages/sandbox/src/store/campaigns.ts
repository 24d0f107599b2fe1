import {
  type Campaign,
  type CampaignBody,
  type CampaignDashboard,
  type CampaignDashboardBody,
  type CampaignReport,
  type CampaignReportSubmission,
  type CampaignReportVersion,
  type CampaignSummary,
  normalizeText,
} from '@smart-haiphong/sdk';
import { SAMPLE_BODIES, SAMPLE_CAMPAIGN, sampleReports } from '../data/campaigns.js';
import { DAY_MS, formatTimestamp, parseDate } from '../util/time.js';

interface Stored {
  campaign: Campaign;
  bodies: CampaignBody[];
  /** Versions per body id, oldest first. */
  reports: Map<string, CampaignReportVersion[]>;
  sample: boolean;
}

/** The end of a due date (Asia/Ho_Chi_Minh): a report received at or before it is on time. */
export const endOfDay = (date: string): number => parseDate(date) + DAY_MS - 1;

const clean = (s: string) => normalizeText(s).trim();
const share = (installed: number, total: number) => (total > 0 ? installed / total : null);

/** Campaigns, their bodies and reports with every version. */
export class CampaignStore {
  private readonly campaigns = new Map<string, Stored>();

  constructor(seed: number) {
    const reports = new Map<string, CampaignReportVersion[]>();
    const stored: Stored = { campaign: SAMPLE_CAMPAIGN, bodies: SAMPLE_BODIES, reports, sample: true };
    this.campaigns.set(SAMPLE_CAMPAIGN.id, stored);
    for (const { bodyId, versions } of sampleReports(seed)) {
      for (const v of versions) this.addVersion(stored, bodyId, v.submission, v.at);
    }
  }

  list(): Campaign[] {
    return [...this.campaigns.values()]
      .map((c) => c.campaign)
      .sort((a, b) => b.dispatch.date.localeCompare(a.dispatch.date));
  }

  get(id: string): Stored | undefined {
    return this.campaigns.get(id);
  }

  body(c: Stored, id: string): CampaignBody | undefined {
    return c.bodies.find((b) => b.id === id);
  }

  /** A body's report as of `now` (for `correctable`), or null before it is sent. */
  report(c: Stored, body: CampaignBody, now: number): CampaignReport | null {
    const versions = c.reports.get(body.id);
    const latest = versions?.at(-1);
    const first = versions?.[0];
    if (!versions || !latest || !first) return null;
    const deadline = endOfDay(body.dueDate);
    return {
      ...latest,
      id: `${c.campaign.id}/${body.id}`,
      campaignId: c.campaign.id,
      bodyId: body.id,
      submittedAt: first.at,
      dueDate: body.dueDate,
      late: Date.parse(first.at) > deadline,
      correctable: now <= deadline,
      history: versions.slice(0, -1),
      sample: c.sample,
    };
  }

  /** Record a new version (1 for a first report) received at `at`. */
  addVersion(c: Stored, bodyId: string, s: CampaignReportSubmission, at: number): void {
    const versions = c.reports.get(bodyId) ?? [];
    const rows = s.rows.map((r, i) => ({
      stt: i + 1,
      name: clean(r.name),
      total: r.total,
      installed: r.installed,
      notInstalled: r.total - r.installed,
      reason: r.reason !== undefined && clean(r.reason) !== '' ? clean(r.reason) : null,
    }));
    const total = rows.reduce((n, r) => n + r.total, 0);
    const installed = rows.reduce((n, r) => n + r.installed, 0);
    const number = s.header.number !== undefined ? clean(s.header.number) : '';
    versions.push({
      version: versions.length + 1,
      at: formatTimestamp(at),
      header: {
        managingBody: clean(s.header.managingBody),
        bodyName: clean(s.header.bodyName),
        number: number === '' ? null : number,
        place: clean(s.header.place),
        date: s.header.date,
        recipient: clean(s.header.recipient),
        dispatch: { number: c.campaign.dispatch.number, date: c.campaign.dispatch.date },
      },
      rows,
      totals: { total, installed, notInstalled: total - installed },
      recipients: s.recipients.map(clean),
      signer: { title: clean(s.signer.title), name: clean(s.signer.name) },
    });
    c.reports.set(bodyId, versions);
  }

  /** Per body: reported or not, late, overdue at `now`, and the latest totals. */
  private rows(c: Stored, now: number): CampaignDashboardBody[] {
    return c.bodies.map((body) => {
      const versions = c.reports.get(body.id);
      const first = versions?.[0];
      const latest = versions?.at(-1);
      const deadline = endOfDay(body.dueDate);
      return {
        body,
        reported: latest !== undefined,
        reportedAt: first?.at ?? null,
        version: latest?.version ?? null,
        late: first !== undefined && Date.parse(first.at) > deadline,
        overdue: first === undefined && now > deadline,
        totals: latest?.totals ?? null,
        share: latest ? share(latest.totals.installed, latest.totals.total) : null,
      };
    });
  }

  dashboard(c: Stored, now: number): CampaignDashboard {
    const rows = this.rows(c, now);
    const tally = (of: CampaignDashboardBody[]) => {
      const total = of.reduce((n, r) => n + (r.totals?.total ?? 0), 0);
      const installed = of.reduce((n, r) => n + (r.totals?.installed ?? 0), 0);
      return {
        expected: of.length,
        reported: of.filter((r) => r.reported).length,
        total,
        installed,
        share: share(installed, total),
        late: of.filter((r) => r.late).length,
        overdue: of.filter((r) => r.overdue).length,
        notReported: of.filter((r) => !r.reported).length,
      };
    };
    return {
      campaignId: c.campaign.id,
      asOf: formatTimestamp(now),
      overall: tally(rows),
      groups: c.campaign.groups.map((g) => ({
        groupId: g.id,
        name: g.name,
        nameEn: g.nameEn,
        dueDate: g.dueDate,
        pastDue: now > endOfDay(g.dueDate),
        ...tally(rows.filter((r) => r.body.groupId === g.id)),
      })),
      bodies: rows,
      sample: c.sample,
    };
  }

  /** The public view of the dashboard: progress only, no lateness and no body names. */
  summary(c: Stored, now: number): CampaignSummary {
    const d = this.dashboard(c, now);
    const progress = ({ expected, reported, total, installed, share: s }: CampaignDashboard['overall']) => ({
      expected,
      reported,
      total,
      installed,
      share: s,
    });
    return {
      campaignId: d.campaignId,
      asOf: d.asOf,
      overall: progress(d.overall),
      groups: d.groups.map((g) => ({
        groupId: g.groupId,
        name: g.name,
        nameEn: g.nameEn,
        dueDate: g.dueDate,
        ...progress(g),
      })),
      sample: d.sample,
    };
  }
}

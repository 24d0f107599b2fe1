import type { CampaignBody, CampaignReportSubmission, MyCampaignReport } from '@smart-haiphong/sdk';
import { type SandboxAccount, campaignAccountBySub } from '../data/campaigns.js';
import { ProblemError, json } from '../http/problems.js';
import { endOfDay } from '../store/campaigns.js';
import type { Handler, RequestContext, SandboxServices } from './context.js';

type StoredCampaign = NonNullable<ReturnType<SandboxServices['store']['campaigns']['get']>>;

function campaignOf(ctx: RequestContext, s: SandboxServices): StoredCampaign {
  const c = s.store.campaigns.get(ctx.params.campaign ?? '');
  if (!c)
    throw new ProblemError(404, 'not_found', { param: 'path.campaign', detail: `no campaign ${ctx.params.campaign}` });
  return c;
}

function bodyOf(ctx: RequestContext, s: SandboxServices, c: StoredCampaign): CampaignBody {
  const body = s.store.campaigns.body(c, ctx.params.body ?? '');
  if (!body)
    throw new ProblemError(404, 'not_found', {
      param: 'path.body',
      detail: `no body ${ctx.params.body} in this campaign`,
    });
  return body;
}

const account = (ctx: RequestContext): SandboxAccount | null => (ctx.sub ? campaignAccountBySub(ctx.sub) : null);

const isCollector = (ctx: RequestContext, c: StoredCampaign) =>
  account(ctx)?.roles.some((r) => r.type === 'collector' && r.unitCode === c.campaign.unitCode) ?? false;

const isOfficer = (ctx: RequestContext, c: StoredCampaign, body: CampaignBody) =>
  account(ctx)?.roles.some((r) => r.type === 'officer' && r.unitCode === c.campaign.unitCode && r.bodyId === body.id) ??
  false;

const forbidden = (detail: string, param?: string) =>
  new ProblemError(403, 'forbidden', { detail, ...(param ? { param } : {}) });

function requireCollector(ctx: RequestContext, c: StoredCampaign): void {
  if (!isCollector(ctx, c)) {
    throw forbidden(`only ${c.campaign.collector.office} of ${c.campaign.unitName} sees this`);
  }
}

function requireOfficer(ctx: RequestContext, c: StoredCampaign, body: CampaignBody): void {
  if (!isOfficer(ctx, c, body)) throw forbidden(`only the officer of ${body.name} reports for it`, 'path.body');
}

export const campaignHandlers: Record<string, Handler> = {
  'campaigns.list': ({ query }, { store }) => {
    let code: string | null = null;
    if (query.unit) {
      const i = store.units.indexOf(query.unit);
      const unit = store.units.list[i];
      if (!unit) {
        const message = `unknown unit: ${query.unit}`;
        throw new ProblemError(400, 'validation_failed', {
          param: 'query.unit',
          detail: message,
          errors: [{ param: 'query.unit', message }],
        });
      }
      code = unit.code;
    }
    return { items: store.campaigns.list().filter((c) => code === null || c.unitCode === code) };
  },

  'campaigns.get': (ctx, s) => campaignOf(ctx, s).campaign,

  'campaigns.summary': (ctx, s) => s.store.campaigns.summary(campaignOf(ctx, s), ctx.now),

  'campaigns.bodies': (ctx, s) => {
    const c = campaignOf(ctx, s);
    const group = ctx.query.group;
    if (group && !c.campaign.groups.some((g) => g.id === group)) {
      const message = `unknown group: ${group}`;
      throw new ProblemError(400, 'validation_failed', {
        param: 'query.group',
        detail: message,
        errors: [{ param: 'query.group', message }],
      });
    }
    return { items: c.bodies.filter((b) => !group || b.groupId === group) };
  },

  'campaigns.dashboard': (ctx, s) => {
    const c = campaignOf(ctx, s);
    requireCollector(ctx, c);
    return s.store.campaigns.dashboard(c, ctx.now);
  },

  'campaigns.reports': (ctx, s) => {
    const c = campaignOf(ctx, s);
    requireCollector(ctx, c);
    return {
      items: c.bodies.flatMap((b) => {
        const r = s.store.campaigns.report(c, b, ctx.now);
        return r ? [r] : [];
      }),
    };
  },

  'campaigns.getReport': (ctx, s) => {
    const c = campaignOf(ctx, s);
    const body = bodyOf(ctx, s, c);
    if (!isOfficer(ctx, c, body) && !isCollector(ctx, c)) {
      throw forbidden(
        `only the officer of ${body.name} and ${c.campaign.collector.office} read its report`,
        'path.body',
      );
    }
    const report = s.store.campaigns.report(c, body, ctx.now);
    if (!report)
      throw new ProblemError(404, 'not_found', { param: 'path.body', detail: `${body.name} has not reported yet` });
    return report;
  },

  'campaigns.submitReport': (ctx, s) => {
    const c = campaignOf(ctx, s);
    const body = bodyOf(ctx, s, c);
    requireOfficer(ctx, c, body);
    if (s.store.campaigns.report(c, body, ctx.now)) {
      throw new ProblemError(409, 'already_reported', {
        param: 'path.body',
        detail: `${body.name} has reported already: correct the report (PUT) instead`,
      });
    }
    // A first report is accepted after the deadline: the commune wants it, flagged late.
    s.store.campaigns.addVersion(c, body.id, ctx.body as CampaignReportSubmission, ctx.now);
    const report = s.store.campaigns.report(c, body, ctx.now);
    return json(report, 201, { location: `${ctx.origin}/v1/campaigns/${c.campaign.id}/bodies/${body.id}/report` });
  },

  'campaigns.correctReport': (ctx, s) => {
    const c = campaignOf(ctx, s);
    const body = bodyOf(ctx, s, c);
    requireOfficer(ctx, c, body);
    if (!s.store.campaigns.report(c, body, ctx.now)) {
      throw new ProblemError(409, 'not_reported', {
        param: 'path.body',
        detail: `${body.name} has not reported yet: send the report (POST) first`,
      });
    }
    if (ctx.now > endOfDay(body.dueDate)) {
      throw new ProblemError(409, 'deadline_passed', {
        param: 'path.body',
        detail: `corrections were accepted until the end of ${body.dueDate}`,
        dueDate: body.dueDate,
      });
    }
    s.store.campaigns.addVersion(c, body.id, ctx.body as CampaignReportSubmission, ctx.now);
    return s.store.campaigns.report(c, body, ctx.now);
  },

  'campaigns.mine': (ctx, s) => {
    const roles = account(ctx)?.roles ?? [];
    const items: MyCampaignReport[] = [];
    for (const role of roles) {
      if (role.type !== 'officer') continue;
      for (const campaign of s.store.campaigns.list().filter((c) => c.unitCode === role.unitCode)) {
        const c = s.store.campaigns.get(campaign.id) as StoredCampaign;
        const body = s.store.campaigns.body(c, role.bodyId);
        if (!body) continue;
        const report = s.store.campaigns.report(c, body, ctx.now);
        items.push({
          campaign,
          body,
          report,
          canSubmit: report === null,
          canCorrect: report !== null && report.correctable,
        });
      }
    }
    return { items };
  },
};

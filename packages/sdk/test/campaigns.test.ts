import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SAMPLE_CAMPAIGN_BODIES, SAMPLE_CAMPAIGN_ID, SAMPLE_CAMPAIGN_REPORT_TIMES } from '@smart-haiphong/sandbox';
import { startSandboxServer } from '@smart-haiphong/sandbox/server';
import {
  type CampaignReportSubmission,
  type ShpClient,
  campaignReportCsv,
  campaignReportsCsv,
  checkCampaignReport,
  isHttpError,
} from '../src/index.js';
import { clientFor, fetchWith, type Sandbox } from './helpers.js';

const CAMPAIGN = SAMPLE_CAMPAIGN_ID;
const SIGN_IN_REDIRECT = 'http://127.0.0.1/callback';

/** A sandbox that honours `x-sandbox-now`, so that deadlines can be crossed. */
const start = () =>
  startSandboxServer({
    port: 0,
    host: '127.0.0.1',
    seed: 7,
    feedback: 50,
    places: 20,
    dossiers: 10,
    allowTimeTravel: true,
  });

/** A client signed in with a dev sign-in role, whose requests happen at `at` (sandbox time). */
function as(sandbox: Sandbox, hint: string | null, at?: string, options: { locale?: 'vi' | 'en' } = {}): ShpClient {
  const token = hint ? sandbox.sandbox.issueToken(hint) : null;
  return clientFor(sandbox, {
    ...(token ? { tokenProvider: () => token } : {}),
    ...(at ? { fetch: fetchWith({ 'x-sandbox-now': at }) } : {}),
    retry: false,
    ...options,
  });
}

/** A Phụ lục 01 report with three rows, as an officer of a thôn fills it. */
const report = (rows?: CampaignReportSubmission['rows']): CampaignReportSubmission => ({
  header: {
    managingBody: 'Ủy ban nhân dân xã Bình Giang',
    bodyName: 'Thôn mẫu 4',
    number: '03/BC-TM4',
    place: 'Bình Giang',
    date: '2026-03-20',
    recipient: 'Ủy ban nhân dân xã Bình Giang',
  },
  rows: rows ?? [
    // Decomposed (NFD) text, as some keyboards send it: stored as NFC.
    {
      name: 'Nhóm hộ mẫu 1'.normalize('NFD'),
      total: 120,
      installed: 100,
      reason: 'Người cao tuổi không dùng điện thoại thông minh',
    },
    { name: 'Nhóm hộ mẫu 2', total: 80, installed: 80 },
    { name: 'Nhóm hộ mẫu 3', total: 45, installed: 30, notInstalled: 15, reason: 'Đi làm ăn xa' },
  ],
  recipients: ['Như trên', 'Lưu: VT'],
  signer: { title: 'TRƯỞNG THÔN', name: 'Người ký mẫu' },
});

/** The end of a due date in Hải Phòng's time. */
const endOf = (date: string) => Date.parse(`${date}T23:59:59.999+07:00`);

async function rejectsWith(promise: Promise<unknown>, status: number, code: string) {
  await assert.rejects(promise, (e) => {
    assert.ok(isHttpError(e), String(e));
    assert.equal(e.status, status, e.message);
    assert.equal(e.code, code);
    return true;
  });
}

describe('campaigns: public reading', () => {
  let sandbox: Sandbox;
  before(async () => (sandbox = await start()));
  after(() => sandbox.close());

  it('finds the commune’s campaign, its deadlines and bodies without signing in', async () => {
    const client = as(sandbox, null);
    const campaign = await client.campaigns.forUnit('binh-giang');
    assert.ok(campaign);
    assert.equal(campaign.unitCode, '10966');
    assert.equal(campaign.sample, true);
    assert.deepEqual(
      campaign.deadlines.map((d) => d.dueDate),
      ['2026-03-15', '2026-03-31'],
    );
    assert.equal(campaign.collector.office, 'Phòng Văn hóa – Xã hội');
    assert.equal(await client.campaigns.forUnit('10903'), null, 'a commune without a campaign');
    assert.deepEqual(await client.campaigns.get(campaign.id), campaign);

    const { items: bodies } = await client.campaigns.bodies(campaign.id);
    assert.equal(bodies.length, campaign.bodyCount);
    assert.ok(
      bodies.every((b) => b.sample && campaign.groups.some((g) => g.id === b.groupId && g.dueDate === b.dueDate)),
    );
    assert.ok(bodies.some((b) => b.name === 'Thôn mẫu 1' && b.dueDate === '2026-03-31'));
    assert.ok(bodies.some((b) => b.name === 'Trạm Y tế xã' && b.dueDate === '2026-03-15'));
    const { items: hamlets } = await client.campaigns.bodies(campaign.id, { group: 'hamlet' });
    assert.ok(hamlets.length > 0 && hamlets.every((b) => b.groupId === 'hamlet'));
    await rejectsWith(client.campaigns.get('no-such-campaign'), 404, 'not_found');
  });

  it('serves the public summary without sign-in, and keeps the dashboard and reports for the collecting office', async () => {
    const anonymous = as(sandbox, null);
    const summary = await anonymous.campaigns.summary(CAMPAIGN);
    assert.equal(summary.overall.expected, SAMPLE_CAMPAIGN_BODIES.length);
    assert.equal(summary.overall.reported, Object.keys(SAMPLE_CAMPAIGN_REPORT_TIMES).length);
    assert.equal(
      summary.groups.reduce((n, g) => n + g.expected, 0),
      summary.overall.expected,
    );
    assert.ok(!('late' in summary.overall), 'the public summary names no late bodies');
    await rejectsWith(anonymous.campaigns.dashboard(CAMPAIGN), 401, 'unauthorized');
    await rejectsWith(anonymous.campaigns.reports(CAMPAIGN), 401, 'unauthorized');
    await rejectsWith(as(sandbox, 'citizen').campaigns.dashboard(CAMPAIGN), 403, 'forbidden');
  });

  it('dashboard counts and late flags match the sample data, against each deadline', async () => {
    // Real time (after both deadlines): every body that has not reported is overdue.
    const dashboard = await as(sandbox, 'collector:binh-giang').campaigns.dashboard(CAMPAIGN);
    const reported = Object.keys(SAMPLE_CAMPAIGN_REPORT_TIMES);
    const lateIds = SAMPLE_CAMPAIGN_BODIES.filter((b) => {
      const first = SAMPLE_CAMPAIGN_REPORT_TIMES[b.id]?.[0];
      return first !== undefined && Date.parse(first) > endOf(b.dueDate);
    }).map((b) => b.id);
    assert.equal(dashboard.overall.expected, 25);
    assert.equal(dashboard.overall.reported, reported.length);
    assert.equal(dashboard.overall.reported, 20);
    assert.equal(dashboard.overall.notReported, 5);
    assert.equal(dashboard.overall.overdue, 5);
    assert.deepEqual(
      dashboard.bodies.filter((b) => b.late).map((b) => b.body.id),
      lateIds,
    );
    assert.deepEqual(lateIds.sort(), ['doan-thanh-nien', 'hoi-phu-nu', 'thon-mau-3', 'truong-thcs-mau-a']);
    const byId = new Map(dashboard.bodies.map((b) => [b.body.id, b]));
    assert.equal(byId.get('ban-chqs')?.late, false, 'a report at 17:30 on the last day is on time');
    assert.equal(byId.get('mttq')?.version, 2, 'a corrected report shows its latest version');
    for (const b of dashboard.bodies) {
      assert.equal(b.reported, reported.includes(b.body.id), b.body.id);
      assert.equal(b.overdue, !b.reported);
      if (b.totals) assert.equal(b.share, b.totals.total ? b.totals.installed / b.totals.total : null);
    }
    for (const g of dashboard.groups) {
      const of = dashboard.bodies.filter((b) => b.body.groupId === g.groupId);
      assert.equal(g.expected, of.length);
      assert.equal(g.reported, of.filter((b) => b.reported).length);
      assert.equal(g.late, of.filter((b) => b.late).length);
      assert.equal(
        g.installed,
        of.reduce((n, b) => n + (b.totals?.installed ?? 0), 0),
      );
      assert.equal(g.pastDue, true);
    }
    assert.equal(dashboard.overall.share, dashboard.overall.installed / dashboard.overall.total);

    // The totals are the reports' own: the collecting office's list of reports adds up to them.
    const { items: reports } = await as(sandbox, 'collector:binh-giang').campaigns.reports(CAMPAIGN);
    assert.equal(reports.length, reported.length);
    assert.equal(
      reports.reduce((n, r) => n + r.rows.reduce((m, row) => m + row.installed, 0), 0),
      dashboard.overall.installed,
    );

    // On 20 March only the officials' deadline has passed: hamlets that have not reported are not overdue yet.
    const midway = await as(sandbox, 'collector:binh-giang', '2026-03-20T09:00:00+07:00').campaigns.dashboard(CAMPAIGN);
    const overdue = midway.bodies.filter((b) => b.overdue).map((b) => b.body.id);
    assert.deepEqual(overdue.sort(), ['ban-xay-dung-dang', 'hoi-nong-dan', 'truong-mam-non-mau-a']);
    assert.deepEqual(
      midway.groups.filter((g) => g.pastDue).map((g) => g.groupId),
      ['party', 'council', 'front', 'office', 'health', 'school', 'police', 'military'],
    );

    // The public summary agrees with the dashboard.
    const summary = await as(sandbox, null).campaigns.summary(CAMPAIGN);
    assert.deepEqual(summary.overall, {
      expected: dashboard.overall.expected,
      reported: dashboard.overall.reported,
      total: dashboard.overall.total,
      installed: dashboard.overall.installed,
      share: dashboard.overall.share,
    });
  });
});

describe('campaigns: an officer reports', () => {
  let sandbox: Sandbox;
  before(async () => (sandbox = await start()));
  after(() => sandbox.close());
  const ref = { campaign: CAMPAIGN, body: 'thon-mau-4' };

  it('submits a report with three rows: Chưa cài đặt, STT and totals computed, the dispatch filled in', async () => {
    const officer = as(sandbox, 'officer:thon-mau-4', '2026-03-20T09:00:00+07:00');
    const [mine] = (await officer.campaigns.mine()).items;
    assert.equal(mine?.body.id, 'thon-mau-4');
    assert.equal(mine?.report, null);
    assert.equal(mine?.canSubmit, true);

    const sent = await officer.campaigns.submitReport(ref, report());
    assert.equal(sent.version, 1);
    assert.deepEqual(
      sent.rows.map((r) => [r.stt, r.name, r.total, r.installed, r.notInstalled]),
      [
        [1, 'Nhóm hộ mẫu 1', 120, 100, 20],
        [2, 'Nhóm hộ mẫu 2', 80, 80, 0],
        [3, 'Nhóm hộ mẫu 3', 45, 30, 15],
      ],
    );
    assert.equal(sent.rows[0]?.name, 'Nhóm hộ mẫu 1'.normalize('NFC'));
    assert.equal(sent.rows[1]?.reason, null);
    assert.deepEqual(sent.totals, { total: 245, installed: 210, notInstalled: 35 });
    const campaign = await officer.campaigns.get(CAMPAIGN);
    assert.deepEqual(sent.header.dispatch, { number: campaign.dispatch.number, date: campaign.dispatch.date });
    assert.equal(sent.header.number, '03/BC-TM4');
    assert.equal(sent.late, false);
    assert.equal(sent.correctable, true);
    assert.equal(sent.submittedAt, '2026-03-20T09:00:00+07:00');
    assert.deepEqual(sent.history, []);
    assert.deepEqual(await officer.campaigns.getReport(ref), sent);
  });

  it('refuses bad arithmetic with messages naming each field, in Vietnamese and English, and stores nothing', async () => {
    const bad = report([
      { name: 'Nhóm hộ mẫu 1', total: 10, installed: 12 },
      { name: 'Nhóm hộ mẫu 2', total: 10, installed: 4 },
      { name: 'Nhóm hộ mẫu 3', total: 9, installed: 9, notInstalled: 2 },
    ]);
    const at = '2026-03-20T10:00:00+07:00';
    const ref5 = { campaign: CAMPAIGN, body: 'thon-mau-5' };
    const expected = [
      ['body.rows.0.installed', 'installed_exceeds_total'],
      ['body.rows.1.reason', 'reason_required'],
      ['body.rows.2.notInstalled', 'not_installed_mismatch'],
    ];
    let vi: { param: string; message: string; code?: string | undefined }[] = [];
    await assert.rejects(as(sandbox, 'officer:thon-mau-5', at).campaigns.submitReport(ref5, bad), (e) => {
      assert.ok(isHttpError(e));
      assert.equal(e.status, 400);
      assert.equal(e.code, 'validation_failed');
      assert.equal(e.param, 'body.rows.0.installed');
      vi = e.problem?.errors ?? [];
      return true;
    });
    assert.deepEqual(
      vi.map((x) => [x.param, x.code]),
      expected,
    );
    assert.equal(vi[0]?.message, 'Đã cài đặt (12) không được lớn hơn Tổng số (10).');
    assert.match(vi[1]?.message ?? '', /Lý do chưa cài đặt/);
    assert.match(vi[2]?.message ?? '', /Chưa cài đặt phải bằng Tổng số − Đã cài đặt \(9 − 9 = 0\)/);

    await assert.rejects(
      as(sandbox, 'officer:thon-mau-5', at, { locale: 'en' }).campaigns.submitReport(ref5, bad),
      (e) => isHttpError(e) && e.problem?.errors?.[0]?.message === 'Installed (12) cannot exceed Total (10).',
    );

    // The widget's own check gives the same fields and rules before anything is sent.
    assert.deepEqual(
      checkCampaignReport(bad).map((i) => [`body.${i.param}`, i.rule]),
      expected,
    );

    // Counts must be whole numbers ≥ 0; the field is named.
    const negative = report([{ name: 'Nhóm hộ mẫu 1', total: -1, installed: 0 }]);
    await assert.rejects(
      as(sandbox, 'officer:thon-mau-5', at).campaigns.submitReport(ref5, negative),
      (e) => isHttpError(e) && e.param === 'body.rows.0.total',
    );
    const fraction = report([{ name: 'Nhóm hộ mẫu 1', total: 10, installed: 2.5, reason: 'x' }]);
    await assert.rejects(
      as(sandbox, 'officer:thon-mau-5', at).campaigns.submitReport(ref5, fraction),
      (e) => isHttpError(e) && e.param === 'body.rows.0.installed',
    );
    await rejectsWith(as(sandbox, 'officer:thon-mau-5', at).campaigns.getReport(ref5), 404, 'not_found');
  });

  it('records a report exactly once when it is sent again with the same Idempotency-Key', async () => {
    const ref5 = { campaign: CAMPAIGN, body: 'thon-mau-5' };
    const officer = as(sandbox, 'officer:thon-mau-5', '2026-03-21T08:00:00+07:00');
    const collector = as(sandbox, 'collector:binh-giang', '2026-03-21T08:00:00+07:00');
    const before = (await collector.campaigns.dashboard(CAMPAIGN)).overall.reported;
    const body = { ...report(), header: { ...report().header, bodyName: 'Thôn mẫu 5' } };
    const key = 'rollout-thon-mau-5-attempt';
    // Two tries at once (a double click) and a third later (a retry after a dropped connection).
    const [a, b] = await Promise.all([
      officer.campaigns.submitReport(ref5, body, { idempotencyKey: key }),
      officer.campaigns.submitReport(ref5, body, { idempotencyKey: key }),
    ]);
    const c = await officer.campaigns.submitReport(ref5, body, { idempotencyKey: key });
    assert.deepEqual(a, b);
    assert.deepEqual(a, c);
    const stored = await officer.campaigns.getReport(ref5);
    assert.equal(stored.version, 1);
    assert.deepEqual(stored.history, []);
    assert.equal((await collector.campaigns.dashboard(CAMPAIGN)).overall.reported, before + 1);
    // A new submission (a new key) is refused: the report exists; correct it instead.
    await rejectsWith(officer.campaigns.submitReport(ref5, body), 409, 'already_reported');
    // The same key with another body is a client bug, refused.
    await rejectsWith(
      officer.campaigns.submitReport(ref5, report(), { idempotencyKey: key }),
      422,
      'idempotency_key_reused',
    );
  });

  it('keeps the history of a correction made before the deadline, and refuses one after it', async () => {
    const first = await as(sandbox, 'officer:thon-mau-4').campaigns.getReport(ref);
    const corrected = report([
      { name: 'Nhóm hộ mẫu 1', total: 120, installed: 115, reason: 'Người cao tuổi' },
      { name: 'Nhóm hộ mẫu 2', total: 80, installed: 80 },
      { name: 'Nhóm hộ mẫu 3', total: 45, installed: 45 },
    ]);
    const v2 = await as(sandbox, 'officer:thon-mau-4', '2026-03-25T15:00:00+07:00').campaigns.correctReport(
      ref,
      corrected,
    );
    assert.equal(v2.version, 2);
    assert.deepEqual(v2.totals, { total: 245, installed: 240, notInstalled: 5 });
    assert.equal(v2.submittedAt, first.submittedAt, 'submitted when version 1 came');
    assert.equal(v2.at, '2026-03-25T15:00:00+07:00');
    assert.equal(v2.history.length, 1);
    assert.deepEqual(v2.history[0]?.rows, first.rows);
    assert.equal(v2.history[0]?.version, 1);

    // The last minute of the due date still counts; the first second after it does not.
    const v3 = await as(sandbox, 'officer:thon-mau-4', '2026-03-31T23:59:00+07:00').campaigns.correctReport(
      ref,
      corrected,
    );
    assert.equal(v3.version, 3);
    assert.deepEqual(
      v3.history.map((h) => h.version),
      [1, 2],
    );
    const late = as(sandbox, 'officer:thon-mau-4', '2026-04-01T00:00:01+07:00');
    await rejectsWith(late.campaigns.correctReport(ref, report()), 409, 'deadline_passed');
    const after = await late.campaigns.getReport(ref);
    assert.equal(after.version, 3, 'the refused correction changed nothing');
    assert.equal(after.correctable, false);
    const [mine] = (await late.campaigns.mine()).items;
    assert.equal(mine?.canCorrect, false);
    // Correcting a report never sent is refused too.
    await rejectsWith(
      as(sandbox, 'officer:truong-mam-non-mau-a', '2026-03-10T09:00:00+07:00').campaigns.correctReport(
        { campaign: CAMPAIGN, body: 'truong-mam-non-mau-a' },
        report(),
      ),
      409,
      'not_reported',
    );
  });

  it('accepts a first report after the deadline, flagged late and no longer correctable', async () => {
    const officer = as(sandbox, 'officer:hoi-nong-dan', '2026-03-20T09:00:00+07:00');
    const sent = await officer.campaigns.submitReport(
      { campaign: CAMPAIGN, body: 'hoi-nong-dan' },
      { ...report(), header: { ...report().header, bodyName: 'Hội Nông dân xã' } },
    );
    assert.equal(sent.dueDate, '2026-03-15');
    assert.equal(sent.late, true);
    assert.equal(sent.correctable, false);
    const dashboard = await as(sandbox, 'collector:binh-giang').campaigns.dashboard(CAMPAIGN);
    const row = dashboard.bodies.find((b) => b.body.id === 'hoi-nong-dan');
    assert.equal(row?.late, true);
    assert.equal(row?.overdue, false);
  });

  it('lets an officer read and write only their own body’s report; the collecting office reads every one', async () => {
    const officer = as(sandbox, 'officer:thon-mau-4', '2026-03-20T09:00:00+07:00');
    const other = { campaign: CAMPAIGN, body: 'thon-mau-1' };
    await rejectsWith(officer.campaigns.getReport(other), 403, 'forbidden');
    await rejectsWith(
      officer.campaigns.submitReport({ campaign: CAMPAIGN, body: 'ban-xay-dung-dang' }, report()),
      403,
      'forbidden',
    );
    await rejectsWith(officer.campaigns.correctReport(other, report()), 403, 'forbidden');
    await rejectsWith(officer.campaigns.dashboard(CAMPAIGN), 403, 'forbidden');
    await rejectsWith(officer.campaigns.reports(CAMPAIGN), 403, 'forbidden');
    await rejectsWith(as(sandbox, 'citizen').campaigns.getReport(other), 403, 'forbidden');
    await rejectsWith(as(sandbox, null).campaigns.getReport(other), 401, 'unauthorized');
    const collector = as(sandbox, 'collector:binh-giang');
    assert.equal((await collector.campaigns.getReport(other)).bodyId, 'thon-mau-1');
    await rejectsWith(
      collector.campaigns.submitReport({ campaign: CAMPAIGN, body: 'thon-mau-6' }, report()),
      403,
      'forbidden',
    );
    assert.deepEqual((await as(sandbox, 'citizen').campaigns.mine()).items, []);
  });

  it('exports every report as CSV with the Phụ lục 01 columns, UTF-8 with BOM, Vietnamese intact', async () => {
    const { items } = await as(sandbox, 'collector:binh-giang').campaigns.reports(CAMPAIGN);
    const csv = campaignReportsCsv(items);
    const bytes = Buffer.from(csv, 'utf8');
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    assert.equal(
      lines[0],
      'Đơn vị báo cáo,Số báo cáo,Ngày báo cáo,Lần gửi,Nộp muộn,STT,Tên đơn vị,Tổng số,Đã cài đặt,Chưa cài đặt,Lý do chưa cài đặt',
    );
    assert.equal(
      lines.length - 1,
      items.reduce((n, r) => n + r.rows.length, 0),
    );
    assert.ok(lines.some((l) => l.startsWith('Thôn mẫu 4,03/BC-TM4,2026-03-20,3,Không,1,Nhóm hộ mẫu 1,120,115,5,')));
    assert.equal(csv, csv.normalize('NFC'));
    assert.equal(bytes.toString('utf8'), csv, 'round-trips through UTF-8');

    const one = campaignReportCsv({
      ...items[0]!,
      rows: [{ stt: 1, name: '=HYPERLINK("x")', total: 3, installed: 1, notInstalled: 2, reason: 'Ốm, đi viện' }],
      totals: { total: 3, installed: 1, notInstalled: 2 },
    });
    assert.equal(
      one,
      '\uFEFFSTT,Tên đơn vị,Tổng số,Đã cài đặt,Chưa cài đặt,Lý do chưa cài đặt\r\n' +
        `1,"'=HYPERLINK(""x"")",3,1,2,"Ốm, đi viện"\r\n` +
        ',Tổng cộng,3,1,2,\r\n',
    );
  });
});

describe('campaigns: dev sign-in roles', () => {
  let sandbox: Sandbox;
  before(async () => (sandbox = await start()));
  after(() => sandbox.close());

  async function signIn(loginHint?: string) {
    const client = clientFor(sandbox);
    const request = await client.auth.createAuthorizationRequest({
      redirectUri: SIGN_IN_REDIRECT,
      ...(loginHint ? { loginHint } : {}),
    });
    const auto = new URL(request.url);
    auto.searchParams.set('auto', '1');
    const response = await fetch(auto, { redirect: 'manual' });
    const callback = response.headers.get('location') ?? '';
    return { client, request, callback };
  }

  it('signs in as a citizen, a body’s officer or the collecting office, and /v1/me says which', async () => {
    const citizen = await signIn();
    await citizen.client.auth.exchangeCode(citizen.request, citizen.callback);
    assert.deepEqual((await citizen.client.auth.me()).roles, []);

    const officer = await signIn('officer:truong-tieu-hoc-mau-a');
    await officer.client.auth.exchangeCode(officer.request, officer.callback);
    assert.deepEqual((await officer.client.auth.me()).roles, [
      { type: 'officer', unitCode: '10966', bodyId: 'truong-tieu-hoc-mau-a', bodyName: 'Trường Tiểu học mẫu A' },
    ]);
    const [mine] = (await officer.client.campaigns.mine()).items;
    assert.equal(mine?.report?.bodyId, 'truong-tieu-hoc-mau-a', 'the school reported in the sample data');

    const collector = await signIn('collector:binh-giang');
    await collector.client.auth.exchangeCode(collector.request, collector.callback);
    const me = await collector.client.auth.me();
    assert.deepEqual(me.roles, [{ type: 'collector', unitCode: '10966', office: 'Phòng Văn hóa – Xã hội' }]);
    assert.equal((await collector.client.campaigns.dashboard(CAMPAIGN)).campaignId, CAMPAIGN);

    const unknown = await signIn('officer:no-such-body');
    assert.equal(new URL(unknown.callback).searchParams.get('error'), 'invalid_request');
  });
});

describe('checkCampaignReport (the rules a widget shows inline)', () => {
  it('accepts good rows and names every broken rule with a Vietnamese and an English message', () => {
    assert.deepEqual(checkCampaignReport(report()), []);
    const issues = checkCampaignReport({
      rows: [
        { name: ' ', total: '', installed: 1 },
        { name: 'Tổ 2', total: 1.5, installed: -2 },
        { name: 'Tổ 3', total: 2_000_000, installed: 0, reason: 'x' },
        { name: 'Tổ 4', total: 5, installed: 5, notInstalled: 1 },
        { name: 'Tổ 5', total: 5, installed: 3, reason: '   ' },
      ],
    });
    assert.deepEqual(
      issues.map((i) => [i.param, i.rule]),
      [
        ['rows.0.name', 'required'],
        ['rows.0.total', 'required'],
        ['rows.1.total', 'not_whole_number'],
        ['rows.1.installed', 'negative'],
        ['rows.2.total', 'too_large'],
        ['rows.3.notInstalled', 'not_installed_mismatch'],
        ['rows.4.reason', 'reason_required'],
      ],
    );
    assert.deepEqual(issues[3]?.path, ['rows', 1, 'installed']);
    assert.equal(issues[3]?.vi, 'Đã cài đặt không được nhỏ hơn 0.');
    assert.equal(issues[3]?.en, 'Installed cannot be below 0.');
    assert.equal(
      issues.every((i) => i.vi === i.vi.normalize('NFC') && i.en.length > 0),
      true,
    );
    assert.deepEqual(
      checkCampaignReport({ rows: [] }).map((i) => i.rule),
      ['no_rows'],
    );
  });
});

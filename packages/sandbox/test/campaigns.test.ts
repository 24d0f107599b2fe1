import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SAMPLE_CAMPAIGN_ID as CAMPAIGN } from '../src/index.js';
import { call, jsonInit, rolloutReport, testSandbox } from './helpers.js';

const small = { feedback: 50, places: 20, dossiers: 10 };
const reportPath = (body: string) => `/v1/campaigns/${CAMPAIGN}/bodies/${body}/report`;

test('x-sandbox-now moves the clock only on a sandbox created with allowTimeTravel', async () => {
  const plain = testSandbox(small);
  const officer = { authorization: `Bearer ${plain.issueToken('officer:thon-mau-4')}` };
  const sent = await call(
    plain,
    reportPath('thon-mau-4'),
    jsonInit(rolloutReport(), { ...officer, 'idempotency-key': 'k1', 'x-sandbox-now': '2026-03-20T09:00:00+07:00' }),
  );
  assert.equal(sent.status, 201);
  assert.equal(sent.body.late, true, 'the header was ignored: the real clock is past 31/03/2026');
  assert.notEqual(sent.body.submittedAt, '2026-03-20T09:00:00+07:00');

  const travel = testSandbox({ ...small, allowTimeTravel: true });
  const token = { authorization: `Bearer ${travel.issueToken('officer:thon-mau-4')}` };
  const bad = await call(
    travel,
    reportPath('thon-mau-4'),
    jsonInit(rolloutReport(), { ...token, 'idempotency-key': 'k1', 'x-sandbox-now': 'yesterday' }),
  );
  assert.equal(bad.status, 400);
  assert.equal(bad.body.param, 'header.x-sandbox-now');
  const onTime = await call(
    travel,
    reportPath('thon-mau-4'),
    jsonInit(rolloutReport(), { ...token, 'idempotency-key': 'k2', 'x-sandbox-now': '2026-03-20T09:00:00+07:00' }),
  );
  assert.equal(onTime.body.submittedAt, '2026-03-20T09:00:00+07:00');
  assert.equal(onTime.body.late, false);
});

test('the clock option sets the time deadlines are judged by', async () => {
  const early = testSandbox({ ...small, clock: () => new Date('2026-03-10T08:00:00+07:00') });
  const collector = { authorization: `Bearer ${early.issueToken('collector:binh-giang')}` };
  const { body } = await call(early, `/v1/campaigns/${CAMPAIGN}/dashboard`, { headers: collector });
  assert.equal(body.asOf, '2026-03-10T08:00:00+07:00');
  assert.equal(body.overall.overdue, 0, 'no deadline has passed on 10 March');
  assert.ok(body.groups.every((g: { pastDue: boolean }) => !g.pastDue));
});

test('refusals are problems naming the field: unknown ids, units and groups, a missing key, English on request', async () => {
  const sandbox = testSandbox({ ...small, clock: () => Date.parse('2026-03-20T09:00:00+07:00') });
  const officer = { authorization: `Bearer ${sandbox.issueToken('officer:thon-mau-4')}` };
  assert.equal((await call(sandbox, '/v1/campaigns/nope')).body.param, 'path.campaign');
  const noBody = await call(sandbox, `/v1/campaigns/${CAMPAIGN}/bodies/nope/report`, { headers: officer });
  assert.equal(noBody.status, 404);
  assert.equal(noBody.body.param, 'path.body');
  assert.equal((await call(sandbox, '/v1/campaigns?unit=khong-co')).body.param, 'query.unit');
  assert.equal((await call(sandbox, `/v1/campaigns/${CAMPAIGN}/bodies?group=nope`)).body.param, 'query.group');
  const badId = await call(sandbox, '/v1/campaigns/Bad%20Id');
  assert.equal(badId.status, 400);
  assert.equal(badId.body.param, 'path.campaign');

  const noKey = await call(sandbox, reportPath('thon-mau-4'), jsonInit(rolloutReport(), officer));
  assert.equal(noKey.status, 400);
  assert.equal(noKey.body.code, 'idempotency_key_required');

  const rows = [{ name: 'Tổ 1', total: 5, installed: 7 }];
  const en = await call(
    sandbox,
    reportPath('thon-mau-4'),
    jsonInit(rolloutReport({ rows }), { ...officer, 'idempotency-key': 'k-en', 'accept-language': 'en' }),
  );
  assert.equal(en.status, 400);
  assert.deepEqual(en.body.errors, [
    {
      param: 'body.rows.0.installed',
      message: 'Installed (7) cannot exceed Total (5).',
      code: 'installed_exceeds_total',
    },
  ]);
  // A refused request is not remembered: the same key with a corrected body goes through.
  const fixed = await call(
    sandbox,
    reportPath('thon-mau-4'),
    jsonInit(rolloutReport(), { ...officer, 'idempotency-key': 'k-en', 'accept-language': 'en' }),
  );
  assert.equal(fixed.status, 201);
  assert.equal(fixed.headers.get('location'), `http://sandbox.test${reportPath('thon-mau-4')}`);
});

test('the dev sign-in page takes a login_hint for each role', async () => {
  const sandbox = testSandbox(small);
  const authorize = (hint: string) =>
    call(
      sandbox,
      `/sandbox/oauth/authorize?response_type=code&client_id=smart-haiphong-web&redirect_uri=${encodeURIComponent('http://127.0.0.1/cb')}` +
        `&state=s&code_challenge=${'a'.repeat(43)}&code_challenge_method=S256&login_hint=${encodeURIComponent(hint)}`,
    );
  const officer = await authorize('officer:tram-y-te');
  assert.equal(officer.status, 200);
  assert.match(officer.text, /Cán bộ mẫu – Trạm Y tế xã/);
  assert.match((await authorize('collector:binh-giang')).text, /Phòng Văn hóa – Xã hội/);
  const unknown = await authorize('officer:khong-co');
  assert.equal(unknown.status, 302);
  assert.equal(new URL(unknown.headers.get('location') ?? '').searchParams.get('error'), 'invalid_request');
  assert.throws(() => sandbox.issueToken('officer:khong-co'), RangeError);
});

test('sample data says so and names no real thôn or school; the same seed gives the same reports', async () => {
  const a = testSandbox(small);
  const campaign = (await call(a, `/v1/campaigns/${CAMPAIGN}`)).body;
  assert.equal(campaign.sample, true);
  assert.match(campaign.title, /dữ liệu mẫu/);
  assert.match(campaign.dispatch.number, /mẫu/);
  const bodies = (await call(a, `/v1/campaigns/${CAMPAIGN}/bodies`)).body.items as { name: string; groupId: string }[];
  for (const b of bodies.filter((x) => ['hamlet', 'school'].includes(x.groupId))) assert.match(b.name, /mẫu/);
  assert.equal(new Set(bodies.map((b) => b.name)).size, bodies.length);

  const collector = (s: ReturnType<typeof testSandbox>) => ({
    headers: { authorization: `Bearer ${s.issueToken('collector:binh-giang')}` },
  });
  const b = testSandbox(small);
  const reportsA = (await call(a, `/v1/campaigns/${CAMPAIGN}/reports`, collector(a))).body.items;
  const reportsB = (await call(b, `/v1/campaigns/${CAMPAIGN}/reports`, collector(b))).body.items;
  assert.deepEqual(reportsA, reportsB);
  for (const r of reportsA) {
    assert.equal(r.sample, true);
    for (const row of r.rows) {
      assert.equal(row.notInstalled, row.total - row.installed);
      assert.ok(row.installed <= row.total);
      if (row.notInstalled > 0) assert.ok(row.reason);
    }
  }
});

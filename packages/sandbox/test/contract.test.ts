import assert from 'node:assert/strict';
import { test } from 'node:test';
import { endpoints } from '@smart-haiphong/sdk';
import { PNG, call, jsonInit, rolloutReport, submission, testSandbox } from './helpers.js';

// Clocked before the hamlets' deadline (31/03/2026), so that a correction is accepted.
const sandbox = testSandbox({ clock: () => Date.parse('2026-03-20T09:00:00+07:00') });

test('every endpoint of the contract answers, and every answer passes its response schema', async () => {
  const samples = (await call(sandbox, '/sandbox/samples')).body;
  const token = sandbox.issueToken();
  const auth = { authorization: `Bearer ${token}` };
  const mine = samples.dossiers.find(
    (d: { ownedBySampleCitizen: boolean; status: number }) => d.ownedBySampleCitizen && d.status === 10,
  );
  const unrated = (await call(sandbox, '/v1/me/dossiers', { headers: auth })).body.items.find(
    (d: { status: { code: number }; rated: boolean }) => d.status.code === 10 && !d.rated,
  );
  const campaign = samples.campaign.id;
  const collector = { authorization: `Bearer ${sandbox.issueToken('collector:binh-giang')}` };
  const officer = { authorization: `Bearer ${sandbox.issueToken('officer:thon-mau-4')}` };
  const calls: Record<string, () => Promise<{ status: number }>> = {
    'units.list': () => call(sandbox, '/v1/units'),
    'units.get': () => call(sandbox, '/v1/units/binh-giang'),
    'config.get': () => call(sandbox, '/v1/config'),
    'feedback.categories': () => call(sandbox, '/v1/feedback/categories'),
    'feedback.statuses': () => call(sandbox, '/v1/feedback/statuses'),
    'feedback.list': () => call(sandbox, '/v1/feedback?limit=50&bbox=106.5,20.7,106.9,21.0&from=2026-01-01'),
    'feedback.clusters': () => call(sandbox, '/v1/feedback/clusters?bbox=106.0,20.6,107.0,21.2&zoom=10'),
    'feedback.get': () => call(sandbox, `/v1/feedback/${samples.feedback[0].id}`),
    'feedback.submit': () => call(sandbox, '/v1/feedback', jsonInit(submission(), { 'idempotency-key': 'contract-1' })),
    'feedback.uploadMedia': () =>
      call(sandbox, '/v1/media', { method: 'POST', headers: { 'content-type': 'image/png' }, body: PNG }),
    'dossiers.lookup': () => call(sandbox, `/v1/dossiers/${encodeURIComponent(samples.dossiers[0].code)}`),
    'dossiers.mine': () => call(sandbox, '/v1/me/dossiers', { headers: auth }),
    'dossiers.rate': () =>
      call(
        sandbox,
        `/v1/dossiers/${encodeURIComponent(unrated.code)}/rating`,
        jsonInit(
          {
            criteria: ['access', 'procedure', 'official', 'result', 'feedback'].map((id) => ({ id, score: 5 })),
            comment: 'Tốt',
          },
          auth,
        ),
      ),
    'dossiers.ratingCriteria': () => call(sandbox, '/v1/dossiers/rating-criteria'),
    'feedback.lookup': () => call(sandbox, `/v1/feedback/lookup/${samples.feedback[0].trackingCode}`),
    'procedures.search': () => call(sandbox, '/v1/procedures?q=chung%20thuc'),
    'procedures.get': () => call(sandbox, `/v1/procedures/${samples.procedureIds[0]}`),
    'places.categories': () => call(sandbox, '/v1/places/categories'),
    'places.nearby': () => call(sandbox, '/v1/places/nearby?point=20.8615,106.6830&radius=5000'),
    'places.search': () => call(sandbox, '/v1/places?q=benh%20vien'),
    'places.get': () => call(sandbox, `/v1/places/${samples.placeIds[0]}`),
    'news.categories': () => call(sandbox, '/v1/news/categories'),
    'news.list': () => call(sandbox, '/v1/news?unit=binh-giang'),
    'news.get': () => call(sandbox, `/v1/news/${samples.newsIds[0]}`),
    'auth.me': () => call(sandbox, '/v1/me', { headers: auth }),
    'campaigns.list': () => call(sandbox, '/v1/campaigns?unit=binh-giang'),
    'campaigns.get': () => call(sandbox, `/v1/campaigns/${campaign}`),
    'campaigns.summary': () => call(sandbox, `/v1/campaigns/${campaign}/summary`),
    'campaigns.bodies': () => call(sandbox, `/v1/campaigns/${campaign}/bodies?group=hamlet`),
    'campaigns.dashboard': () => call(sandbox, `/v1/campaigns/${campaign}/dashboard`, { headers: collector }),
    'campaigns.reports': () => call(sandbox, `/v1/campaigns/${campaign}/reports`, { headers: collector }),
    'campaigns.getReport': () =>
      call(sandbox, `/v1/campaigns/${campaign}/bodies/thon-mau-1/report`, { headers: collector }),
    'campaigns.submitReport': () =>
      call(
        sandbox,
        `/v1/campaigns/${campaign}/bodies/thon-mau-4/report`,
        jsonInit(rolloutReport(), { ...officer, 'idempotency-key': 'contract-report-1' }),
      ),
    'campaigns.correctReport': () =>
      call(
        sandbox,
        `/v1/campaigns/${campaign}/bodies/thon-mau-4/report`,
        jsonInit(rolloutReport(), { ...officer, 'idempotency-key': 'contract-report-2' }, 'PUT'),
      ),
    'campaigns.mine': () => call(sandbox, '/v1/me/campaign-reports', { headers: officer }),
  };
  assert.ok(mine);
  for (const e of endpoints) {
    const run = calls[e.id];
    assert.ok(run, `the test has no call for ${e.id}`);
    const { status } = await run();
    assert.equal(status, e.status ?? 200, e.id);
  }
});

test('every list is non-empty in Vietnamese NFC text, and sample data says so', async () => {
  const news = (await call(sandbox, '/v1/news?limit=100')).body;
  assert.ok(news.items.length > 10);
  for (const a of news.items) {
    assert.ok(a.title.startsWith('Dữ liệu mẫu'), a.title);
    assert.equal(a.sample, true);
    assert.equal(a.title, a.title.normalize('NFC'));
  }
  const fb = (await call(sandbox, '/v1/feedback?limit=100')).body;
  for (const f of fb.items) assert.equal(f.title, f.title.normalize('NFC'));
  const generated = (await call(sandbox, '/sandbox/samples')).body.feedback[0].id;
  assert.equal((await call(sandbox, `/v1/feedback/${generated}`)).body.sample, true);
  const config = (await call(sandbox, '/v1/config')).body;
  assert.equal(config.sampleData, true);
});

test('unknown paths and methods are problems', async () => {
  const missing = await call(sandbox, '/v1/nothing-here');
  assert.equal(missing.status, 404);
  assert.equal(missing.body.code, 'not_found');
  const method = await call(sandbox, '/v1/units', { method: 'DELETE' });
  assert.equal(method.status, 405);
  assert.equal(method.headers.get('allow'), 'GET, HEAD', 'HEAD is served wherever GET is');
});

test('the OpenAPI document is served with this origin as its server', async () => {
  const { status, body } = await call(sandbox, '/openapi.json');
  assert.equal(status, 200);
  assert.match(body.openapi, /^3\.1/);
  assert.equal(body.servers?.[0]?.url, 'http://sandbox.test');
});

test('news bodies carry hostile markup for the sanitiser to remove, and images are served', async () => {
  const list = (await call(sandbox, '/v1/news?limit=20')).body;
  const bodies = await Promise.all(
    list.items.map(async (a: { id: string }) => (await call(sandbox, `/v1/news/${a.id}`)).body.bodyHtml as string),
  );
  assert.ok(bodies.some((b) => b.includes('<script')));
  assert.ok(bodies.some((b) => /onerror=/.test(b)));
  const image = await sandbox.handle(new Request(list.items[0].imageUrl));
  assert.equal(image.status, 200);
  assert.match(image.headers.get('content-type') ?? '', /image\/svg\+xml/);
  assert.match(await image.text(), /Dữ liệu mẫu/);
  const binhGiang = (await call(sandbox, '/v1/news?unit=10966')).body;
  assert.ok(binhGiang.items.length >= 3);
});

test('Accept-Language picks English names where the API has them', async () => {
  const en = (await call(sandbox, '/v1/config', { headers: { 'accept-language': 'en-GB,en;q=0.9,vi;q=0.5' } })).body;
  assert.equal(en.emergencyNumbers[0].name, 'Police');
  const vi = (await call(sandbox, '/v1/config', { headers: { 'accept-language': 'vi-VN' } })).body;
  assert.equal(vi.emergencyNumbers[0].name, 'Công an');
  const problem = (await call(sandbox, '/v1/units/99999', { headers: { 'accept-language': 'en' } })).body;
  assert.equal(problem.title, 'Not found');
});

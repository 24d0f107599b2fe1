import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maskName } from '../src/index.js';
import { NOW, call, jsonInit, testSandbox } from './helpers.js';

const sandbox = testSandbox();
const samples = (await call(sandbox, '/sandbox/samples')).body;

test('names are masked to their first letters', () => {
  assert.equal(maskName('Nguyễn Văn An'), 'Ng*** V** A*');
  assert.equal(maskName('Trần Thị Thu Hương'), 'Tr** Th* Th* H***');
  assert.equal(maskName('Đỗ Ánh'), 'Đ* Á**');
});

test('the public lookup masks the applicant and shows no personal details', async () => {
  sandbox.resetRateLimits();
  const code = samples.dossiers[0].code;
  const r = await call(sandbox, `/v1/dossiers/${encodeURIComponent(code)}`, {});
  assert.equal(r.status, 200);
  assert.match(r.body.applicantName, /^\p{L}{1,2}\*+( \p{L}{1,2}\*+)+$/u);
  for (const field of ['applicantPhone', 'applicantAddress', 'documents', 'rating'])
    assert.ok(!(field in r.body), field);
  assert.ok(!/\d{3} \d{3} \d{3,4}/.test(r.text), 'no phone number anywhere');
});

test('codes are parsed leniently: spaces, lower case, en dashes', async () => {
  sandbox.resetRateLimits();
  const code: string = samples.dossiers[3].code;
  const sloppy = ` ${code.toLowerCase().replace(/-/g, ' – ')} `;
  const r = await call(sandbox, `/v1/dossiers/${encodeURIComponent(sloppy)}`);
  assert.equal(r.status, 200);
  assert.equal(r.body.code, code);
  const bad = await call(sandbox, '/v1/dossiers/not-a-code');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.param, 'path.code');
  const unknown = await call(sandbox, '/v1/dossiers/000.00.01.H26-200101-0001');
  assert.equal(unknown.status, 404);
});

test('every one of the ten statuses is present, some dossiers are overdue, timelines end in the status', async () => {
  const all = [...sandbox.store.dossiers.values()].map((r) => r.dossier);
  assert.deepEqual(
    [...new Set(all.map((d) => d.status.code))].sort((a, b) => a - b),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  );
  assert.ok(all.some((d) => d.overdue));
  assert.ok(all.some((d) => d.completedAt !== null));
  for (const d of all) {
    assert.equal(d.timeline.at(-1)?.status.code, d.status.code, d.code);
    const times = d.timeline.map((e) => Date.parse(e.at));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
      d.code,
    );
    if (d.overdue) assert.ok(d.dueAt && Date.parse(d.dueAt) < NOW && d.completedAt === null);
  }
  assert.ok(samples.dossiers.some((d: { overdue: boolean }) => d.overdue));
});

test('lookups are rate-limited per client address: 429 with Retry-After', async () => {
  sandbox.resetRateLimits();
  const code = encodeURIComponent(samples.dossiers[0].code);
  const statuses: number[] = [];
  let last;
  for (let k = 0; k < 12; k++) {
    last = await call(sandbox, `/v1/dossiers/${code}`, {}, { clientAddress: '203.0.113.7' });
    statuses.push(last.status);
  }
  assert.deepEqual(statuses, [...Array(10).fill(200), 429, 429]);
  assert.equal(last!.body.code, 'rate_limited');
  const wait = Number(last!.headers.get('retry-after'));
  assert.ok(wait >= 1 && wait <= 60, `Retry-After ${wait}`);
  const other = await call(sandbox, `/v1/dossiers/${code}`, {}, { clientAddress: '203.0.113.8' });
  assert.equal(other.status, 200);
});

test('a header the client chooses does not reset the lookup limit (issue 9, case 15)', async () => {
  sandbox.resetRateLimits();
  const code = encodeURIComponent(samples.dossiers[0].code);
  const statuses: number[] = [];
  for (let k = 0; k < 12; k++) {
    const headers = { 'x-sandbox-client': `rotating-${k}`, 'x-forwarded-for': `198.51.100.${k}` };
    statuses.push((await call(sandbox, `/v1/dossiers/${code}`, { headers }, { clientAddress: '203.0.113.9' })).status);
  }
  assert.deepEqual(statuses, [...Array(10).fill(200), 429, 429]);
});

test('lookups and personal answers are never cached: Cache-Control: no-store (issue 9, case 14)', async () => {
  sandbox.resetRateLimits();
  const token = sandbox.issueToken();
  const auth = { headers: { authorization: `Bearer ${token}` } };
  for (const path of ['/v1/me', '/v1/me/dossiers', `/v1/dossiers/${encodeURIComponent(samples.dossiers[0].code)}`]) {
    const r = await call(sandbox, path, auth);
    assert.equal(r.status, 200, path);
    assert.equal(r.headers.get('cache-control'), 'no-store', path);
  }
  // Refused too: a 401 to a personal endpoint is not kept either.
  assert.equal((await call(sandbox, '/v1/me')).headers.get('cache-control'), 'no-store');
  // Public answers stay cacheable.
  assert.notEqual((await call(sandbox, '/v1/units')).headers.get('cache-control'), 'no-store');
});

test("'mine' and 'rate' need a token", async () => {
  assert.equal((await call(sandbox, '/v1/me/dossiers')).status, 401);
  assert.equal(
    (await call(sandbox, '/v1/me/dossiers', { headers: { authorization: 'Bearer nope' } })).body.code,
    'invalid_token',
  );
  const code = encodeURIComponent(samples.dossiers[0].code);
  assert.equal((await call(sandbox, `/v1/dossiers/${code}/rating`, jsonInit({ score: 4 }))).status, 401);
});

test('the owner sees full details and rates a finished dossier once', async () => {
  const auth = { authorization: `Bearer ${sandbox.issueToken()}` };
  const mine = (await call(sandbox, '/v1/me/dossiers', { headers: auth })).body.items;
  assert.ok(mine.length >= 8);
  assert.ok(mine.every((d: { applicantName: string }) => d.applicantName === 'Nguyễn Thị Mai'));
  assert.ok(mine[0].applicantPhone);
  const times = mine.map((d: { submittedAt: string }) => Date.parse(d.submittedAt));
  assert.deepEqual(
    times,
    [...times].sort((a, b) => b - a),
  );
  const unrated = mine.find((d: { completedAt: string | null; rated: boolean }) => d.completedAt && !d.rated);
  const path = `/v1/dossiers/${encodeURIComponent(unrated.code)}/rating`;
  const bad = await call(sandbox, path, jsonInit({ score: 9 }, auth));
  assert.equal(bad.body.param, 'body.score');
  const rated = await call(sandbox, path, jsonInit({ score: 4, comment: ' Nhanh ' }, auth));
  assert.equal(rated.status, 200);
  assert.equal(rated.body.rated, true);
  assert.deepEqual([rated.body.rating.score, rated.body.rating.comment], [4, 'Nhanh']);
  assert.equal((await call(sandbox, path, jsonInit({ score: 5 }, auth))).status, 409);
  const open = mine.find((d: { completedAt: string | null }) => d.completedAt === null);
  assert.equal(
    (await call(sandbox, `/v1/dossiers/${encodeURIComponent(open.code)}/rating`, jsonInit({ score: 5 }, auth))).status,
    409,
  );
  const someoneElses = samples.dossiers.find(
    (d: { ownedBySampleCitizen: boolean; status: number }) => !d.ownedBySampleCitizen && d.status === 10,
  );
  assert.equal(
    (await call(sandbox, `/v1/dossiers/${encodeURIComponent(someoneElses.code)}/rating`, jsonInit({ score: 5 }, auth)))
      .status,
    404,
  );
});

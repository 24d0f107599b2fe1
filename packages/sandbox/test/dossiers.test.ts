import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dossierDeadline } from '@smart-haiphong/sdk';
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
  const sms = `Ho so ${code.toLowerCase()} da duoc tiep nhan`;
  const pasted = await call(sandbox, `/v1/dossiers/${encodeURIComponent(sms)}`);
  assert.equal(pasted.body.code, code);
  const bad = await call(sandbox, '/v1/dossiers/not-a-code');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.param, 'path.code');
  const unknown = await call(sandbox, '/v1/dossiers/000.00.01.H26-200101-0001');
  assert.equal(unknown.status, 404);
});

test('every status is present on time and late; timelines end in the status', async () => {
  const all = [...sandbox.store.dossiers.values()].map((r) => r.dossier);
  const statuses = (list: typeof all) => [...new Set(list.map((d) => d.status.code))].sort((a, b) => a - b);
  const late = all.filter((d) => dossierDeadline(d, NOW).overdue);
  const onTime = all.filter((d) => !dossierDeadline(d, NOW).overdue);
  assert.deepEqual(statuses(onTime), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  assert.deepEqual(statuses(late), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  for (const d of all) {
    assert.equal(d.timeline.at(-1)?.status.code, d.status.code, d.code);
    const times = d.timeline.map((e) => Date.parse(e.at));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
      d.code,
    );
    assert.ok(
      times.every((t) => t <= NOW),
      d.code,
    );
    // Linked to a real procedure of the catalogue.
    assert.equal(sandbox.store.procedures.get(d.procedureId)?.name, d.procedureName, d.code);
    assert.equal(d.sample, true);
    // What the citizen must do now, exactly at the statuses that ask for it.
    assert.equal(d.supplement !== null, d.status.code === 5, d.code);
    assert.equal(d.payment !== null, d.status.code === 6, d.code);
    assert.equal(d.resultPickup !== null, d.status.code === 9 || d.status.code === 10, d.code);
    assert.equal(d.completedAt !== null, [3, 7, 8, 9, 10].includes(d.status.code), d.code);
  }
  assert.ok(samples.dossiers.some((d: { overdue: boolean }) => d.overdue));
  assert.ok(samples.dossiers.some((d: { overdue: boolean }) => !d.overdue));
});

test('status 5 names the papers asked for, 6 the fee and how to pay, 9 and 10 where to collect', async () => {
  sandbox.resetRateLimits();
  const at = async (status: number) => {
    const s = samples.dossiers.find((d: { status: number }) => d.status === status);
    const r = await call(sandbox, `/v1/dossiers/${encodeURIComponent(s.code)}`);
    assert.equal(r.status, 200);
    return r.body;
  };
  const five = await at(5);
  assert.ok(five.supplement.papers.length >= 1);
  const procedure = sandbox.store.procedures.get(five.procedureId)!;
  const listed = procedure.requiredPapers.flatMap((g) => g.papers.map((p) => p.name));
  for (const p of five.supplement.papers)
    assert.ok(listed.includes(p.name), `${p.name} is one of the procedure's papers`);
  assert.match(five.supplement.deadline, /^\d{4}-\d{2}-\d{2}$/);
  const six = await at(6);
  assert.ok(six.payment.amountVnd > 0);
  const online = six.payment.methods.find((m: { kind: string }) => m.kind === 'online');
  assert.ok(online.url.startsWith('http://sandbox.test/sandbox/pay/'));
  const page = await sandbox.handle(new Request(online.url));
  assert.equal(page.status, 200);
  assert.match(await page.text(), /không có giao dịch thật/);
  const nine = await at(9);
  assert.equal(nine.resultPickup.collectedAt, null);
  assert.ok(nine.resultPickup.place.includes('Trung tâm Phục vụ hành chính công'));
  const ten = await at(10);
  assert.ok(ten.resultPickup.collectedAt);
  for (const d of [five, six, nine, ten]) {
    assert.ok(!('official' in d), 'the official is shown to the owner only');
    assert.ok(Array.isArray(d.holidays));
  }
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

const fullRating = (score = 4) => ({
  criteria: ['access', 'procedure', 'official', 'result', 'feedback'].map((id) => ({ id, score })),
});

test("'mine' and 'rate' need a token", async () => {
  assert.equal((await call(sandbox, '/v1/me/dossiers')).status, 401);
  assert.equal(
    (await call(sandbox, '/v1/me/dossiers', { headers: { authorization: 'Bearer nope' } })).body.code,
    'invalid_token',
  );
  const code = encodeURIComponent(samples.dossiers[0].code);
  assert.equal((await call(sandbox, `/v1/dossiers/${code}/rating`, jsonInit(fullRating()))).status, 401);
});

test('the rating criteria are the five factors of the national survey, on a five-point scale', async () => {
  const r = await call(sandbox, '/v1/dossiers/rating-criteria');
  assert.equal(r.status, 200);
  assert.deepEqual(
    r.body.criteria.map((c: { id: string }) => c.id),
    ['access', 'procedure', 'official', 'result', 'feedback'],
  );
  assert.equal(r.body.criteria[2].name, 'Công chức trực tiếp giải quyết công việc');
  assert.deepEqual(
    r.body.scale.map((s: { name: string }) => s.name),
    ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'],
  );
  assert.match(r.body.source, /2640\/QĐ-BNV/);
});

test('the owner sees full details, paged, and rates a returned dossier once', async () => {
  const auth = { authorization: `Bearer ${sandbox.issueToken()}` };
  const first = (await call(sandbox, '/v1/me/dossiers?limit=5', { headers: auth })).body;
  assert.equal(first.items.length, 5);
  assert.ok(first.total >= 8);
  const rest = (await call(sandbox, `/v1/me/dossiers?limit=5&cursor=${first.nextCursor}`, { headers: auth })).body;
  const mine = [...first.items, ...rest.items];
  assert.equal(mine.length, first.total);
  assert.ok(mine.every((d: { applicantName: string }) => d.applicantName === 'Nguyễn Thị Mai'));
  assert.ok(mine[0].applicantPhone);
  assert.ok(mine.every((d: { official: { name: string } }) => d.official.name.length > 3));
  const times = mine.map((d: { submittedAt: string }) => Date.parse(d.submittedAt));
  assert.deepEqual(
    times,
    [...times].sort((a, b) => b - a),
  );
  const unrated = mine.find((d: { status: { code: number }; rated: boolean }) => d.status.code === 10 && !d.rated);
  assert.equal(unrated.rateable, true);
  const path = `/v1/dossiers/${encodeURIComponent(unrated.code)}/rating`;
  const bad = await call(sandbox, path, jsonInit({ criteria: [{ id: 'access', score: 9 }] }, auth));
  assert.equal(bad.status, 400);
  assert.match(bad.body.param, /^body\.criteria/);
  const missing = await call(sandbox, path, jsonInit({ criteria: fullRating().criteria.slice(1) }, auth));
  assert.equal(missing.status, 400);
  assert.equal(missing.body.param, 'body.criteria');
  const body = fullRating(4);
  body.criteria[2] = { id: 'official', score: 5, comment: ' Nhiệt tình ' } as never;
  const rated = await call(sandbox, path, jsonInit({ ...body, comment: ' Nhanh ' }, auth));
  assert.equal(rated.status, 200);
  assert.equal(rated.body.rated, true);
  assert.equal(rated.body.rateable, false);
  assert.equal(rated.body.rating.criteria.find((c: { id: string }) => c.id === 'official').comment, 'Nhiệt tình');
  assert.equal(rated.body.rating.average, 4.2);
  assert.equal(rated.body.rating.comment, 'Nhanh');
  assert.equal(rated.body.rating.official.name, unrated.official.name);
  const again = await call(sandbox, path, jsonInit(fullRating(5), auth));
  assert.equal(again.status, 409);
  assert.equal(again.body.code, 'already_rated');
  for (const status of [9, 4]) {
    const d = mine.find((x: { status: { code: number } }) => x.status.code === status);
    const r = await call(sandbox, `/v1/dossiers/${encodeURIComponent(d.code)}/rating`, jsonInit(fullRating(), auth));
    assert.equal(r.status, 409, `status ${status}`);
    assert.equal(r.body.code, 'not_rateable');
  }
  const someoneElses = samples.dossiers.find(
    (d: { ownedBySampleCitizen: boolean; status: number }) => !d.ownedBySampleCitizen && d.status === 10,
  );
  assert.equal(
    (await call(sandbox, `/v1/dossiers/${encodeURIComponent(someoneElses.code)}/rating`, jsonInit(fullRating(), auth)))
      .status,
    404,
  );
});

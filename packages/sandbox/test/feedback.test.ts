import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Feedback, type FeedbackSummary, matchesSearch } from '@smart-haiphong/sdk';
import { haversine } from '../src/util/geo.js';
import { NOW, call, jsonInit, submission, testSandbox } from './helpers.js';

const sandbox = testSandbox();
type Page = { items: FeedbackSummary[]; nextCursor: string | null; total?: number };

test('pages walk a list newest first, without gaps or repeats, to its total', async () => {
  const seen: FeedbackSummary[] = [];
  let cursor: string | null = '';
  let total = 0;
  while (cursor !== null) {
    const page: Page = (
      await call<Page>(sandbox, `/v1/feedback?unit=binh-giang&limit=7${cursor ? `&cursor=${cursor}` : ''}`)
    ).body;
    total = page.total ?? -1;
    seen.push(...page.items);
    cursor = page.nextCursor;
  }
  assert.ok(total > 7);
  assert.equal(seen.length, total);
  assert.equal(new Set(seen.map((f) => f.id)).size, total);
  assert.ok(seen.every((f) => f.unitCode === '10966'));
  const times = seen.map((f) => Date.parse(f.createdAt));
  assert.deepEqual(
    times,
    [...times].sort((a, b) => b - a),
  );
});

test('bbox, category and date filters hold for every item', async () => {
  const bbox = [106.6, 20.8, 106.75, 20.9];
  const page = (
    await call<Page>(sandbox, `/v1/feedback?bbox=${bbox.join(',')}&category=ha-tang&from=2026-01-01&limit=100`)
  ).body;
  assert.ok(page.items.length > 0);
  for (const f of page.items) {
    assert.ok(
      f.location.lon >= bbox[0]! &&
        f.location.lon <= bbox[2]! &&
        f.location.lat >= bbox[1]! &&
        f.location.lat <= bbox[3]!,
    );
    assert.ok(Date.parse(f.createdAt) >= Date.parse('2026-01-01T00:00:00+07:00'));
  }
  const categories = (await call(sandbox, '/v1/feedback/categories')).body.items;
  const infra = new Set(
    categories.filter((c: { group: string }) => c.group === 'ha-tang').map((c: { id: string }) => c.id),
  );
  assert.ok(page.items.every((f) => infra.has(f.categoryId)));
});

test('near lists reports within the radius, nearest first', async () => {
  const [lat, lon] = [20.8449, 106.6881];
  const page = (await call<Page>(sandbox, `/v1/feedback?near=${lat},${lon}&radius=1500&limit=50`)).body;
  assert.ok(page.items.length > 0);
  const d = page.items.map((f) => haversine(lat, lon, f.location.lat, f.location.lon));
  assert.ok(d.every((x) => x <= 1502));
  for (let k = 1; k < d.length; k++) assert.ok(d[k]! >= d[k - 1]! - 2);
});

test('text search ignores tone marks', async () => {
  const page = (await call<Page>(sandbox, '/v1/feedback?q=ngap%20sau&limit=20')).body;
  assert.ok(page.items.length > 0);
  for (const f of page.items.slice(0, 5)) {
    const full = (await call<Feedback>(sandbox, `/v1/feedback/${f.id}`)).body;
    assert.ok(matchesSearch(`${full.title} ${full.content} ${full.address}`, 'ngập sâu'));
  }
});

test('a report is found by its tracking code as well as its id', async () => {
  const first = (await call<Page>(sandbox, '/v1/feedback?limit=3')).body.items[2]!;
  const byCode = await call<Feedback>(sandbox, `/v1/feedback/${first.trackingCode}`);
  assert.equal(byCode.body.id, first.id);
  assert.equal((await call(sandbox, '/v1/feedback/PA-991231-0001')).status, 404);
});

test('generated reports are consistent: timeline ends in the status, answers only when closed, in the city', async () => {
  const page = (await call<Page>(sandbox, '/v1/feedback?limit=100&from=2025-01-01')).body;
  const [w, s, e, n] = sandbox.store.cityBBox;
  for (const summary of page.items) {
    const f = (await call<Feedback>(sandbox, `/v1/feedback/${summary.id}`)).body;
    assert.equal(f.timeline.at(-1)!.status, f.status);
    assert.equal(f.timeline[0]!.status, 'pending');
    const times = f.timeline.map((t) => Date.parse(t.at));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
    );
    assert.ok(Date.parse(f.updatedAt) <= NOW && Date.parse(f.createdAt) <= Date.parse(f.updatedAt));
    assert.equal(f.answer !== null, ['resolved', 'rejected'].includes(f.status), f.id);
    if (f.answer) assert.match(f.answer.agency, /^(UBND|Công an|Sở|Văn phòng|Tổng đài)/);
    assert.ok(f.location.lon >= w && f.location.lon <= e && f.location.lat >= s && f.location.lat <= n);
    assert.match(f.trackingCode, /^PA-\d{6}-\d{4}$/);
    assert.equal(f.photos.length, f.photoCount);
    assert.equal(f.content, f.content.normalize('NFC'));
  }
});

test('a private report is hidden from lists and from others, but visible to its reporter', async () => {
  const token = sandbox.issueToken();
  const sent = await call(
    sandbox,
    '/v1/feedback',
    jsonInit(submission({ public: false, title: 'Phản ánh riêng tư về tiếng ồn' }), {
      'idempotency-key': 'private-1',
      authorization: `Bearer ${token}`,
    }),
  );
  assert.equal(sent.status, 201);
  assert.equal((await call(sandbox, `/v1/feedback/${sent.body.id}`)).status, 404);
  const own = await call<Feedback>(sandbox, `/v1/feedback/${sent.body.id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  assert.equal(own.status, 200);
  assert.equal(own.body.public, false);
  const list = (await call<Page>(sandbox, '/v1/feedback?limit=5')).body;
  assert.ok(!list.items.some((f) => f.id === sent.body.id));
});

test('a public report sent now heads the list, with the reporter never shown', async () => {
  const sent = await call(
    sandbox,
    '/v1/feedback',
    jsonInit(submission({ contact: { name: 'Lê Văn Bình', phone: '0912 111 222' } }), {
      'idempotency-key': 'public-1',
    }),
  );
  const list = (await call<Page>(sandbox, '/v1/feedback?limit=1')).body;
  assert.equal(list.items[0]!.id, sent.body.id);
  const full = await call(sandbox, `/v1/feedback/${sent.body.id}`);
  assert.ok(!full.text.includes('Lê Văn Bình') && !full.text.includes('0912 111 222'));
});

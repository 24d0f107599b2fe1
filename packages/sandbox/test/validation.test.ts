import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, jsonInit, submission, testSandbox } from './helpers.js';

const sandbox = testSandbox();
let key = 0;
const post = (body: unknown, headers: Record<string, string> = {}) =>
  call(sandbox, '/v1/feedback', jsonInit(body, { 'idempotency-key': `validation-${++key}`, ...headers }));

test('a bad query parameter is a 400 validation_failed naming query.<field>', async () => {
  const r = await call(sandbox, '/v1/feedback/clusters?bbox=106,21,105,20&zoom=10');
  assert.equal(r.status, 400);
  assert.equal(r.body.code, 'validation_failed');
  assert.equal(r.body.param, 'query.bbox');
  assert.ok(r.body.errors.length >= 1);
  const zoom = await call(sandbox, '/v1/feedback/clusters?bbox=106,20,107,21&zoom=40');
  assert.equal(zoom.body.param, 'query.zoom');
  const missing = await call(sandbox, '/v1/feedback/clusters?zoom=10');
  assert.equal(missing.body.param, 'query.bbox');
  const limit = await call(sandbox, '/v1/places?limit=0');
  assert.equal(limit.body.param, 'query.limit');
});

test('unknown filter values name their field', async () => {
  assert.equal((await call(sandbox, '/v1/feedback?category=nope')).body.param, 'query.category');
  assert.equal((await call(sandbox, '/v1/feedback?status=done')).body.param, 'query.status');
  assert.equal((await call(sandbox, '/v1/feedback?unit=nowhere')).body.param, 'query.unit');
  assert.equal((await call(sandbox, '/v1/places/nearby?point=20.8,106.6&category=zoo')).body.param, 'query.category');
  assert.equal((await call(sandbox, '/v1/feedback?cursor=xyz')).body.param, 'query.cursor');
});

test('a bad body field is a 400 naming body.<path>', async () => {
  const lat = await post(submission({ location: { lat: 'north', lon: 106.6 } }));
  assert.equal(lat.status, 400);
  assert.equal(lat.body.param, 'body.location.lat');
  const title = await post(submission({ title: '  ab ' }));
  assert.equal(title.body.param, 'body.title');
  const phone = await post(submission({ contact: { name: 'An', phone: 'abc' } }));
  assert.equal(phone.body.param, 'body.contact.phone');
  const several = await post(submission({ title: '', content: '' }));
  assert.deepEqual(several.body.errors.map((e: { param: string }) => e.param).sort(), ['body.content', 'body.title']);
});

test('a location outside Hải Phòng is a 400 naming body.location', async () => {
  const hanoi = await post(submission({ location: { lat: 21.0285, lon: 105.8542 }, unit: undefined }));
  assert.equal(hanoi.status, 400);
  assert.equal(hanoi.body.param, 'body.location');
  const en = await post(submission({ location: { lat: 10.77, lon: 106.7 } }), { 'accept-language': 'en' });
  assert.match(en.body.detail, /outside Hải Phòng/);
});

test('unknown category, unit and photo ids name their field', async () => {
  assert.equal((await post(submission({ categoryId: 'nope' }))).body.param, 'body.categoryId');
  assert.equal((await post(submission({ unit: 'atlantis' }))).body.param, 'body.unit');
  assert.equal((await post(submission({ photoIds: ['media-999'] }))).body.param, 'body.photoIds.0');
});

test('a body that is not JSON, or not sent as JSON, is refused', async () => {
  const broken = await call(sandbox, '/v1/feedback', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': 'broken-json' },
    body: '{"title":',
  });
  assert.equal(broken.status, 400);
  assert.equal(broken.body.code, 'invalid_json');
  const form = await call(sandbox, '/v1/feedback', {
    method: 'POST',
    headers: { 'content-type': 'text/plain', 'idempotency-key': 'text-body' },
    body: 'hello',
  });
  assert.equal(form.status, 415);
});

test('text is stored NFC-normalised, and the unit is derived from the location when absent', async () => {
  const decomposed = 'Đèn đường hỏng'.normalize('NFD');
  const r = await post(submission({ title: decomposed, unit: undefined, location: { lat: 20.8449, lon: 106.6881 } }));
  assert.equal(r.status, 201);
  const report = (await call(sandbox, `/v1/feedback/${r.body.id}`)).body;
  assert.equal(report.title, 'Đèn đường hỏng'.normalize('NFC'));
  assert.ok(/^\d{5}$/.test(report.unitCode));
  assert.equal(report.status, 'pending');
  assert.match(report.trackingCode, /^PA-\d{6}-\d{4,}$/);
});

test('text is cleaned before its limits are checked, and counted as the citizen sees it', async () => {
  const zeroWidth = await post(submission({ title: '\u200B'.repeat(6) }));
  assert.equal(zeroWidth.status, 400);
  assert.equal(zeroWidth.body.param, 'body.title');
  const overrides = await post(submission({ title: `${'\u202E'.repeat(5)}a` }));
  assert.equal(overrides.status, 400, 'five right-to-left overrides and one letter is one character');
  assert.equal(overrides.body.param, 'body.title');
  assert.match(overrides.body.errors[0].message, /at least 5/);
  const blankName = await post(submission({ contact: { name: '\u2066\u2069\u200B ' } }));
  assert.equal(blankName.body.param, 'body.contact.name');

  const nfd = 'ề'.repeat(60).normalize('NFD'); // 180 UTF-16 units, 60 characters
  const decomposed = await post(submission({ title: nfd }));
  assert.equal(decomposed.status, 201);
  assert.equal((await call(sandbox, `/v1/feedback/${decomposed.body.id}`)).body.title, 'ề'.repeat(60));

  const warned = 'a'.repeat(139) + '⚠️'.repeat(10); // 149 characters, 159 UTF-16 units
  const accepted = await post(submission({ title: `\u200B${warned} `, address: `\u202ESố 5 \u200Bđường Lê Lợi` }));
  assert.equal(accepted.status, 201);
  const stored = (await call(sandbox, `/v1/feedback/${accepted.body.id}`)).body;
  assert.equal(stored.title, warned);
  assert.equal(stored.address, 'Số 5 đường Lê Lợi');
  const tooLong = await post(submission({ title: `${warned}ab` }));
  assert.equal(tooLong.body.param, 'body.title');
  const address = await post(submission({ address: 'đ'.repeat(301) }));
  assert.equal(address.status, 400);
  assert.equal(address.body.param, 'body.address');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JPEG, PNG, call, jsonInit, submission, testSandbox } from './helpers.js';

test('the same key and body twice creates one report and replays the first answer', async () => {
  const sandbox = testSandbox();
  const before = sandbox.store.feedback.size;
  const first = await call(sandbox, '/v1/feedback', jsonInit(submission(), { 'idempotency-key': 'k-1' }));
  const second = await call(sandbox, '/v1/feedback', jsonInit(submission(), { 'idempotency-key': 'k-1' }));
  assert.equal(first.status, 201);
  assert.equal(second.status, 201);
  assert.equal(second.text, first.text);
  assert.equal(second.headers.get('idempotent-replayed'), 'true');
  assert.equal(first.headers.get('idempotent-replayed'), null);
  assert.equal(sandbox.store.feedback.size, before + 1);
});

test('concurrent duplicates create one report', async () => {
  const sandbox = testSandbox();
  const before = sandbox.store.feedback.size;
  const answers = await Promise.all(
    Array.from({ length: 8 }, () =>
      call(sandbox, '/v1/feedback', jsonInit(submission(), { 'idempotency-key': 'same-key' })),
    ),
  );
  assert.equal(sandbox.store.feedback.size, before + 1);
  assert.equal(new Set(answers.map((a) => a.body.id)).size, 1);
  assert.ok(answers.every((a) => a.status === 201));
  assert.equal(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true').length, 7);
});

test('the same key with a different body is a 422 problem and creates nothing', async () => {
  const sandbox = testSandbox();
  await call(sandbox, '/v1/feedback', jsonInit(submission(), { 'idempotency-key': 'k-2' }));
  const size = sandbox.store.feedback.size;
  const other = await call(
    sandbox,
    '/v1/feedback',
    jsonInit(submission({ title: 'Một phản ánh khác hẳn' }), { 'idempotency-key': 'k-2' }),
  );
  assert.equal(other.status, 422);
  assert.equal(other.body.code, 'idempotency_key_reused');
  assert.equal(sandbox.store.feedback.size, size);
});

test('a submission without Idempotency-Key is a 400 problem', async () => {
  const sandbox = testSandbox();
  const r = await call(sandbox, '/v1/feedback', jsonInit(submission()));
  assert.equal(r.status, 400);
  assert.equal(r.body.code, 'idempotency_key_required');
  assert.equal(r.body.param, 'header.Idempotency-Key');
});

test('a refused request is not remembered: the corrected retry with the same key goes through', async () => {
  const sandbox = testSandbox();
  const bad = await call(sandbox, '/v1/feedback', jsonInit(submission({ title: 'x' }), { 'idempotency-key': 'k-3' }));
  assert.equal(bad.status, 400);
  const good = await call(sandbox, '/v1/feedback', jsonInit(submission(), { 'idempotency-key': 'k-3' }));
  assert.equal(good.status, 201);
});

test('keys are per signed-in citizen and per operation', async () => {
  const sandbox = testSandbox();
  const size = sandbox.store.feedback.size;
  const token = sandbox.issueToken();
  await call(sandbox, '/v1/feedback', jsonInit(submission(), { 'idempotency-key': 'shared' }));
  await call(
    sandbox,
    '/v1/feedback',
    jsonInit(submission(), { 'idempotency-key': 'shared', authorization: `Bearer ${token}` }),
  );
  assert.equal(sandbox.store.feedback.size, size + 2);
});

test('media uploads with a key are deduplicated too', async () => {
  const sandbox = testSandbox();
  const up = () =>
    call(sandbox, '/v1/media', {
      method: 'POST',
      headers: { 'content-type': 'image/jpeg', 'idempotency-key': 'photo-1' },
      body: JPEG,
    });
  const [a, b] = await Promise.all([up(), up()]);
  assert.equal(a.body.id, b.body.id);
  assert.equal(sandbox.store.media.size, 1);
  const other = await call(sandbox, '/v1/media', {
    method: 'POST',
    headers: { 'content-type': 'image/png', 'idempotency-key': 'photo-1' },
    body: PNG,
  });
  assert.equal(other.status, 422);
});

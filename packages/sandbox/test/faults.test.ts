import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, jsonInit, submission, testSandbox } from './helpers.js';
import { validate } from '../src/http/validate.js';
import { contract } from '@smart-haiphong/sdk';

const sandbox = testSandbox();
const fault = (spec: string, extra: Record<string, string> = {}) => ({
  headers: { 'x-sandbox-fault': spec, ...extra },
});

test('500 and 503 faults answer with problems; 429 carries Retry-After: 1', async () => {
  assert.equal((await call(sandbox, '/v1/units', fault('500'))).status, 500);
  const unavailable = await call(sandbox, '/v1/units', fault('503'));
  assert.equal(unavailable.status, 503);
  const limited = await call(sandbox, '/v1/units', fault('429'));
  assert.equal(limited.status, 429);
  assert.equal(limited.headers.get('retry-after'), '1');
});

test('the fault can also be chosen by the __fault query parameter', async () => {
  assert.equal((await call(sandbox, '/v1/units?__fault=503')).status, 503);
  const ok = await call(sandbox, '/v1/units?type=x%C3%A3&__fault=slow:1');
  assert.equal(ok.status, 200);
  assert.equal(ok.body.items.length, 67);
});

test('slow:MS adds latency, then answers normally', async () => {
  const t0 = performance.now();
  const r = await call(sandbox, '/v1/config', fault('slow:150'));
  assert.ok(performance.now() - t0 >= 140);
  assert.equal(r.status, 200);
});

test('drop answers with a network error (Response.error)', async () => {
  const r = await sandbox.handle(new Request('http://sandbox.test/v1/units', fault('drop')));
  assert.equal(r.type, 'error');
});

test('drop-after does the work, then drops the answer: the retry with the same key replays it', async () => {
  const size = sandbox.store.feedback.size;
  const init = jsonInit(submission(), { 'idempotency-key': 'dropped-1', 'x-sandbox-fault': 'drop-after' });
  const dropped = await sandbox.handle(new Request('http://sandbox.test/v1/feedback', init));
  assert.equal(dropped.type, 'error');
  assert.equal(sandbox.store.feedback.size, size + 1);
  const retry = await call(sandbox, '/v1/feedback', jsonInit(submission(), { 'idempotency-key': 'dropped-1' }));
  assert.equal(retry.status, 201);
  assert.equal(retry.headers.get('idempotent-replayed'), 'true');
  assert.equal(sandbox.store.feedback.size, size + 1);
});

test('truncate cuts a JSON body in half with the JSON content type', async () => {
  const r = await sandbox.handle(new Request('http://sandbox.test/v1/units', fault('truncate')));
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type') ?? '', /application\/json/);
  const text = await r.text();
  assert.throws(() => JSON.parse(text));
  assert.ok(text.length > 1000);
});

test('contract answers valid JSON that breaks the response schema', async () => {
  for (const [path, endpoint] of [
    ['/v1/units', contract.units.list],
    ['/v1/units/10966', contract.units.get],
    ['/v1/config', contract.config.get],
  ] as const) {
    const r = await sandbox.handle(new Request(`http://sandbox.test${path}`, fault('contract')));
    assert.equal(r.status, 200);
    const body = await r.json();
    assert.equal(validate(endpoint.response, body, 'response').ok, false, path);
  }
});

test('x-sandbox-fault-times limits the fault to the first N requests of a fault id', async () => {
  const h = { 'x-sandbox-fault-times': '2', 'x-sandbox-fault-id': 'retry-test-1' };
  const statuses = [];
  for (let k = 0; k < 4; k++) statuses.push((await call(sandbox, '/v1/units', fault('503', h))).status);
  assert.deepEqual(statuses, [503, 503, 200, 200]);
  const other = await call(sandbox, '/v1/units', fault('503', { ...h, 'x-sandbox-fault-id': 'retry-test-2' }));
  assert.equal(other.status, 503);
});

test('an unknown fault is ignored', async () => {
  assert.equal((await call(sandbox, '/v1/units', fault('explode'))).status, 200);
});

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setupServer } from 'msw/node';
import { createSandboxHandlers } from '../src/msw.js';
import { NOW } from './helpers.js';

const server = setupServer(...createSandboxHandlers({ now: NOW }));
before(() => server.listen({ onUnhandledRequest: 'error' }));
after(() => server.close());

test('MSW handlers answer the API on any origin from the same sandbox', async () => {
  const units = await (await fetch('https://api.example.vn/v1/units')).json();
  assert.equal(units.items.length, 114);
  const page = await (await fetch('http://localhost:6006/v1/feedback?limit=3')).json();
  assert.equal(page.items.length, 3);
  const samples = await (await fetch('http://localhost:6006/sandbox/samples')).json();
  assert.ok(samples.counts.feedback <= 1000, 'small sample sizes for the browser');
});

test('faults work through MSW: drop is a network error', async () => {
  await assert.rejects(fetch('http://localhost:6006/v1/units', { headers: { 'x-sandbox-fault': 'drop' } }));
  const r = await fetch('http://localhost:6006/v1/units?__fault=503');
  assert.equal(r.status, 503);
});

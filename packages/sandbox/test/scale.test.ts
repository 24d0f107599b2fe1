import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSandbox } from '../src/index.js';
import { NOW } from './helpers.js';

test('a million reports and 100 000 places start in seconds and answer a map view in milliseconds', async () => {
  const t0 = performance.now();
  const sandbox = createSandbox({ seed: 1, feedback: 1_000_000, places: 100_000, now: NOW });
  const startup = performance.now() - t0;
  assert.ok(startup < 30_000, `start-up took ${startup} ms`);
  assert.equal(sandbox.store.feedback.size, 1_000_000);
  const query = (q: string) => sandbox.handle(new Request(`http://scale.test/v1/feedback/clusters?${q}`));
  await query('bbox=106.6,20.8,106.75,20.9&zoom=13');
  const times: number[] = [];
  let total = 0;
  for (let k = 0; k < 50; k++) {
    const t = performance.now();
    const r = await query(`bbox=106.55,20.78,106.78,20.92&zoom=12&from=2026-05-22&status=pending,accepted,in_progress`);
    const body = await r.json();
    times.push(performance.now() - t);
    total = body.total;
    assert.ok(body.items.length <= 300);
  }
  assert.ok(total > 1000);
  times.sort((a, b) => a - b);
  // Generous for shared CI machines; the benchmark reports the real p99 (a few ms).
  assert.ok(times[25]! < 50, `median ${times[25]} ms`);
  const page = await (
    await sandbox.handle(new Request('http://scale.test/v1/feedback?limit=5&unit=binh-giang'))
  ).json();
  assert.equal(page.items.length, 5);
  assert.ok(page.items[0].title.length > 5);
});

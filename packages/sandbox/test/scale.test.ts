import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSandbox } from '../src/index.js';
import { NOW } from './helpers.js';

// Speed is measured by `pnpm bench`, not asserted here: this checks that the scale works.
test('a million reports and 100 000 places load, and a map view stays bounded', async () => {
  const sandbox = createSandbox({ seed: 1, feedback: 1_000_000, places: 100_000, now: NOW });
  assert.equal(sandbox.store.feedback.size, 1_000_000);
  const query = (q: string) => sandbox.handle(new Request(`http://scale.test/v1/feedback/clusters?${q}`));
  await query('bbox=106.6,20.8,106.75,20.9&zoom=13');
  // Views of about 1000×700 px at each zoom, from the whole city to a neighbourhood.
  for (const [zoom, bbox] of [
    [9, '105.9,20.4,107.2,21.2'],
    [12, '106.55,20.78,106.78,20.92'],
    [15, '106.665,20.848,106.695,20.866'],
  ] as const) {
    const r = await query(`bbox=${bbox}&zoom=${zoom}&from=2026-05-22&status=pending,accepted,in_progress`);
    const body = await r.json();
    assert.ok(body.items.length > 0 && body.items.length <= 300, `${body.items.length} items at zoom ${zoom}`);
    assert.ok(body.total > 100, `${body.total} reports at zoom ${zoom}`);
  }
  const page = await (
    await sandbox.handle(new Request('http://scale.test/v1/feedback?limit=5&unit=binh-giang'))
  ).json();
  assert.equal(page.items.length, 5);
  assert.ok(page.items[0].title.length > 5);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { call, testSandbox } from './helpers.js';

const paths = [
  '/v1/feedback?limit=50',
  '/v1/feedback/clusters?bbox=105.9,20.1,107.76,21.22&zoom=9',
  '/v1/places/nearby?point=20.86,106.68&radius=5000&limit=30',
  '/v1/news?limit=20',
  '/sandbox/samples',
];

async function snapshot(seed: number): Promise<string[]> {
  const sandbox = testSandbox({ seed });
  return Promise.all(paths.map(async (p) => (await call(sandbox, p)).text));
}

test('the same seed gives the same data; another seed gives other data', async () => {
  const [a, b, c] = [await snapshot(7), await snapshot(7), await snapshot(8)];
  assert.deepEqual(a, b);
  for (let k = 0; k < paths.length; k++) assert.notEqual(a[k], c[k], paths[k]);
});

test('changing the number of reports does not change the places or the dossiers', async () => {
  const small = testSandbox({ feedback: 100 });
  const large = testSandbox({ feedback: 5000 });
  assert.deepEqual(small.store.places.list, large.store.places.list);
  assert.deepEqual([...small.store.dossiers.keys()], [...large.store.dossiers.keys()]);
});

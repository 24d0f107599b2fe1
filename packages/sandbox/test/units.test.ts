import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Unit } from '@smart-haiphong/sdk';
import { call, testSandbox } from './helpers.js';

const sandbox = testSandbox();

test('lists all 114 units: 45 phường, 67 xã, 2 đặc khu', async () => {
  const { status, body } = await call<{ items: Unit[] }>(sandbox, '/v1/units');
  assert.equal(status, 200);
  assert.equal(body.items.length, 114);
  const count = (t: string) => body.items.filter((u) => u.type === t).length;
  assert.deepEqual([count('phường'), count('xã'), count('đặc khu')], [45, 67, 2]);
  assert.equal(new Set(body.items.map((u) => u.code)).size, 114);
  assert.equal(new Set(body.items.map((u) => u.slug)).size, 114);
  for (const u of body.items) {
    assert.equal(u.name, u.name.normalize('NFC'));
    assert.ok(
      u.bbox[0] < u.centroid.lon &&
        u.centroid.lon < u.bbox[2] &&
        u.bbox[1] < u.centroid.lat &&
        u.centroid.lat < u.bbox[3],
      u.code,
    );
  }
});

test('xã Bình Giang is 10966, by code and by slug, with a wider frame (its anchor is not validated)', async () => {
  const byCode = await call<Unit>(sandbox, '/v1/units/10966');
  const bySlug = await call<Unit>(sandbox, '/v1/units/binh-giang');
  assert.equal(byCode.status, 200);
  assert.deepEqual(byCode.body, bySlug.body);
  assert.equal(byCode.body.name, 'Xã Bình Giang');
  assert.equal(byCode.body.type, 'xã');
  assert.ok(byCode.body.mergedFrom.includes('Xã Tân Việt'));
  const normal = (await call<Unit>(sandbox, '/v1/units/11560')).body;
  assert.ok(byCode.body.bbox[2] - byCode.body.bbox[0] > normal.bbox[2] - normal.bbox[0]);
});

test('filters units by type', async () => {
  const { body } = await call<{ items: Unit[] }>(sandbox, `/v1/units?type=${encodeURIComponent('đặc khu')}`);
  assert.deepEqual(body.items.map((u) => u.shortName).sort(), ['Bạch Long Vĩ', 'Cát Hải']);
});

test('an unknown unit is a 404 problem; a malformed one a 400 naming path.unit', async () => {
  assert.equal((await call(sandbox, '/v1/units/99999')).status, 404);
  const bad = await call(sandbox, '/v1/units/Bad%20Unit');
  assert.equal(bad.status, 400);
  assert.equal(bad.body.param, 'path.unit');
});

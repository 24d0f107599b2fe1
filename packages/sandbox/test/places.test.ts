import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type NearbyPlace, type Place, matchesSearch } from '@smart-haiphong/sdk';
import { haversine } from '../src/util/geo.js';
import { call, testSandbox } from './helpers.js';

const sandbox = testSandbox();

test('nearby places are within the radius, nearest first, and honour category and text', async () => {
  const [lat, lon] = [20.8615, 106.683];
  for (const query of ['', '&category=health', '&category=atm,bus', '&q=benh%20vien']) {
    const items = (
      await call<{ items: NearbyPlace[] }>(
        sandbox,
        `/v1/places/nearby?point=${lat},${lon}&radius=8000&limit=50${query}`,
      )
    ).body.items;
    assert.ok(items.length > 0, query);
    items.forEach((p, k) => {
      assert.ok(p.distanceMeters <= 8000);
      assert.ok(Math.abs(p.distanceMeters - haversine(lat, lon, p.location.lat, p.location.lon)) < 0.1);
      if (k > 0) assert.ok(p.distanceMeters >= items[k - 1]!.distanceMeters);
    });
    if (query.includes('health')) assert.ok(items.every((p) => p.categoryId === 'health'));
    if (query.includes('atm')) assert.ok(items.every((p) => p.categoryId === 'atm' || p.categoryId === 'bus'));
    if (query.includes('benh')) assert.ok(items.every((p) => matchesSearch(`${p.name} ${p.address}`, 'bệnh viện')));
  }
});

test('nearby with a small radius returns only what is that close', async () => {
  const p = sandbox.store.places.list[10]!;
  const items = (
    await call<{ items: NearbyPlace[] }>(
      sandbox,
      `/v1/places/nearby?point=${p.location.lat},${p.location.lon}&radius=1`,
    )
  ).body.items;
  assert.ok(items.some((x) => x.id === p.id));
  assert.ok(items.every((x) => x.distanceMeters <= 1));
});

test('search ignores tone marks and pages through results by name', async () => {
  const first = (
    await call<{ items: Place[]; nextCursor: string | null; total: number }>(
      sandbox,
      '/v1/places?q=benh%20vien&limit=10',
    )
  ).body;
  assert.ok(first.total > 30);
  assert.ok(first.items.every((p) => matchesSearch(`${p.name} ${p.address}`, 'bệnh viện')));
  const second = (
    await call<{ items: Place[] }>(sandbox, `/v1/places?q=benh%20vien&limit=10&cursor=${first.nextCursor}`)
  ).body;
  assert.equal(new Set([...first.items, ...second.items].map((p) => p.id)).size, 20);
});

test('OpenStreetMap places carry their attribution; sample places say they are samples', async () => {
  const all = sandbox.store.places.list;
  const osm = all.filter((p) => p.source === 'osm');
  assert.equal(osm.length, 66);
  assert.ok(osm.every((p) => p.attribution === '© OpenStreetMap contributors, ODbL'));
  const categories = (await call<{ items: { id: string }[] }>(sandbox, '/v1/places/categories')).body.items.map(
    (c) => c.id,
  );
  assert.deepEqual(categories, [
    'health',
    'education',
    'government',
    'bus',
    'petrol',
    'atm',
    'wifi',
    'hotel',
    'restaurant',
    'tourism',
  ]);
  for (const c of categories)
    assert.ok(
      all.some((p) => p.source === 'sample' && p.categoryId === c && p.openingHours),
      c,
    );
  assert.ok(all.filter((p) => p.source === 'sample').every((p) => /mẫu/.test(p.attribution)));
});

test('search by unit and category', async () => {
  const r = (await call<{ items: Place[] }>(sandbox, '/v1/places?unit=binh-giang&category=government&limit=50')).body;
  assert.ok(r.items.some((p) => p.name === 'UBND xã Bình Giang'));
  assert.ok(r.items.every((p) => p.unitCode === '10966' && p.categoryId === 'government'));
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type NearbyPlace, type Place, matchesSearch } from '@smart-haiphong/sdk';
import { MALFORMED_OPENING_HOURS } from '../src/data/places.js';
import { PlaceStore } from '../src/store/places.js';
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

test('real OpenStreetMap places keep their (missing) hours and link their credit; no hours are invented', () => {
  const osm = sandbox.store.places.list.filter((p) => p.source === 'osm');
  // The export carries no opening_hours tag for any of the 66 places.
  assert.ok(osm.every((p) => p.openingHours === null));
  assert.ok(osm.every((p) => p.attributionUrl === 'https://www.openstreetmap.org/copyright'));
  assert.ok(osm.every((p) => p.attribution.includes('© OpenStreetMap contributors')));
  const sample = sandbox.store.places.list.filter((p) => p.source === 'sample');
  assert.ok(sample.every((p) => p.attributionUrl === null && /dữ liệu mẫu/i.test(p.attribution)));
});

test('sample places carry opening hours in OpenStreetMap syntax, the syntaxes widgets must handle included', () => {
  const hours = new Set(sandbox.store.places.list.map((p) => p.openingHours));
  for (const v of ['24/7', 'Mo-Fr 07:00-11:30,13:30-17:00; PH off', 'Sa 07:00-11:00', 'Mo-Su 17:00-01:00', null])
    assert.ok(hours.has(v), String(v));
  assert.ok(
    [...hours].some((v) => v?.includes('Sa 07:00-11:00;')),
    'a Saturday-morning rule inside a week',
  );
  const malformed = MALFORMED_OPENING_HOURS.filter((v) => hours.has(v));
  assert.ok(malformed.length >= 3, `malformed values present: ${malformed.join(' | ')}`);
});

test('nearby pages nearest first with a cursor, without repeats, and stops at 500 places', async () => {
  const base = '/v1/places/nearby?point=20.8615,106.683&radius=50000&limit=100';
  const seen: NearbyPlace[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: { items: NearbyPlace[]; nextCursor: string | null } = (
      await call(sandbox, `${base}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
    ).body;
    seen.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 10);
  assert.equal(pages, 5);
  assert.equal(seen.length, 500);
  assert.equal(new Set(seen.map((p) => p.id)).size, 500);
  seen.forEach((p, k) => k && assert.ok(p.distanceMeters >= seen[k - 1]!.distanceMeters));
  // A short list ends with a null cursor.
  const few = (await call(sandbox, '/v1/places/nearby?point=20.8615,106.683&radius=300&limit=100')).body;
  assert.equal(few.nextCursor, null);
  // Paging with a text query and a category keeps the filter on every page.
  const first = (await call(sandbox, '/v1/places/nearby?point=20.8615,106.683&radius=50000&limit=5&q=benh%20vien'))
    .body;
  const second = (
    await call(
      sandbox,
      `/v1/places/nearby?point=20.8615,106.683&radius=50000&limit=5&q=benh%20vien&cursor=${encodeURIComponent(first.nextCursor)}`,
    )
  ).body;
  for (const p of [...first.items, ...second.items]) assert.ok(matchesSearch(`${p.name} ${p.address}`, 'bệnh viện'));
  assert.ok(second.items[0].distanceMeters >= first.items[4].distanceMeters);
});

test('nearby refuses bad input with a problem naming the field', async () => {
  for (const [query, param] of [
    ['point=20.86,106.68&category=hospital', 'query.category'],
    ['point=20.86,106.68&limit=101', 'query.limit'],
    ['point=20.86,106.68&radius=50001', 'query.radius'],
    ['point=91,106.68', 'query.point'],
    ['point=20.86,106.68&cursor=nonsense', 'query.cursor'],
  ] as const) {
    const r = await call(sandbox, `/v1/places/nearby?${query}`);
    assert.equal(r.status, 400, query);
    assert.equal(r.body.param, param, query);
  }
});

test('nearby text search gives what a full scan gives, through the word index and through the k-d tree', async () => {
  const { list } = sandbox.store.places;
  const [lat, lon] = [20.84, 106.65];
  const saved = PlaceStore.directMatches;
  try {
    for (const direct of [saved, 0]) {
      PlaceStore.directMatches = direct;
      for (const q of ['benh vien', 'BỆNH', 'atm vietcom', 'tram y te xa', 'nha thuoc', 'khong co gi', 'd']) {
        const got = (
          await call<{ items: NearbyPlace[] }>(
            sandbox,
            `/v1/places/nearby?point=${lat},${lon}&radius=30000&limit=100&q=${encodeURIComponent(q)}`,
          )
        ).body.items.map((p) => p.id);
        const want = list
          .map((p) => ({ p, d: haversine(lat, lon, p.location.lat, p.location.lon) }))
          .filter(({ p, d }) => d <= 30000 && matchesSearch(`${p.name} ${p.address ?? ''}`, q))
          .sort((a, b) => a.d - b.d)
          .slice(0, 100)
          .map(({ p }) => p.id);
        assert.deepEqual(new Set(got), new Set(want), `${q} (direct ≤ ${direct})`);
      }
    }
  } finally {
    PlaceStore.directMatches = saved;
  }
});

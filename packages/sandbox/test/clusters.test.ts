import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type FeedbackClusters, matchesSearch } from '@smart-haiphong/sdk';
import { CATEGORY_DEFS, STATUSES } from '../src/data/feedback-catalog.js';
import { MAX_VIEW_CELLS } from '../src/index/clusters.js';
import { FLAG_PUBLIC } from '../src/store/feedback-columns.js';
import { mercX, mercXToLon, mercY, mercYToLat } from '../src/util/geo.js';
import { parseDate } from '../src/util/time.js';
import { NOW, call, jsonInit, submission, testSandbox } from './helpers.js';

const sandbox = testSandbox({ feedback: 20_000 });
const cols = sandbox.store.feedback.cols;
const city = sandbox.store.cityBBox.join(',');
const catOf = (i: number) => CATEGORY_DEFS[cols.category[i]!]!;
const statusOf = (i: number) => STATUSES[cols.status[i]!]!.code;

function brute(accept: (i: number) => boolean, bbox?: number[]): number {
  let n = 0;
  for (let i = 0; i < cols.count; i++) {
    if ((cols.flags[i]! & FLAG_PUBLIC) === 0 || !accept(i)) continue;
    if (
      bbox &&
      (cols.lon[i]! < bbox[0]! || cols.lon[i]! > bbox[2]! || cols.lat[i]! < bbox[1]! || cols.lat[i]! > bbox[3]!)
    )
      continue;
    n++;
  }
  return n;
}
const clusters = async (query: string) =>
  (await call<FeedbackClusters>(sandbox, `/v1/feedback/clusters?${query}`)).body;
const sum = (c: FeedbackClusters) => c.items.reduce((s, it) => s + (it.kind === 'cluster' ? it.count : 1), 0);

test('over the whole city, counts add up to every report at every zoom', async () => {
  const all = brute(() => true);
  for (let zoom = 0; zoom <= 22; zoom += 1) {
    const c = await clusters(`bbox=${city}&zoom=${zoom}`);
    assert.equal(c.total, all, `zoom ${zoom}`);
    assert.equal(sum(c), all, `zoom ${zoom}`);
    assert.ok(c.items.length <= MAX_VIEW_CELLS, `zoom ${zoom}: ${c.items.length} items`);
  }
});

test('filters change the counts, exactly: category (or its group), status, unit, dates, text', async () => {
  const from = '2026-03-10';
  const to = '2026-08-20';
  const [f, t] = [parseDate(from), parseDate(to) + 86_400_000];
  const inRange = (i: number) => cols.created[i]! >= f && cols.created[i]! < t;
  const binhGiang = sandbox.store.units.indexOf('binh-giang');
  const cases: [string, (i: number) => boolean][] = [
    ['category=ngap-ung', (i) => catOf(i).id === 'ngap-ung'],
    ['category=ha-tang', (i) => catOf(i).group === 'ha-tang'],
    ['status=resolved,rejected', (i) => ['resolved', 'rejected'].includes(statusOf(i))],
    [`from=${from}&to=${to}`, inRange],
    [`from=${from}`, (i) => cols.created[i]! >= f],
    [
      `to=${to}&category=rac-thai&status=resolved`,
      (i) => cols.created[i]! < t && catOf(i).id === 'rac-thai' && statusOf(i) === 'resolved',
    ],
    [`unit=binh-giang&from=${from}`, (i) => cols.unit[i] === binhGiang && cols.created[i]! >= f],
    ['q=o%20ga', (i) => matchesSearch(sandbox.store.feedback.describe.searchText(i), 'o ga')],
  ];
  const all = brute(() => true);
  for (const [query, accept] of cases) {
    const expected = brute(accept);
    assert.ok(expected > 0 && expected < all, query);
    for (const zoom of [3, 9, 12, 16, 18]) {
      const c = await clusters(`bbox=${city}&zoom=${zoom}&${query}`);
      assert.equal(c.total, expected, `${query} at zoom ${zoom}`);
      assert.equal(sum(c), expected, `${query} at zoom ${zoom}`);
    }
  }
});

/** A 1000×700 px view centred on a point. */
function view(lat: number, lon: number, zoom: number): number[] {
  const world = 256 * 2 ** zoom;
  return [
    mercXToLon(mercX(lon) - 500 / world),
    mercYToLat(mercY(lat) + 350 / world),
    mercXToLon(mercX(lon) + 500 / world),
    mercYToLat(mercY(lat) - 350 / world),
  ];
}

test('a map view counts the reports in the grid cells it touches, and stays small', async () => {
  const centre = sandbox.store.units.list[sandbox.store.units.indexOf('le-chan')]!.centroid;
  for (let zoom = 8; zoom <= 20; zoom++) {
    const b = view(centre.lat, centre.lon, zoom);
    const c = await clusters(`bbox=${b.join(',')}&zoom=${zoom}&from=2026-05-22`);
    const cell = 360 / 2 ** (zoom + 2);
    const grown = [b[0]! - cell, b[1]! - cell, b[2]! + cell, b[3]! + cell];
    const inView = (i: number) => cols.created[i]! >= parseDate('2026-05-22');
    assert.ok(c.total >= brute(inView, b) && c.total <= brute(inView, grown), `zoom ${zoom}`);
    assert.equal(sum(c), c.total);
    assert.ok(c.items.length <= 17 * 12, `zoom ${zoom}: ${c.items.length} items`);
    for (const it of c.items) {
      assert.equal(Math.round(it.lat * 1e5) / 1e5, it.lat);
      if (it.kind === 'cluster') assert.ok(it.expansionZoom > zoom && it.count > 1);
    }
  }
});

test('at high zoom a view with few reports lists each report', async () => {
  const i = cols.baseCount - 1;
  const b = view(cols.lat[i]!, cols.lon[i]!, 19);
  const c = await clusters(`bbox=${b.join(',')}&zoom=19`);
  assert.ok(c.total >= 1);
  assert.ok(c.items.every((it) => it.kind === 'report'));
  assert.ok(c.items.some((it) => it.id === `fb-${i + 1}`));
});

test('a huge box at high zoom is answered on a coarser grid, still bounded', async () => {
  const c = await clusters(`bbox=${city}&zoom=18`);
  assert.ok(c.items.length <= MAX_VIEW_CELLS);
  assert.equal(c.zoom, 18);
});

test('a new report shows up in the clusters at once', async () => {
  const before = (await clusters(`bbox=${city}&zoom=10`)).total;
  const sent = await call(sandbox, '/v1/feedback', jsonInit(submission(), { 'idempotency-key': 'cluster-new' }));
  assert.equal(sent.status, 201);
  assert.equal((await clusters(`bbox=${city}&zoom=10`)).total, before + 1);
  const at19 = await clusters(`bbox=${view(20.876, 106.193, 19).join(',')}&zoom=19&status=pending`);
  assert.ok(at19.items.some((it) => it.id === sent.body.id));
  assert.ok(Date.now() >= NOW);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSandbox } from '../src/sandbox.js';
import { NOW } from './helpers.js';

const sandbox = createSandbox({ seed: 1, feedback: 50, places: 10, now: NOW });

test("config points maps to the offline basemap, which draws Hải Phòng's land with its ODbL credit", async () => {
  const config = await (await sandbox.handle(new Request('http://sandbox.test/v1/config'))).json();
  assert.equal(config.mapStyleUrl, null);
  assert.equal(config.basemapUrl, 'http://sandbox.test/sandbox/basemap/land.json');

  const response = await sandbox.handle(new Request(config.basemapUrl));
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /geo\+json/);
  const body = await response.text();
  // Smaller than the 40 KB source (rounded to ~11 m, simplified at ~200 m), and about 12 KB gzip.
  assert.ok(body.length < 36_000, `a small basemap (${body.length} bytes)`);
  const land = JSON.parse(body);
  assert.equal(land.type, 'FeatureCollection');
  assert.equal(land.attribution, '© OpenStreetMap contributors');
  const polygons = land.features.flatMap((f: { geometry: { coordinates: number[][][][] } }) => f.geometry.coordinates);
  const points = polygons.flat(2) as number[][];
  // The city centre's land and Bạch Long Vĩ far out to sea are both there.
  assert.ok(
    points.some(([lon, lat]) => lon! > 107.7 && lat! < 20.2),
    'Bạch Long Vĩ',
  );
  assert.ok(points.length > 200 && points.length < 2000, `${points.length} points`);
  for (const [lon, lat] of points) {
    assert.ok(lon! >= 105.8 && lon! <= 107.8 && lat! >= 20.0 && lat! <= 21.3);
    assert.equal(Math.round(lon! * 1e4) / 1e4, lon);
  }
});

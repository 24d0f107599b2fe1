/**
 * In-process benchmark of the sandbox at scale: start-up, memory, and p50/p99 of cluster
 * and nearby queries for 1000×700 px map views over Hải Phòng.
 *
 *   node --conditions=source --import tsx packages/sandbox/scripts/bench.ts [--feedback 1000000] [--places 100000] [--queries 400]
 */
import { parseArgs } from 'node:util';
import { createSandbox } from '../src/index.js';
import { mercX, mercXToLon, mercY, mercYToLat } from '../src/util/geo.js';
import { mulberry32 } from '../src/util/random.js';
import { formatDate } from '../src/util/time.js';

const { values } = parseArgs({
  options: {
    feedback: { type: 'string', default: '1000000' },
    places: { type: 'string', default: '100000' },
    queries: { type: 'string', default: '400' },
    seed: { type: 'string', default: '1' },
  },
});
const now = Date.parse('2026-11-22T10:00:00+07:00');
const t0 = performance.now();
const sandbox = createSandbox({
  seed: Number(values.seed),
  feedback: Number(values.feedback),
  places: Number(values.places),
  now,
});
const startup = performance.now() - t0;
global.gc?.();
const mem = process.memoryUsage();
const origin = 'http://bench.local';
const rng = mulberry32(7);
const anchors = sandbox.store.units.seeds.map((u) => u.anchor);

/** A 1000×700 px view at `zoom` around a point near a unit anchor. */
function view(zoom: number): string {
  const a = anchors[Math.floor(rng() * anchors.length)]!;
  const lat = a.lat + (rng() - 0.5) * 0.03;
  const lon = a.lon + (rng() - 0.5) * 0.03;
  const world = 256 * 2 ** zoom;
  const x = mercX(lon);
  const y = mercY(lat);
  const w = mercXToLon(x - 500 / world);
  const e = mercXToLon(x + 500 / world);
  const n = mercYToLat(y - 350 / world);
  const s = mercYToLat(y + 350 / world);
  return [w, s, e, n].map((v) => v.toFixed(5)).join(',');
}

const sixMonthsAgo = formatDate(now - 182 * 86_400_000);
const filters: Record<string, () => string> = {
  none: () => '',
  'last 6 months': () => `&from=${sixMonthsAgo}`,
  'category + status + 6 months': () => `&category=ha-tang&status=pending,accepted,in_progress&from=${sixMonthsAgo}`,
  'date range (Mar–Aug 2026)': () => '&from=2026-03-10&to=2026-08-20',
  unit: () => `&unit=${sandbox.store.units.list[Math.floor(rng() * 114)]!.code}&from=${sixMonthsAgo}`,
};

async function time(path: () => string, n: number): Promise<{ p50: number; p99: number; max: number; items: number }> {
  const times: number[] = [];
  let items = 0;
  for (let k = 0; k < n; k++) {
    const request = new Request(origin + path());
    const t = performance.now();
    const response = await sandbox.handle(request);
    const body = (await response.json()) as { items: unknown[] };
    times.push(performance.now() - t);
    if (response.status !== 200) throw new Error(`${response.status} ${JSON.stringify(body)}`);
    items = Math.max(items, body.items.length);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { p50: q(0.5), p99: q(0.99), max: times[times.length - 1]!, items };
}

const n = Number(values.queries);
console.log(
  `feedback ${values.feedback}, places ${values.places}: start-up ${(startup / 1000).toFixed(2)} s`,
  sandbox.timings,
);
console.log(
  `memory: rss ${(mem.rss / 1e6).toFixed(0)} MB, heap ${(mem.heapUsed / 1e6).toFixed(0)} MB, array buffers ${(mem.arrayBuffers / 1e6).toFixed(0)} MB`,
);
const rows: string[][] = [['query', 'p50 ms', 'p99 ms', 'max ms', 'max items']];
// Warm up the JIT first.
await time(() => `/v1/feedback/clusters?bbox=${view(12)}&zoom=12`, 200);
for (const [name, f] of Object.entries(filters)) {
  const all: number[][] = [];
  let items = 0;
  for (const zoom of [9, 11, 13, 15, 17]) {
    const r = await time(() => `/v1/feedback/clusters?bbox=${view(zoom)}&zoom=${zoom}${f()}`, Math.ceil(n / 5));
    all.push([r.p50, r.p99, r.max]);
    items = Math.max(items, r.items);
  }
  const r = await time(() => {
    const zoom = 8 + Math.floor(rng() * 11);
    return `/v1/feedback/clusters?bbox=${view(zoom)}&zoom=${zoom}${f()}`;
  }, n);
  rows.push([
    `clusters, zoom 8–18, ${name}`,
    r.p50.toFixed(2),
    r.p99.toFixed(2),
    r.max.toFixed(2),
    String(Math.max(items, r.items)),
  ]);
}
for (const radius of [500, 2000, 10000]) {
  const r = await time(() => {
    const a = anchors[Math.floor(rng() * anchors.length)]!;
    return `/v1/places/nearby?point=${(a.lat + (rng() - 0.5) * 0.02).toFixed(5)},${(a.lon + (rng() - 0.5) * 0.02).toFixed(5)}&radius=${radius}&limit=20`;
  }, n);
  rows.push([
    `places nearby, radius ${radius} m, limit 20`,
    r.p50.toFixed(2),
    r.p99.toFixed(2),
    r.max.toFixed(2),
    String(r.items),
  ]);
}
{
  const r = await time(
    () => {
      const a = anchors[Math.floor(rng() * anchors.length)]!;
      return `/v1/feedback?near=${a.lat.toFixed(4)},${a.lon.toFixed(4)}&radius=500&limit=20`;
    },
    Math.ceil(n / 4),
  );
  rows.push(['feedback near, radius 500 m', r.p50.toFixed(2), r.p99.toFixed(2), r.max.toFixed(2), String(r.items)]);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows)
  console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));

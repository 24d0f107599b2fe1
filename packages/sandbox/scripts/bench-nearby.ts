// `pnpm --filter @smart-haiphong/sandbox bench:nearby [--places 100000] [--runs 500]`:
// p50/p99 of `GET /v1/places/nearby` in-process (handler, validation and JSON included) over
// points spread across the city, for the query shapes the nearby-places widget sends.
import { parseArgs } from 'node:util';
import { createSandbox } from '../src/index.js';
import { encodeCursor } from '../src/http/cursor.js';

const { values } = parseArgs({
  options: { places: { type: 'string', default: '100000' }, runs: { type: 'string', default: '500' } },
});
const runs = Number(values.runs);
const t0 = performance.now();
const sandbox = createSandbox({
  seed: 1,
  feedback: 10,
  places: Number(values.places),
  now: Date.parse('2026-11-22T10:00:00+07:00'),
});
console.log(
  `${sandbox.store.places.list.length.toLocaleString('en')} places ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

const point = (i: number) =>
  `${(20.75 + ((i * 7919) % 300) / 1000).toFixed(5)},${(106.3 + ((i * 104729) % 500) / 1000).toFixed(5)}`;
async function get(path: string) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const response = await sandbox.handle(new Request(`http://bench.test${path}`));
  const text = await response.text();
  const used = process.cpuUsage(cpu);
  return {
    ms: performance.now() - start,
    cpuMs: (used.user + used.system) / 1000,
    body: JSON.parse(text) as { items: unknown[]; nextCursor: string | null },
  };
}

const cases: [string, (i: number) => Promise<string>][] = [
  ['r=2 km, any', async (i) => `point=${point(i)}&radius=2000&limit=20`],
  ['r=5 km, health', async (i) => `point=${point(i)}&radius=5000&limit=20&category=health`],
  ['r=20 km, atm,bus', async (i) => `point=${point(i)}&radius=20000&limit=20&category=atm,bus`],
  ['r=50 km, q="benh vien"', async (i) => `point=${point(i)}&radius=50000&limit=20&q=benh%20vien`],
  ['r=50 km, q="xyz" (no match)', async (i) => `point=${point(i)}&radius=50000&limit=20&q=xyzw`],
  ['r=10 km, limit 100', async (i) => `point=${point(i)}&radius=10000&limit=100`],
  [
    'r=50 km, page 5 of 100',
    async (i) => `point=${point(i)}&radius=50000&limit=100&cursor=${encodeCursor({ o: 400 })}`,
  ],
];
// Wall time is what a caller waits; CPU time is this process's own work, which stays
// meaningful when other processes share the cores (wall-clock p99 then measures the scheduler).
const rows: string[] = [];
let worstWall = 0;
let worstCpu = 0;
for (const [name, query] of cases) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let found = 0;
  for (let i = 0; i < runs + 20; i++) {
    const r = await get(`/v1/places/nearby?${await query(i)}`);
    if (i >= 20) {
      wall.push(r.ms); // warm-up excluded
      cpu.push(r.cpuMs);
    }
    found += r.body.items.length;
  }
  const p = (list: number[], q: number) =>
    [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))]!;
  worstWall = Math.max(worstWall, p(wall, 0.99));
  worstCpu = Math.max(worstCpu, p(cpu, 0.99));
  const f = (n: number) => `${n.toFixed(2)} ms`.padStart(10);
  rows.push(
    `${name.padEnd(30)} ${(found / (runs + 20)).toFixed(1).padStart(6)} ${f(p(wall, 0.5))} ${f(p(wall, 0.99))} ${f(p(cpu, 0.5))} ${f(p(cpu, 0.99))}`,
  );
}
console.log(`\nnearby, ${runs} points each`);
console.log(
  `${'case'.padEnd(30)} ${'found'.padStart(6)} ${'wall p50'.padStart(10)} ${'wall p99'.padStart(10)} ${'cpu p50'.padStart(10)} ${'cpu p99'.padStart(10)}`,
);
for (const r of rows) console.log(r);
console.log(
  `\nworst p99: wall ${worstWall.toFixed(2)} ms, cpu ${worstCpu.toFixed(2)} ms (budget 5 ms); load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`,
);

/**
 * Builds packages/sandbox/seed/ from the project's real data in ../shared/data.
 * Only the facts the sandbox needs are kept, with their attributions, so that the
 * sandbox runs from a clone with nothing beside it.
 *
 *   node --conditions=source --import tsx packages/sandbox/scripts/build-seed.ts [--data DIR]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type RawProcedure, SUBJECTS, buildProcedureSeed } from './procedures-seed.js';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { data: { type: 'string' } } });
const dataDir = resolve(values.data ?? join(here, '../../../../shared/data'));
const seedDir = join(here, '../seed');

interface RawUnit {
  code: string;
  name: string;
  short_name: string;
  type: 'phường' | 'xã' | 'đặc khu';
  slug: string;
  former_provinces: string[];
  merged_from: { old_name: string; scope: string }[];
}
interface RawAnchor {
  code: string;
  lat: number;
  lon: number;
  validated: boolean;
}
interface RawPoi {
  id: string;
  category: string;
  subcategory: string | null;
  name: string;
  lat: number;
  lon: number;
  address: string | null;
  phone: string | null;
  website: string | null;
}

const read = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;
const rawUnits = read<{ units: RawUnit[] }>('haiphong-units-2025.json').units;
const rawAnchors = read<{ units: RawAnchor[] }>('haiphong-unit-anchors.json').units;
const rawPois = read<{ pois: RawPoi[] }>('haiphong-pois-osm.json').pois;

const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

// Half-width, in degrees, of the box that frames a unit around its anchor. The anchor is
// not a centroid and the boundaries are not open data, so these are generous.
function margin(unit: RawUnit, anchor: RawAnchor): number {
  if (!anchor.validated) return 0.09; // the anchor sits a few km inside a neighbour
  if (unit.code === '11914') return 0.16; // Cát Hải: Cát Bà island and Cát Hải island
  if (unit.code === '11948') return 0.03; // Bạch Long Vĩ: a small island
  return unit.type === 'phường' ? 0.025 : 0.045;
}

const anchors = new Map(rawAnchors.map((a) => [a.code, a]));
const units = rawUnits.map((u) => {
  const a = anchors.get(u.code);
  if (!a) throw new Error(`no anchor for unit ${u.code}`);
  const m = margin(u, a);
  return {
    code: u.code,
    slug: u.slug,
    name: u.name.normalize('NFC'),
    shortName: u.short_name.normalize('NFC'),
    type: u.type,
    // Which pre-2025 province it was in: picks the telephone area code (0225 / 0220).
    formerProvince: u.former_provinces.includes('Tỉnh Hải Dương') ? 'hai-duong' : 'hai-phong',
    mergedFrom: u.merged_from.map((f) => f.old_name.normalize('NFC')),
    anchor: { lat: a.lat, lon: a.lon, validated: a.validated },
    bbox: [round(a.lon - m), round(a.lat - m), round(a.lon + m), round(a.lat + m)] as [number, number, number, number],
  };
});
// Slugs drop tone marks, so xã Cẩm Giang (10888) and xã Cẩm Giàng (10903) share one. The
// API needs slugs unique in the city: every unit of a clash gets its code appended.
const slugCount = new Map<string, number>();
for (const u of units) slugCount.set(u.slug, (slugCount.get(u.slug) ?? 0) + 1);
for (const u of units) if ((slugCount.get(u.slug) ?? 0) > 1) u.slug = `${u.slug}-${u.code}`;
if (units.length !== 114) throw new Error(`expected 114 units, got ${units.length}`);
const binhGiang = units.find((u) => u.code === '10966');
if (binhGiang?.slug !== 'binh-giang') throw new Error('xã Bình Giang (10966, binh-giang) is missing');

// The land extent of SOURCES.md (105.9–107.2 E, 20.4–21.2 N) joined with every unit's box
// (Bạch Long Vĩ lies far out to sea).
const extent = units.reduce<[number, number, number, number]>(
  (b, u) => [
    Math.min(b[0], u.bbox[0]),
    Math.min(b[1], u.bbox[1]),
    Math.max(b[2], u.bbox[2]),
    Math.max(b[3], u.bbox[3]),
  ],
  [105.9, 20.4, 107.2, 21.2],
);
const cityBBox = extent.map((v, i) => (i < 2 ? Math.floor(v * 100) : Math.ceil(v * 100)) / 100);

const unitsAttribution = [
  "Units: the official code list (Công văn 1027/CTK-CSCL, 25/6/2025, Cục Thống kê) as transcribed by the dvhcvn/20250701 project (MIT); merged_from from that project's mapping/merges.json (reference).",
  'Anchor points: open-admin-data/vietnam-administrative-divisions (CC-BY-4.0; geocoded with OpenStreetMap Nominatim, © OpenStreetMap contributors, ODbL-1.0), GeoNames (CC-BY-4.0), OpenStreetMap land (ODbL-1.0, © OpenStreetMap contributors).',
  'Boxes (bbox) are approximate frames around the anchor points, not boundaries.',
];

// The sandbox's ten place categories; OSM's two landmarks map onto them.
const placeCategory = (p: RawPoi): string =>
  p.category === 'health' ? 'health' : p.category === 'transport' ? 'bus' : 'tourism';
const places = rawPois.map((p) => ({
  id: `osm-${p.id}`,
  name: p.name.normalize('NFC'),
  category: placeCategory(p),
  subcategory: p.subcategory,
  lat: p.lat,
  lon: p.lon,
  address: p.address?.normalize('NFC') ?? null,
  phone: p.phone,
  website: p.website,
}));

const header = (attribution: string[], licence: string) => ({
  attribution,
  licence,
  generatedBy: 'packages/sandbox/scripts/build-seed.ts from shared/data (see seed/README.md)',
});

writeFileSync(
  join(seedDir, 'units.json'),
  `${JSON.stringify(
    {
      ...header(unitsAttribution, 'Official state data; transcription MIT; anchors CC-BY-4.0 and ODbL-1.0'),
      effectiveDate: '2025-07-01',
      cityBBox,
      units,
    },
    null,
    1,
  )}\n`,
);
writeFileSync(
  join(seedDir, 'places-osm.json'),
  `${JSON.stringify(
    {
      ...header(
        [
          '© OpenStreetMap contributors, ODbL-1.0: an Overpass export of OpenStreetMap (amenity=hospital) with Nominatim addresses, filtered to Hải Phòng, plus two landmarks (Nhà hát lớn Hải Phòng, Ga Hải Phòng).',
        ],
        'ODbL-1.0',
      ),
      places,
    },
    null,
    1,
  )}\n`,
);
// An offline basemap: Hải Phòng's land (and Bạch Long Vĩ) simplified for the map widgets
// (Douglas–Peucker at ~150 m, 4 decimals ≈ 11 m), served at /sandbox/basemap/land.json.
type Ring = [number, number][];
/** Douglas–Peucker on an open line: the points farther than `tolerance` from the chords are kept. */
function simplifyLine(line: Ring, tolerance: number): Ring {
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = line[a]!;
    const [bx, by] = line[b]!;
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy) || 1e-12;
    let far = -1;
    let max = tolerance;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = line[i]!;
      const d = Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > max) [max, far] = [d, i];
    }
    if (far > 0) {
      keep[far] = 1;
      stack.push([a, far], [far, b]);
    }
  }
  return line.filter((_, i) => keep[i]);
}
/** A closed ring, simplified as two lines split at the point farthest from its start, rounded. */
function simplify(ring: Ring, tolerance: number): Ring {
  const [x0, y0] = ring[0]!;
  let split = 1;
  ring.forEach(([x, y], i) => {
    if (Math.hypot(x - x0, y - y0) > Math.hypot(ring[split]![0] - x0, ring[split]![1] - y0)) split = i;
  });
  const out = [
    ...simplifyLine(ring.slice(0, split + 1), tolerance),
    ...simplifyLine(ring.slice(split), tolerance).slice(1),
  ];
  const rounded = out.map(([x, y]) => [round(x), round(y)] as [number, number]);
  return rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1]![0] || p[1] !== rounded[i - 1]![1]);
}
const area = (ring: Ring) =>
  ring.reduce((sum, [x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length]!;
    return sum + (x * ny - nx * y) / 2;
  }, 0);
interface RawLand {
  features: { geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: Ring[] | Ring[][] } }[];
}
const polygons: Ring[][] = [];
for (const file of ['haiphong-land-osm.geojson', 'haiphong-land-osm-bachlongvi.geojson']) {
  for (const { geometry } of read<RawLand>(file).features) {
    const parts = geometry.type === 'Polygon' ? [geometry.coordinates as Ring[]] : (geometry.coordinates as Ring[][]);
    for (const rings of parts) {
      // Bạch Long Vĩ is a small island: keep its detail.
      const island = file.includes('bachlongvi');
      // Rings smaller than ~0.05 km² (islets, creeks) vanish at the zooms the basemap serves.
      const kept = rings
        .filter((r) => island || Math.abs(area(r)) > 4e-6)
        .map((r) => simplify(r, island ? 0 : 0.002))
        .filter((r) => r.length >= 4);
      if (island || Math.abs(area(rings[0]!)) > 4e-6) polygons.push(kept);
    }
  }
}
const landAttribution = '© OpenStreetMap contributors';
writeFileSync(
  join(seedDir, 'land.json'),
  `${JSON.stringify({
    type: 'FeatureCollection',
    attribution: landAttribution,
    licence: 'ODbL-1.0',
    generatedBy: 'packages/sandbox/scripts/build-seed.ts from shared/data/haiphong-land-osm*.geojson (simplified)',
    features: [
      {
        type: 'Feature',
        properties: { kind: 'land', attribution: landAttribution },
        geometry: { type: 'MultiPolygon', coordinates: polygons },
      },
    ],
  })}\n`,
);

// The national catalogue of commune-level procedures, repaired (see procedures-seed.ts).
const rawProcedures = read<{ procedures: RawProcedure[] }>('vn-procedures-commune-level-2026.json').procedures;
const { procedures, repairs } = buildProcedureSeed(rawProcedures);
if (procedures.length < 400) throw new Error(`expected the commune-level catalogue, got ${procedures.length}`);
writeFileSync(
  join(seedDir, 'procedures.json'),
  `${JSON.stringify({
    ...header(
      [
        'Thủ tục hành chính: Cổng Dịch vụ công quốc gia (dichvucong.gov.vn, Văn phòng Chính phủ), via a public crawl dated 2026-07-20; each procedure links its page on the portal (sourceUrl).',
      ],
      'Official state information published for citizens (Nghị định 63/2010/NĐ-CP, 92/2017/NĐ-CP); cite "Cổng Dịch vụ công quốc gia" as the source.',
    ),
    source: {
      name: 'Cổng Dịch vụ công quốc gia',
      nameEn: 'National Public Service Portal',
      url: 'https://dichvucong.gov.vn/',
      retrieved: '2026-07-20',
    },
    repairs: { ...repairs, legalCodesDropped: repairs.legalCodesDropped.length },
    subjects: SUBJECTS,
    procedures,
  })}\n`,
);
console.log(
  `procedures: ${procedures.length}, repairs: ${JSON.stringify({ ...repairs, legalCodesDropped: repairs.legalCodesDropped })}`,
);

console.log(`seed: ${units.length} units, ${places.length} OSM places, ${polygons.length} land polygons → ${seedDir}`);

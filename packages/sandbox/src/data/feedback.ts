import { FLAG_PUBLIC, FeedbackColumns } from '../store/feedback-columns.js';
import { mercY } from '../util/geo.js';
import { cumulative, gaussian, pickCumulative, stream, weighted } from '../util/random.js';
import { DAY_MS, HOUR_MS, dayNumber, startOfDay } from '../util/time.js';
import { CATEGORY_DEFS, STATUS } from './feedback-catalog.js';
import type { SeedUnit } from './seed.js';

/** Wards of the old inner city: the densest feedback. */
const INNER_CITY = new Set([
  'Hồng Bàng',
  'Hồng An',
  'Ngô Quyền',
  'Gia Viên',
  'Lê Chân',
  'An Biên',
  'Hải An',
  'Đông Hải',
  'Kiến An',
  'An Dương',
  'Hải Dương',
  'Lê Thanh Nghị',
  'Thành Đông',
]);

function unitWeight(u: SeedUnit): number {
  if (u.type === 'đặc khu') return u.code === '11948' ? 0.05 : 0.8;
  if (u.type === 'xã') return 1;
  return INNER_CITY.has(u.shortName) ? 4 : 2.5;
}

/** Spread (standard deviation, degrees of latitude) of reports around a unit's anchor. */
function unitSpread(u: SeedUnit): number {
  if (u.code === '11948') return 0.004;
  if (u.code === '11914') return 0.03;
  return u.type === 'phường' ? 0.008 : 0.014;
}

// Hours of the day when people write (local time), from 0 to 23.
const HOUR_WEIGHTS = [1, 0.5, 0.3, 0.3, 0.5, 1.5, 4, 7, 9, 9, 8, 7, 5, 5, 7, 8, 8, 8, 7, 7, 8, 7, 5, 2];

/** The status a report of this age has reached. */
function statusForAge(rng: () => number, ageMs: number): number {
  const days = ageMs / DAY_MS;
  const [p, a, i, t, r, x] = [
    STATUS.pending,
    STATUS.accepted,
    STATUS.in_progress,
    STATUS.transferred,
    STATUS.resolved,
    STATUS.rejected,
  ];
  if (days < 1) return [p, a][weighted(rng, [6, 4])] as number;
  if (days < 7) return [p, a, i, t, r][weighted(rng, [1, 3, 4, 1.5, 0.5])] as number;
  if (days < 30) return [a, i, t, r, x][weighted(rng, [0.5, 3, 1.5, 4.5, 0.5])] as number;
  return [i, t, r, x][weighted(rng, [0.4, 0.3, 8.3, 1])] as number;
}

export interface FeedbackGenOptions {
  count: number;
  seed: number;
  /** The reference time: every generated report is older. */
  now: number;
  units: readonly SeedUnit[];
  /** How far back reports go, in days. */
  days?: number;
}

/**
 * The tracking code the docs and the tracker's hint show as an example: every sandbox whose
 * reference time is past it holds a report with this code (sample data, generated like the
 * others but from its own random stream): a noise report sent a few minutes after midnight,
 * the first of its day, so that its number within the day (0001) is its place in the columns.
 */
export const DOCUMENTED_FEEDBACK = {
  code: 'PA-261130-0001',
  at: Date.UTC(2026, 10, 29, 17, 6, 40),
  category: 'tieng-on',
  unit: '10966',
} as const;

/** Generate the sample reports into columns, in chronological order. */
export function generateFeedback(opts: FeedbackGenOptions): FeedbackColumns {
  const { count, seed, now, units } = opts;
  const days = opts.days ?? 730;
  const cols = new FeedbackColumns(count + 256);
  const rng = stream(seed, 'feedback');

  // Creation times first, sorted, so that index order is chronological. More recent days are
  // more likely (use of the service grows).
  const first = startOfDay(now) - days * DAY_MS;
  const hourCum = cumulative(HOUR_WEIGHTS);
  const times = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const day = Math.floor(days * Math.sqrt(rng()));
    let t = first + day * DAY_MS + pickCumulative(rng, hourCum) * HOUR_MS + Math.floor(rng() * 3600) * 1000;
    if (t >= now) t = now - 60_000 - Math.floor(rng() * 3 * HOUR_MS);
    times[k] = t;
  }
  times.sort();
  // The documented report, the first of its day: the day's earlier reports move just after it.
  const doc = DOCUMENTED_FEEDBACK;
  const docRng = stream(seed, 'feedback-documented');
  const withDoc = doc.at < now - HOUR_MS;
  let docAt = -1;
  if (withDoc) {
    const dayStart = startOfDay(doc.at);
    for (let k = 0; k < count; k++) {
      const t = times[k] as number;
      if (t >= dayStart && t <= doc.at) times[k] = doc.at + 1000 + Math.floor(docRng() * 10 * 60_000);
    }
    times.sort();
    docAt = times.findIndex((t) => t > doc.at);
    if (docAt < 0) docAt = count;
  }
  const docUnit = Math.max(
    0,
    units.findIndex((u) => u.code === doc.unit),
  );
  const docCategory = Math.max(
    0,
    CATEGORY_DEFS.findIndex((c) => c.id === doc.category),
  );

  const unitCum = cumulative(units.map(unitWeight));
  const urbanCum = cumulative(CATEGORY_DEFS.map((c) => c.weight.urban));
  const ruralCum = cumulative(CATEGORY_DEFS.map((c) => c.weight.rural));
  let lastDay = -1;
  let seq = 0;
  for (let k = 0; k < count + (withDoc ? 1 : 0); k++) {
    const i = cols.grow();
    if (k === docAt) {
      const unit = units[docUnit] as SeedUnit;
      const sd = unitSpread(unit) / 3;
      const lat = unit.anchor.lat + gaussian(docRng) * sd;
      const lon = unit.anchor.lon + (gaussian(docRng) * sd) / Math.cos((unit.anchor.lat * Math.PI) / 180);
      cols.lat[i] = lat;
      cols.lon[i] = lon;
      cols.mercY[i] = mercY(lat);
      cols.created[i] = doc.at;
      cols.unit[i] = docUnit;
      cols.category[i] = docCategory;
      cols.status[i] = statusForAge(docRng, now - doc.at);
      cols.photos[i] = 0;
      cols.flags[i] = FLAG_PUBLIC;
      cols.daySeq[i] = 1;
      seq = 1;
      lastDay = dayNumber(doc.at);
      continue;
    }
    const u = pickCumulative(rng, unitCum);
    const unit = units[u] as SeedUnit;
    const sd = unitSpread(unit);
    const cosLat = Math.cos((unit.anchor.lat * Math.PI) / 180);
    const [w, s, e, n] = unit.bbox;
    let lat = unit.anchor.lat;
    let lon = unit.anchor.lon;
    for (let attempt = 0; attempt < 4; attempt++) {
      lat = unit.anchor.lat + gaussian(rng) * sd;
      lon = unit.anchor.lon + (gaussian(rng) * sd) / cosLat;
      if (lon >= w && lon <= e && lat >= s && lat <= n) break;
      lat = Math.min(n, Math.max(s, lat));
      lon = Math.min(e, Math.max(w, lon));
    }
    const t = times[withDoc && k > docAt ? k - 1 : k] as number;
    const day = dayNumber(t);
    seq = day === lastDay ? seq + 1 : 1;
    lastDay = day;
    cols.lat[i] = lat;
    cols.lon[i] = lon;
    cols.mercY[i] = mercY(lat);
    cols.created[i] = t;
    cols.unit[i] = u;
    cols.category[i] = pickCumulative(rng, unit.type === 'phường' ? urbanCum : ruralCum);
    cols.status[i] = statusForAge(rng, now - t);
    cols.photos[i] = rng() < 0.45 ? 1 + Math.floor(rng() * 3) : 0;
    cols.flags[i] = FLAG_PUBLIC;
    cols.daySeq[i] = seq;
  }
  cols.baseCount = cols.count;
  return cols;
}

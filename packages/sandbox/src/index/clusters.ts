import { ScanClock } from '../util/scan-clock.js';
import type { BBox, FeedbackClusterItem, FeedbackClusters } from '@smart-haiphong/sdk';
import { CATEGORY_DEFS, STATUSES } from '../data/feedback-catalog.js';
import { FLAG_PUBLIC, type FeedbackColumns } from '../store/feedback-columns.js';
import { type FeedbackFilter, matchesColumns } from '../store/feedback-filter.js';
import { mercX, mercXToLon, mercY, mercYToLat, round5 } from '../util/geo.js';
import { type FeedbackGrid, cellsPerWorld } from './feedback-grid.js';
import type { PointIndex } from './spatial.js';
import type { UnitLists } from './unit-lists.js';

/** Cells per view at most: a 1000×700 px view has about 200; larger boxes use a coarser grid. */
export const MAX_VIEW_CELLS = 600;
/** From this zoom on, a view with few enough reports shows every report on its own. */
export const SINGLE_REPORT_ZOOM = 18;
export const MAX_SINGLE_REPORTS = 300;
const MAX_ZOOM = 22;

/** Per-cell sums for one view. */
class ViewBins {
  readonly count: Float64Array;
  readonly sx: Float64Array;
  readonly sy: Float64Array;
  readonly single: Int32Array;
  total = 0;

  constructor(
    readonly scale: number,
    readonly cx0: number,
    readonly cy0: number,
    readonly cw: number,
    readonly ch: number,
  ) {
    const n = cw * ch;
    this.count = new Float64Array(n);
    this.sx = new Float64Array(n);
    this.sy = new Float64Array(n);
    this.single = new Int32Array(n).fill(-1);
  }

  /** Add a report at world position (px, py) in cell units; false when outside the view. */
  addPoint(id: number, px: number, py: number): boolean {
    const x = Math.floor(px) - this.cx0;
    const y = Math.floor(py) - this.cy0;
    if (x < 0 || y < 0 || x >= this.cw || y >= this.ch) return false;
    const b = y * this.cw + x;
    this.count[b]!++;
    this.sx[b]! += px;
    this.sy[b]! += py;
    this.single[b] = id;
    this.total++;
    return true;
  }

  addAggregate(b: number, cellX: number, cellY: number, count: number, sx: number, sy: number, first: number): void {
    this.count[b]! += count;
    this.sx[b]! += sx + count * cellX;
    this.sy[b]! += sy + count * cellY;
    this.single[b] = first;
    this.total += count;
  }
}

export interface ClusterIndexes {
  cols: FeedbackColumns;
  grid: FeedbackGrid;
  spatial: PointIndex;
  units: UnitLists;
  /** Text test for `q` (the slow path: it generates the report's text, about 2 µs a report). */
  matchesText: (i: number, q: string) => boolean;
}

/**
 * Clusters and single reports for a map view. With a text filter every candidate is read, so
 * the scan gives the event loop back every few milliseconds: other requests never wait on it.
 */
export async function queryClusters(
  ix: ClusterIndexes,
  bbox: BBox,
  zoom: number,
  f: FeedbackFilter,
): Promise<FeedbackClusters> {
  const { cols, grid } = ix;
  let gz = Math.min(zoom, MAX_ZOOM);
  let scale = 0;
  let cx0 = 0;
  let cy0 = 0;
  let cw = 0;
  let ch = 0;
  for (;;) {
    scale = cellsPerWorld(gz);
    cx0 = Math.floor(mercX(bbox[0]) * scale);
    cy0 = Math.floor(mercY(bbox[3]) * scale);
    cw = Math.floor(mercX(bbox[2]) * scale) - cx0 + 1;
    ch = Math.floor(mercY(bbox[1]) * scale) - cy0 + 1;
    if (cw * ch <= MAX_VIEW_CELLS || gz === 0) break;
    gz--;
  }
  const bins = new ViewBins(scale, cx0, cy0, cw, ch);
  // The box of whole cells in view: every path counts exactly the reports in these cells.
  const cellBox: BBox = [
    mercXToLon(cx0 / scale),
    mercYToLat((cy0 + ch) / scale),
    mercXToLon((cx0 + cw) / scale),
    mercYToLat(cy0 / scale),
  ];
  const pointFilter: FeedbackFilter = { ...f, bbox: null };
  const collect = gz >= SINGLE_REPORT_ZOOM ? ([] as number[]) : null;
  const addPoint = (i: number) => {
    if (!matchesColumns(cols, pointFilter, i)) return;
    if (f.q !== null && !ix.matchesText(i, f.q)) return;
    if (bins.addPoint(i, mercX(cols.lon[i] as number) * scale, (cols.mercY[i] as number) * scale)) collect?.push(i);
  };

  const clock = f.q !== null ? new ScanClock() : null;
  let steps = 0;
  /** Whether to give the event loop back now (text scans only). */
  const due = () => clock !== null && (++steps & 63) === 0 && clock.due();

  const base = cols.baseCount;
  const lo = Number.isFinite(f.from) ? cols.lowerBound(f.from, 0, base) : 0;
  const hi = Number.isFinite(f.to) ? cols.lowerBound(f.to, 0, base) : base;
  if (f.unit >= 0) {
    const [a, b] = ix.units.range(f.unit, f.from, f.to);
    for (let p = a; p < b; p++) {
      if (due()) await clock?.pause();
      addPoint(ix.units.ids[p] as number);
    }
  } else if (gz > grid.maxZoom || collect) {
    for (const i of ix.spatial.range(pad(cellBox))) {
      if (i < lo || i >= hi) continue;
      if (due()) await clock?.pause();
      addPoint(i);
    }
  } else if (f.q !== null) {
    for (let i = lo; i < hi; i++) {
      if (due()) await clock?.pause();
      addPoint(i);
    }
  } else {
    sumGrid(grid, bins, gz, lo, hi, f, (a, b) => scanRange(cols, bins, cellBox, f, a, b));
  }
  // Reports sent since start-up are not in the prebuilt indexes.
  for (let i = base; i < cols.count; i++) {
    if (due()) await clock?.pause();
    addPoint(i);
  }

  const items: FeedbackClusterItem[] = [];
  const report = (i: number): FeedbackClusterItem => ({
    kind: 'report',
    id: `fb-${i + 1}`,
    lat: round5(cols.lat[i] as number),
    lon: round5(cols.lon[i] as number),
    status: (STATUSES[cols.status[i] as number] as { code: string }).code,
    categoryId: (CATEGORY_DEFS[cols.category[i] as number] as { id: string }).id,
  });
  if (collect && collect.length <= MAX_SINGLE_REPORTS) {
    for (const i of collect) items.push(report(i));
  } else {
    for (let b = 0; b < cw * ch; b++) {
      const n = bins.count[b] as number;
      if (n === 0) continue;
      if (n === 1) {
        items.push(report(bins.single[b] as number));
        continue;
      }
      const x = b % cw;
      const y = (b - x) / cw;
      items.push({
        kind: 'cluster',
        id: `${gz}/${cx0 + x}/${cy0 + y}`,
        lat: round5(mercYToLat((bins.sy[b] as number) / n / scale)),
        lon: round5(mercXToLon((bins.sx[b] as number) / n / scale)),
        count: n,
        expansionZoom: Math.min(MAX_ZOOM, Math.max(zoom, gz) + 1),
      });
    }
  }
  return { zoom, items, total: bins.total };
}

/**
 * Count the generated reports `[lo, hi)` (a time range: no time test needed) one by one: the
 * hot loop of months cut by a date range, so the box test comes first and nothing is called.
 */
function scanRange(cols: FeedbackColumns, bins: ViewBins, box: BBox, f: FeedbackFilter, lo: number, hi: number): void {
  const { lat, lon, mercY: my, status, category, flags } = cols;
  const [w, s, e, n] = box;
  const cats = f.categories;
  const sts = f.statuses;
  const scale = bins.scale;
  for (let i = lo; i < hi; i++) {
    const x = lon[i] as number;
    if (x < w || x > e) continue;
    const y = lat[i] as number;
    if (y < s || y > n) continue;
    if (((flags[i] as number) & FLAG_PUBLIC) === 0) continue;
    if (sts !== null && sts[status[i] as number] === 0) continue;
    if (cats !== null && cats[category[i] as number] === 0) continue;
    bins.addPoint(i, mercX(x) * scale, (my[i] as number) * scale);
  }
}

const pad = (b: BBox): BBox => [b[0] - 1e-9, b[1] - 1e-9, b[2] + 1e-9, b[3] + 1e-9];

/**
 * Sum the grid's entries over the view's cells for the whole months inside `[lo, hi)`,
 * and count the cut months' reports one by one.
 */
function sumGrid(
  grid: FeedbackGrid,
  bins: ViewBins,
  gz: number,
  lo: number,
  hi: number,
  f: FeedbackFilter,
  scan: (lo: number, hi: number) => void,
): void {
  const ms = grid.monthStart;
  let mFirst = 0;
  while (mFirst < grid.monthCount && (ms[mFirst] as number) < lo) mFirst++;
  let mLast = grid.monthCount - 1;
  while (mLast >= mFirst && (ms[mLast + 1] as number) > hi) mLast--;
  if (mFirst > mLast) {
    scan(lo, hi);
    return;
  }
  scan(lo, ms[mFirst] as number);
  scan(ms[mLast + 1] as number, hi);

  // Which (status, category) keys pass, repeated for every month.
  const per = grid.perMonth;
  const allowed = new Uint8Array(per);
  for (let s = 0; s < grid.statusCount; s++) {
    if (f.statuses && f.statuses[s] === 0) continue;
    for (let c = 0; c < grid.categoryCount; c++) {
      if (f.categories && f.categories[c] === 0) continue;
      allowed[s * grid.categoryCount + c] = 1;
    }
  }
  const keyLo = mFirst * per;
  const keyHi = (mLast + 1) * per;
  const level = grid.levels[gz];
  if (!level) return;
  const { cells, start, key, count, sx, sy, first } = level;
  const vx0 = Math.max(bins.cx0, level.x0);
  const vx1 = Math.min(bins.cx0 + bins.cw - 1, level.x0 + level.w - 1);
  const vy0 = Math.max(bins.cy0, level.y0);
  const vy1 = Math.min(bins.cy0 + bins.ch - 1, level.y0 + level.h - 1);
  if (vx0 > vx1 || vy0 > vy1) return;
  for (let cy = vy0; cy <= vy1; cy++) {
    const rowBase = (cy - level.y0) * level.w - level.x0;
    const cellLo = rowBase + vx0;
    const cellHi = rowBase + vx1;
    let p = lowerBound(cells, cellLo, 0, cells.length);
    for (; p < cells.length && (cells[p] as number) <= cellHi; p++) {
      const cx = (cells[p] as number) - rowBase;
      const b = (cy - bins.cy0) * bins.cw + (cx - bins.cx0);
      const end = start[p + 1] as number;
      let e = lowerBound(key, keyLo, start[p] as number, end);
      let n = 0;
      let ssx = 0;
      let ssy = 0;
      let one = -1;
      for (; e < end; e++) {
        const k = key[e] as number;
        if (k >= keyHi) break;
        if (allowed[k % per] === 0) continue;
        const c = count[e] as number;
        n += c;
        ssx += sx[e] as number;
        ssy += sy[e] as number;
        one = first[e] as number;
      }
      if (n > 0) bins.addAggregate(b, cx, cy, n, ssx, ssy, one);
    }
  }
}

function lowerBound(a: Uint32Array | Uint16Array, v: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

import type { BBox } from '@smart-haiphong/sdk';
import { CATEGORY_DEFS, STATUSES } from '../data/feedback-catalog.js';
import { FLAG_PUBLIC, type FeedbackColumns } from '../store/feedback-columns.js';
import { mercX, mercY } from '../util/geo.js';
import { monthNumber, startOfMonthNumber } from '../util/time.js';

/** Grid cells are 64 px of a 256 px tile: at zoom z a world is 2^(z+2) cells wide. */
export const cellsPerWorld = (z: number): number => 2 ** (z + 2);

/**
 * One zoom level of the pre-aggregated grid. Cells are numbered row-major over the city's
 * extent; each non-empty cell holds entries sorted by key, one per
 * (month, status, category) present, with the count and the sum of in-cell offsets.
 */
export interface GridLevel {
  z: number;
  scale: number;
  x0: number;
  y0: number;
  w: number;
  h: number;
  /** Local ids of non-empty cells, ascending. */
  cells: Uint32Array;
  /** `start[k]…start[k+1]` are the entries of `cells[k]`. */
  start: Uint32Array;
  key: Uint16Array;
  count: Uint32Array;
  /** Sums of the points' offsets inside the cell (0…1 cell units): float32 is enough. */
  sx: Float32Array;
  sy: Float32Array;
  /** One report of the entry, shown alone when it is the only match in the cell. */
  first: Uint32Array;
}

/**
 * Pre-aggregated counts of the generated reports for every zoom up to `maxZoom`. A cluster
 * query sums the entries of the cells in view whose key passes the filters: its cost depends
 * on the view, not on how many reports exist. Keys are month-major, so a date range picks a
 * contiguous key range in each cell; months cut by the range are counted exactly from the
 * (chronological) columns instead.
 */
export class FeedbackGrid {
  readonly levels: GridLevel[] = [];
  readonly categoryCount = CATEGORY_DEFS.length;
  readonly statusCount = STATUSES.length;
  /** Keys per month: status × category. */
  readonly perMonth = this.categoryCount * this.statusCount;
  readonly monthBase: number;
  readonly monthCount: number;
  /** `monthStart[m]`: first report index of month `monthBase + m` (length monthCount + 1). */
  readonly monthStart: Int32Array;
  readonly size: number;

  constructor(
    private readonly cols: FeedbackColumns,
    private readonly extent: BBox,
    readonly maxZoom = 16,
  ) {
    const n = (this.size = cols.baseCount);
    this.monthBase = n > 0 ? monthNumber(cols.created[0] as number) : 0;
    this.monthCount = n > 0 ? monthNumber(cols.created[n - 1] as number) - this.monthBase + 1 : 0;
    if (this.monthCount * this.perMonth > 65_536) throw new Error('feedback spans too many months for the grid keys');
    this.monthStart = new Int32Array(this.monthCount + 1);
    for (let m = 0; m <= this.monthCount; m++) {
      this.monthStart[m] = cols.lowerBound(startOfMonthNumber(this.monthBase + m), 0, n);
    }
    this.build();
  }

  /** The month bucket of a report index (for generated reports). */
  monthOf(i: number): number {
    const ms = this.monthStart;
    let lo = 0;
    let hi = this.monthCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((ms[mid] as number) <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  bytes(): number {
    return this.levels.reduce((s, l) => s + l.cells.byteLength * 2 + l.key.length * 18, 0);
  }

  private build(): void {
    const c = this.cols;
    const n = this.size;
    const keyOf = new Uint16Array(n);
    for (let m = 0; m < this.monthCount; m++) {
      for (let i = this.monthStart[m] as number; i < (this.monthStart[m + 1] as number); i++) {
        keyOf[i] = m * this.perMonth + (c.status[i] as number) * this.categoryCount + (c.category[i] as number);
      }
    }
    const fx = new Float64Array(n);
    for (let i = 0; i < n; i++) fx[i] = mercX(c.lon[i] as number);

    // Scratch space reused by every level.
    const cellOf = new Uint32Array(n);
    const order = new Uint32Array(n);
    const outKey = new Uint16Array(n);
    const outCount = new Uint32Array(n);
    const outSx = new Float32Array(n);
    const outSy = new Float32Array(n);
    const outFirst = new Uint32Array(n);
    const keys = this.monthCount * this.perMonth;
    const accCount = new Uint32Array(keys);
    const accSx = new Float64Array(keys);
    const accSy = new Float64Array(keys);
    const accFirst = new Uint32Array(keys);
    const touched = new Uint16Array(keys);

    for (let z = 0; z <= this.maxZoom; z++) {
      const scale = cellsPerWorld(z);
      const x0 = Math.floor(mercX(this.extent[0]) * scale);
      const y0 = Math.floor(mercY(this.extent[3]) * scale);
      const w = Math.floor(mercX(this.extent[2]) * scale) - x0 + 1;
      const h = Math.floor(mercY(this.extent[1]) * scale) - y0 + 1;
      // Counting sort of the reports by cell.
      const bucket = new Uint32Array(w * h + 1);
      for (let i = 0; i < n; i++) {
        if (((c.flags[i] as number) & FLAG_PUBLIC) === 0) {
          cellOf[i] = 0xffffffff;
          continue;
        }
        const cx = Math.min(w - 1, Math.max(0, Math.floor((fx[i] as number) * scale) - x0));
        const cy = Math.min(h - 1, Math.max(0, Math.floor((c.mercY[i] as number) * scale) - y0));
        const cell = cy * w + cx;
        cellOf[i] = cell;
        bucket[cell + 1]!++;
      }
      let nonEmpty = 0;
      for (let k = 1; k <= w * h; k++) {
        if (bucket[k] !== 0) nonEmpty++;
        bucket[k]! += bucket[k - 1] as number;
      }
      const fill = bucket.slice(0, w * h);
      for (let i = 0; i < n; i++) {
        const cell = cellOf[i] as number;
        if (cell !== 0xffffffff) order[fill[cell]!++] = i;
      }
      const cells = new Uint32Array(nonEmpty);
      const start = new Uint32Array(nonEmpty + 1);
      let e = 0;
      let k = 0;
      for (let cell = 0; cell < w * h; cell++) {
        const from = bucket[cell] as number;
        const to = bucket[cell + 1] as number;
        if (from === to) continue;
        const cx = x0 + (cell % w);
        const cy = y0 + Math.floor(cell / w);
        let nt = 0;
        for (let p = from; p < to; p++) {
          const i = order[p] as number;
          const key = keyOf[i] as number;
          if (accCount[key] === 0) {
            touched[nt++] = key;
            accFirst[key] = i;
          }
          accCount[key]!++;
          accSx[key]! += (fx[i] as number) * scale - cx;
          accSy[key]! += (c.mercY[i] as number) * scale - cy;
        }
        const t = touched.subarray(0, nt).sort();
        cells[k] = cell;
        start[k] = e;
        for (let q = 0; q < nt; q++) {
          const key = t[q] as number;
          outKey[e] = key;
          outCount[e] = accCount[key] as number;
          outSx[e] = accSx[key] as number;
          outSy[e] = accSy[key] as number;
          outFirst[e] = accFirst[key] as number;
          e++;
          accCount[key] = 0;
          accSx[key] = 0;
          accSy[key] = 0;
        }
        k++;
      }
      start[k] = e;
      this.levels.push({
        z,
        scale,
        x0,
        y0,
        w,
        h,
        cells,
        start,
        key: outKey.slice(0, e),
        count: outCount.slice(0, e),
        sx: outSx.slice(0, e),
        sy: outSy.slice(0, e),
        first: outFirst.slice(0, e),
      });
    }
  }
}

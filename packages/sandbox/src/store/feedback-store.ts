import type { BBox, FeedbackClusters } from '@smart-haiphong/sdk';
import { matchesSearch } from '@smart-haiphong/sdk';
import { FeedbackDescriber, type SubmittedFeedback } from '../data/feedback-details.js';
import { generateFeedback } from '../data/feedback.js';
import type { SeedUnit } from '../data/seed.js';
import { queryClusters } from '../index/clusters.js';
import { FeedbackGrid } from '../index/feedback-grid.js';
import { PointIndex } from '../index/spatial.js';
import { UnitLists } from '../index/unit-lists.js';
import { haversine, mercY } from '../util/geo.js';
import { dayNumber, parseDate } from '../util/time.js';
import { FLAG_PUBLIC, FLAG_SUBMITTED, type FeedbackColumns } from './feedback-columns.js';
import { type FeedbackFilter, matchesColumns } from './feedback-filter.js';

export interface FeedbackStoreOptions {
  count: number;
  seed: number;
  now: number;
  units: readonly SeedUnit[];
  /** The extent the clustering grid covers (the city's box). */
  extent: BBox;
  /** Highest zoom with a prebuilt grid; above it clusters come from the k-d tree. */
  gridMaxZoom?: number;
}

/** One page of ids, and where the next one starts. */
export interface IdPage {
  ids: number[];
  distances?: number[];
  /** Newest-first lists continue below this index; nearest-first lists at this offset. */
  next: { before: number } | { offset: number } | null;
  total?: number;
}

export interface ListOptions {
  near?: { lat: number; lon: number; radius: number };
  before?: number;
  offset?: number;
  limit: number;
}

/** The feedback reports: columns, their indexes, and reports sent since start-up. */
export class FeedbackStore {
  readonly cols: FeedbackColumns;
  readonly describe: FeedbackDescriber;
  readonly grid: FeedbackGrid;
  readonly spatial: PointIndex;
  readonly unitLists: UnitLists;
  readonly submitted = new Map<number, SubmittedFeedback>();
  private readonly submittedCodes = new Map<string, number>();
  private readonly submittedPerDay = new Map<number, number>();
  /** First report index of each day, from the first generated day. */
  private readonly dayFirst: Int32Array;
  private readonly dayBase: number;

  constructor(
    opts: FeedbackStoreOptions,
    private readonly now: () => number,
  ) {
    this.cols = generateFeedback({ count: opts.count, seed: opts.seed, now: opts.now, units: opts.units });
    const c = this.cols;
    // Generated timelines end before the data's reference time, not the clock: same seed, same data.
    this.describe = new FeedbackDescriber(c, opts.units, opts.seed, () => opts.now, this.submitted);
    this.grid = new FeedbackGrid(c, opts.extent, opts.gridMaxZoom ?? 16);
    this.spatial = new PointIndex(c.lat, c.lon, c.baseCount);
    this.unitLists = new UnitLists(c, opts.units.length);
    const n = c.baseCount;
    this.dayBase = n > 0 ? dayNumber(c.created[0] as number) : 0;
    const days = n > 0 ? dayNumber(c.created[n - 1] as number) - this.dayBase + 2 : 1;
    this.dayFirst = new Int32Array(days).fill(n);
    for (let i = n - 1; i >= 0; i--) this.dayFirst[dayNumber(c.created[i] as number) - this.dayBase] = i;
    for (let d = days - 2; d >= 0; d--)
      this.dayFirst[d] = Math.min(this.dayFirst[d] as number, this.dayFirst[d + 1] as number);
  }

  get size(): number {
    return this.cols.count;
  }

  /** A report by id (`fb-123`) or tracking code (`PA-260512-0042`), or -1. */
  find(ref: string): number {
    const i = this.describe.indexOf(ref);
    if (i >= 0) return i;
    const code = ref.trim().toUpperCase();
    const m = /^PA-(\d{2})(\d{2})(\d{2})-(\d{1,7})$/.exec(code);
    if (!m) return -1;
    const sub = this.submittedCodes.get(code);
    if (sub !== undefined) return sub;
    const day = dayNumber(parseDate(`20${m[1]}-${m[2]}-${m[3]}`)) - this.dayBase;
    if (!(day >= 0 && day < this.dayFirst.length - 1)) return -1;
    const idx = (this.dayFirst[day] as number) + Number(m[4]) - 1;
    return idx < (this.dayFirst[day + 1] as number) && this.describe.trackingCode(idx) === code ? idx : -1;
  }

  isPublic(i: number): boolean {
    return ((this.cols.flags[i] as number) & FLAG_PUBLIC) !== 0;
  }

  reporterOf(i: number): string | null {
    return this.submitted.get(i)?.reporterSub ?? null;
  }

  matchesText = (i: number, q: string): boolean => matchesSearch(this.describe.searchText(i), q);

  clusters(bbox: BBox, zoom: number, f: FeedbackFilter): FeedbackClusters {
    return queryClusters(
      { cols: this.cols, grid: this.grid, spatial: this.spatial, units: this.unitLists, matchesText: this.matchesText },
      bbox,
      zoom,
      f,
    );
  }

  /** Newest first, or nearest first with `near`. */
  list(f: FeedbackFilter, o: ListOptions): IdPage {
    const c = this.cols;
    const accept = (i: number) => matchesColumns(c, f, i) && (f.q === null || this.matchesText(i, f.q));
    if (o.near) {
      const { lat, lon, radius } = o.near;
      const hits = this.spatial.within(lat, lon, radius, accept);
      for (let i = c.baseCount; i < c.count; i++) {
        const d = haversine(lat, lon, c.lat[i] as number, c.lon[i] as number);
        if (d <= radius && accept(i)) hits.push({ id: i, distance: d });
      }
      hits.sort((a, b) => a.distance - b.distance || b.id - a.id);
      const offset = o.offset ?? 0;
      const page = hits.slice(offset, offset + o.limit);
      return {
        ids: page.map((h) => h.id),
        distances: page.map((h) => h.distance),
        next: offset + o.limit < hits.length ? { offset: offset + o.limit } : null,
        total: hits.length,
      };
    }

    // Candidates newest first: reports sent since start-up, then generated ones from the
    // unit's list, the k-d tree (small boxes) or every index in the time range.
    const before = o.before ?? Infinity;
    const ids: number[] = [];
    let total = 0;
    let more = false;
    const counting = f.q === null;
    // With a total to count, every candidate is visited; the page takes those below the cursor.
    const visit = (i: number): boolean => {
      if (!matchesColumns(c, f, i)) return true;
      if (f.q !== null && !this.matchesText(i, f.q)) return true;
      total++;
      if (i >= before) return true;
      if (ids.length < o.limit) ids.push(i);
      else more = true;
      return counting || !more;
    };
    let go = true;
    for (let i = c.count - 1; go && i >= c.baseCount; i--) go = visit(i);
    const base = c.baseCount;
    if (go && f.unit >= 0) {
      const [a, b] = this.unitLists.range(f.unit, f.from, f.to);
      for (let p = b - 1; go && p >= a; p--) go = visit(this.unitLists.ids[p] as number);
    } else if (go) {
      const lo = Number.isFinite(f.from) ? c.lowerBound(f.from, 0, base) : 0;
      const hi = Number.isFinite(f.to) ? c.lowerBound(f.to, 0, base) : base;
      const inBox = f.bbox ? this.spatial.range(f.bbox) : null;
      if (inBox && inBox.length < base / 8) {
        inBox.sort((a, b) => b - a);
        for (let k = 0; go && k < inBox.length; k++) {
          const i = inBox[k] as number;
          if (i >= lo && i < hi) go = visit(i);
        }
      } else {
        for (let i = (counting ? hi : Math.min(hi, before)) - 1; go && i >= lo; i--) go = visit(i);
      }
    }
    const last = ids[ids.length - 1];
    return {
      ids,
      next: more && last !== undefined ? { before: last } : null,
      ...(counting ? { total } : {}),
    };
  }

  /** Store a report sent through the API; returns its index. */
  submit(input: { lat: number; lon: number; category: number; unit: number; details: SubmittedFeedback }): number {
    const c = this.cols;
    const t = Math.max(this.now(), c.count > 0 ? (c.created[c.count - 1] as number) : 0);
    const i = c.grow();
    c.lat[i] = input.lat;
    c.lon[i] = input.lon;
    c.mercY[i] = mercY(input.lat);
    c.created[i] = t;
    c.category[i] = input.category;
    c.status[i] = 0;
    c.unit[i] = input.unit;
    c.photos[i] = input.details.photos.length;
    c.flags[i] = (input.details.public ? FLAG_PUBLIC : 0) | FLAG_SUBMITTED;
    const day = dayNumber(t);
    const d = day - this.dayBase;
    const generated =
      d >= 0 && d < this.dayFirst.length - 1 ? (this.dayFirst[d + 1] as number) - (this.dayFirst[d] as number) : 0;
    const seq = generated + (this.submittedPerDay.get(day) ?? 0) + 1;
    this.submittedPerDay.set(day, (this.submittedPerDay.get(day) ?? 0) + 1);
    c.daySeq[i] = seq;
    this.submitted.set(i, input.details);
    this.submittedCodes.set(this.describe.trackingCode(i), i);
    return i;
  }
}

import type { BBox, FeedbackClusters } from '@smart-haiphong/sdk';
import { FeedbackDescriber, type SubmittedFeedback } from '../data/feedback-details.js';
import { generateFeedback } from '../data/feedback.js';
import type { SeedUnit } from '../data/seed.js';
import { queryClusters } from '../index/clusters.js';
import { FeedbackGrid } from '../index/feedback-grid.js';
import { PointIndex } from '../index/spatial.js';
import { UnitLists } from '../index/unit-lists.js';
import { haversine, mercY } from '../util/geo.js';
import { ScanClock } from '../util/scan-clock.js';
import { matchesWords, queryWords } from '../util/search-fold.js';
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
  /**
   * With a text filter, the longest a page may take, ms: a scan that has not filled the page
   * by then returns what it found, with a cursor where it stopped. Default 1000.
   */
  budgetMs?: number;
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

  private lastQuery: { q: string; words: string[]; memo: Uint8Array } = {
    q: '',
    words: [],
    memo: new Uint8Array(0),
  };
  /** Per recent query: 0 = not read yet, 1 = no match, 2 = match, for each generated report. */
  private readonly textMemo = new Map<string, Uint8Array>();

  /**
   * Whether report `i` matches the text query (tone marks and đ/d ignored): the expensive
   * filter, which generates the report's text. The answers for the generated reports are
   * remembered per query (1 byte a report, the last 8 queries): a map panned with the same
   * search, or the next page, reads them instead of generating the texts again.
   */
  matchesText = (i: number, q: string): boolean => {
    if (this.lastQuery.q !== q) {
      const words = queryWords(q);
      this.lastQuery = { q, words, memo: this.memoFor(words.join(' ')) };
    }
    const { words, memo } = this.lastQuery;
    if (i >= memo.length) return matchesWords(this.describe.searchText(i), words);
    const known = memo[i] as number;
    if (known !== 0) return known === 2;
    const match = matchesWords(this.describe.searchText(i), words);
    memo[i] = match ? 2 : 1;
    return match;
  };

  private memoFor(key: string): Uint8Array {
    let memo = this.textMemo.get(key);
    if (memo) this.textMemo.delete(key);
    else memo = new Uint8Array(this.cols.baseCount);
    this.textMemo.set(key, memo);
    while (this.textMemo.size > 8) this.textMemo.delete(this.textMemo.keys().next().value as string);
    return memo;
  }

  /** Clusters for a view; a text filter scans, giving the event loop back as it goes. */
  clusters(bbox: BBox, zoom: number, f: FeedbackFilter): Promise<FeedbackClusters> {
    return queryClusters(
      { cols: this.cols, grid: this.grid, spatial: this.spatial, units: this.unitLists, matchesText: this.matchesText },
      bbox,
      zoom,
      f,
    );
  }

  /**
   * Newest first, or nearest first with `near`. A text filter (`f.q`) scans cooperatively
   * (the event loop is given back every few ms) within `o.budgetMs`; a page cut short by the
   * budget has fewer items and a cursor where the scan stopped, and no `total`.
   */
  async list(f: FeedbackFilter, o: ListOptions): Promise<IdPage> {
    const c = this.cols;
    const q = f.q;
    const clock = new ScanClock(8, q === null ? Infinity : (o.budgetMs ?? 1000));
    let steps = 0;
    /** Whether to give the event loop back before the next item (then `await clock.pause()`). */
    const due = (): boolean => (++steps & 63) === 0 && clock.due();

    if (o.near) {
      const { lat, lon, radius } = o.near;
      const columns = (i: number) => matchesColumns(c, f, i);
      const hits = this.spatial.within(lat, lon, radius, columns);
      for (let i = c.baseCount; i < c.count; i++) {
        const d = haversine(lat, lon, c.lat[i] as number, c.lon[i] as number);
        if (d <= radius && columns(i)) hits.push({ id: i, distance: d });
      }
      hits.sort((a, b) => a.distance - b.distance || b.id - a.id);
      const offset = o.offset ?? 0;
      if (q === null) {
        const page = hits.slice(offset, offset + o.limit);
        return {
          ids: page.map((h) => h.id),
          distances: page.map((h) => h.distance),
          next: offset + o.limit < hits.length ? { offset: offset + o.limit } : null,
          total: hits.length,
        };
      }
      // With text: the offset is a position among the candidates, nearest first.
      const ids: number[] = [];
      const distances: number[] = [];
      let p = offset;
      for (; p < hits.length; p++) {
        if (due() && !(await clock.pause())) return { ids, distances, next: { offset: p } };
        const h = hits[p] as { id: number; distance: number };
        if (!this.matchesText(h.id, q)) continue;
        if (ids.length === o.limit) return { ids, distances, next: { offset: p } };
        ids.push(h.id);
        distances.push(h.distance);
      }
      return { ids, distances, next: null };
    }

    // Candidates newest first: reports sent since start-up, then generated ones from the
    // unit's list, the k-d tree (small boxes) or every index in the time range. Indexes only
    // go down, so a scan stopped at `i` continues below `i + 1`.
    const before = o.before ?? Infinity;
    const ids: number[] = [];
    let total = 0;
    let more = false;
    let stoppedAt = -1;
    const counting = q === null;
    // With a total to count, every candidate is visited; the page takes those below the cursor.
    const visit = (i: number): boolean => {
      if (!counting && i >= before) return true;
      if (!matchesColumns(c, f, i)) return true;
      if (q !== null && !this.matchesText(i, q)) return true;
      total++;
      if (i >= before) return true;
      if (ids.length < o.limit) ids.push(i);
      else more = true;
      return counting || !more;
    };
    /** Stop before `i` when the budget is spent. */
    const stop = async (i: number): Promise<boolean> => {
      if (await clock.pause()) return false;
      stoppedAt = i;
      return true;
    };
    let go = true;
    for (let i = c.count - 1; go && i >= c.baseCount; i--) go = !(due() && (await stop(i))) && visit(i);
    const base = c.baseCount;
    if (go && f.unit >= 0) {
      const [a, b] = this.unitLists.range(f.unit, f.from, f.to);
      for (let p = b - 1; go && p >= a; p--) {
        const i = this.unitLists.ids[p] as number;
        go = !(due() && (await stop(i))) && visit(i);
      }
    } else if (go) {
      const lo = Number.isFinite(f.from) ? c.lowerBound(f.from, 0, base) : 0;
      const hi = Number.isFinite(f.to) ? c.lowerBound(f.to, 0, base) : base;
      const inBox = f.bbox ? this.spatial.range(f.bbox) : null;
      if (inBox && inBox.length < base / 8) {
        inBox.sort((a, b) => b - a);
        for (let k = 0; go && k < inBox.length; k++) {
          const i = inBox[k] as number;
          if (i >= lo && i < hi) go = !(due() && (await stop(i))) && visit(i);
        }
      } else {
        for (let i = (counting ? hi : Math.min(hi, before)) - 1; go && i >= lo; i--)
          go = !(due() && (await stop(i))) && visit(i);
      }
    }
    if (stoppedAt >= 0) return { ids, next: { before: stoppedAt + 1 } };
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

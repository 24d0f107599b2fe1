/**
 * Feedback reports stored column-wise in typed arrays, in creation order (index order is
 * chronological), so that a million reports take tens of megabytes and indexes can work on
 * plain numbers. Titles and texts are not stored: they are generated from the index and
 * the seed when a report is read (see data/feedback-details.ts).
 */
export const FLAG_PUBLIC = 1;
export const FLAG_SUBMITTED = 2;

export class FeedbackColumns {
  /** Reports in all. */
  count = 0;
  /** Generated reports: `[0, baseCount)`, covered by the prebuilt indexes. */
  baseCount = 0;
  capacity: number;
  lat: Float64Array;
  lon: Float64Array;
  /** Web-Mercator y in [0, 1), kept because the clustering grids bin by it. */
  mercY: Float64Array;
  /** Creation time, epoch milliseconds. */
  created: Float64Array;
  category: Uint8Array;
  status: Uint8Array;
  /** Index into the unit list. */
  unit: Uint8Array;
  photos: Uint8Array;
  flags: Uint8Array;
  /** The report's number within its creation day (the NNNN of `PA-YYMMDD-NNNN`), from 1. */
  daySeq: Uint32Array;

  constructor(capacity: number) {
    this.capacity = Math.max(16, capacity);
    this.lat = new Float64Array(this.capacity);
    this.lon = new Float64Array(this.capacity);
    this.mercY = new Float64Array(this.capacity);
    this.created = new Float64Array(this.capacity);
    this.category = new Uint8Array(this.capacity);
    this.status = new Uint8Array(this.capacity);
    this.unit = new Uint8Array(this.capacity);
    this.photos = new Uint8Array(this.capacity);
    this.flags = new Uint8Array(this.capacity);
    this.daySeq = new Uint32Array(this.capacity);
  }

  /** Make room for one more report, doubling the arrays when full. */
  grow(): number {
    if (this.count === this.capacity) {
      const cap = this.capacity * 2;
      const re = <T extends Float64Array | Uint8Array | Uint32Array>(a: T, make: (n: number) => T): T => {
        const b = make(cap);
        b.set(a);
        return b;
      };
      this.lat = re(this.lat, (n) => new Float64Array(n));
      this.lon = re(this.lon, (n) => new Float64Array(n));
      this.mercY = re(this.mercY, (n) => new Float64Array(n));
      this.created = re(this.created, (n) => new Float64Array(n));
      this.category = re(this.category, (n) => new Uint8Array(n));
      this.status = re(this.status, (n) => new Uint8Array(n));
      this.unit = re(this.unit, (n) => new Uint8Array(n));
      this.photos = re(this.photos, (n) => new Uint8Array(n));
      this.flags = re(this.flags, (n) => new Uint8Array(n));
      this.daySeq = re(this.daySeq, (n) => new Uint32Array(n));
      this.capacity = cap;
    }
    return this.count++;
  }

  /** First index whose creation time is ≥ `ms` (binary search: index order is chronological). */
  lowerBound(ms: number, lo = 0, hi = this.count): number {
    const c = this.created;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((c[mid] as number) < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  bytes(): number {
    return this.capacity * (8 * 4 + 1 * 5 + 4);
  }
}

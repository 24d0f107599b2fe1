import type { FeedbackColumns } from '../store/feedback-columns.js';

/** The generated reports of each unit, in creation order: a unit filter reads only its own. */
export class UnitLists {
  readonly start: Uint32Array;
  readonly ids: Uint32Array;

  constructor(
    private readonly cols: FeedbackColumns,
    unitCount: number,
  ) {
    const n = cols.baseCount;
    this.start = new Uint32Array(unitCount + 1);
    for (let i = 0; i < n; i++) this.start[(cols.unit[i] as number) + 1]!++;
    for (let u = 1; u <= unitCount; u++) this.start[u]! += this.start[u - 1] as number;
    const fill = this.start.slice(0, unitCount);
    this.ids = new Uint32Array(n);
    for (let i = 0; i < n; i++) this.ids[fill[cols.unit[i] as number]!++] = i;
  }

  /** Positions `[lo, hi)` in `ids` of the unit's reports created in `[from, to)`. */
  range(unit: number, from: number, to: number): [number, number] {
    const lo = this.lowerBound(unit, from);
    return [lo, Number.isFinite(to) ? this.lowerBound(unit, to) : (this.start[unit + 1] as number)];
  }

  private lowerBound(unit: number, ms: number): number {
    let lo = this.start[unit] as number;
    let hi = this.start[unit + 1] as number;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cols.created[this.ids[mid] as number] as number) < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

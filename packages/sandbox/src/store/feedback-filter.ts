import type { BBox } from '@smart-haiphong/sdk';
import { FLAG_PUBLIC, type FeedbackColumns } from './feedback-columns.js';

/** Filters of feedback lists and clusters, compiled to what the columns hold. */
export interface FeedbackFilter {
  /** Allowed category indexes (1 = allowed), or null for all. */
  categories: Uint8Array | null;
  statuses: Uint8Array | null;
  /** Unit index, or -1. */
  unit: number;
  /** Creation time range, `[from, to)` in epoch ms. */
  from: number;
  to: number;
  /** Search words (already a search key), or null. */
  q: string | null;
  bbox: BBox | null;
}

export const emptyFilter = (): FeedbackFilter => ({
  categories: null,
  statuses: null,
  unit: -1,
  from: -Infinity,
  to: Infinity,
  q: null,
  bbox: null,
});

/** Whether report `i` passes every filter but the text one. Private reports never do. */
export function matchesColumns(c: FeedbackColumns, f: FeedbackFilter, i: number): boolean {
  if (((c.flags[i] as number) & FLAG_PUBLIC) === 0) return false;
  if (f.categories && f.categories[c.category[i] as number] === 0) return false;
  if (f.statuses && f.statuses[c.status[i] as number] === 0) return false;
  if (f.unit >= 0 && c.unit[i] !== f.unit) return false;
  const t = c.created[i] as number;
  if (t < f.from || t >= f.to) return false;
  if (f.bbox) {
    const lat = c.lat[i] as number;
    const lon = c.lon[i] as number;
    if (lon < f.bbox[0] || lon > f.bbox[2] || lat < f.bbox[1] || lat > f.bbox[3]) return false;
  }
  return true;
}

import KDBush from 'kdbush';
import { around } from 'geokdbush';
import type { BBox } from '@smart-haiphong/sdk';
import { circleBBox, haversine } from '../util/geo.js';

/** A static k-d tree over points (lon, lat), with exact great-circle radius queries. */
export class PointIndex {
  private readonly tree: KDBush;

  constructor(
    private readonly lat: ArrayLike<number>,
    private readonly lon: ArrayLike<number>,
    readonly size: number,
  ) {
    this.tree = new KDBush(Math.max(1, size), 64, Float64Array);
    for (let i = 0; i < size; i++) this.tree.add(lon[i] as number, lat[i] as number);
    if (size === 0) this.tree.add(0, 0);
    this.tree.finish();
  }

  /** Ids of the points in a box, in no particular order. */
  range(b: BBox): number[] {
    if (this.size === 0) return [];
    return this.tree.range(b[0], b[1], b[2], b[3]);
  }

  /**
   * Points within `radiusM` metres of a point, nearest first, passing `accept`, at most
   * `limit`. geokdbush walks the tree in distance order and stops at `limit` hits, so
   * a large radius costs no more than a small one.
   */
  nearest(
    lat: number,
    lon: number,
    radiusM: number,
    limit: number,
    accept: (id: number) => boolean = () => true,
  ): { id: number; distance: number }[] {
    if (this.size === 0) return [];
    return around(this.tree, lon, lat, limit, radiusM / 1000, accept)
      .map((id) => ({ id, distance: haversine(lat, lon, this.lat[id] as number, this.lon[id] as number) }))
      .filter((hit) => hit.distance <= radiusM);
  }

  /** Every point within the radius with its distance (unsorted), passing `accept`. */
  within(
    lat: number,
    lon: number,
    radiusM: number,
    accept: (id: number) => boolean,
  ): { id: number; distance: number }[] {
    const out: { id: number; distance: number }[] = [];
    for (const id of this.range(circleBBox(lat, lon, radiusM))) {
      const d = haversine(lat, lon, this.lat[id] as number, this.lon[id] as number);
      if (d <= radiusM && accept(id)) out.push({ id, distance: d });
    }
    return out;
  }
}

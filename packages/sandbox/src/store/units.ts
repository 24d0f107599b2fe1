import type { Unit } from '@smart-haiphong/sdk';
import type { SeedUnit } from '../data/seed.js';

/** The 114 units, addressed by code or slug. */
export class UnitStore {
  readonly list: readonly Unit[];
  private readonly byRef = new Map<string, number>();

  constructor(readonly seeds: readonly SeedUnit[]) {
    this.list = seeds.map((s) => ({
      code: s.code,
      slug: s.slug,
      name: s.name,
      shortName: s.shortName,
      type: s.type,
      centroid: { lat: s.anchor.lat, lon: s.anchor.lon },
      bbox: s.bbox,
      mergedFrom: s.mergedFrom,
    }));
    seeds.forEach((s, i) => {
      this.byRef.set(s.code, i);
      this.byRef.set(s.slug, i);
    });
  }

  /** The index of a unit by code or slug, or -1. */
  indexOf(ref: string): number {
    return this.byRef.get(ref.trim().toLowerCase()) ?? -1;
  }

  /** The unit whose anchor is nearest (units have no open boundaries). */
  nearest(lat: number, lon: number): number {
    let best = 0;
    let bestD = Infinity;
    const k = Math.cos((lat * Math.PI) / 180);
    this.seeds.forEach((s, i) => {
      const d = (s.anchor.lat - lat) ** 2 + ((s.anchor.lon - lon) * k) ** 2;
      if (d < bestD) [best, bestD] = [i, d];
    });
    return best;
  }
}

import type { Place } from '@smart-haiphong/sdk';
import { searchKey } from '@smart-haiphong/sdk';
import { PLACE_CATEGORIES } from '../data/places.js';
import { PointIndex } from '../index/spatial.js';

/** Places with a k-d tree for "nearby", search keys for text, and a by-name order. */
export class PlaceStore {
  readonly byId = new Map<string, number>();
  readonly spatial: PointIndex;
  /** `name address` as a search key, per place. */
  readonly keys: string[];
  readonly category: Uint8Array;
  /** Place indexes ordered by name (tone marks ignored). */
  readonly byName: Uint32Array;

  constructor(readonly list: readonly Place[]) {
    const n = list.length;
    const lat = new Float64Array(n);
    const lon = new Float64Array(n);
    this.category = new Uint8Array(n);
    this.keys = new Array<string>(n);
    const catIndex = new Map(PLACE_CATEGORIES.map((c, k) => [c.id, k]));
    list.forEach((p, i) => {
      this.byId.set(p.id, i);
      lat[i] = p.location.lat;
      lon[i] = p.location.lon;
      this.category[i] = catIndex.get(p.categoryId) ?? 255;
      this.keys[i] = ` ${searchKey(`${p.name} ${p.address ?? ''}`)}`;
    });
    this.spatial = new PointIndex(lat, lon, n);
    const nameKeys = list.map((p) => searchKey(p.name));
    this.byName = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => {
      const x = nameKeys[a] as string;
      const y = nameKeys[b] as string;
      return x < y ? -1 : x > y ? 1 : a - b;
    });
  }

  /** Whether place `i` matches a query already turned into search words. */
  matchesWords(i: number, words: readonly string[]): boolean {
    const key = this.keys[i] as string;
    for (const w of words) if (!key.includes(` ${w}`)) return false;
    return true;
  }
}

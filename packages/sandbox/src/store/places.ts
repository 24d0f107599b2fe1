import type { Place } from '@smart-haiphong/sdk';
import { searchKey } from '@smart-haiphong/sdk';
import { PLACE_CATEGORIES } from '../data/places.js';
import { PointIndex } from '../index/spatial.js';
import { haversine } from '../util/geo.js';

/**
 * Places with a k-d tree for "nearby", a word index for text, and a by-name order.
 * Text matches words by prefix, tone marks and đ/d ignored (`benh vien` finds `Bệnh viện`).
 */
export class PlaceStore {
  /** Above this many text matches, nearby walks the k-d tree; below, it measures the matches directly. */
  static directMatches = 20_000;
  /** Each distinct word of the names and addresses, with the places that hold it (ascending). */
  private readonly postings = new Map<string, number[]>();
  private vocabulary: string[] = [];
  private readonly matchCache = new Map<string, Uint32Array>();
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
      for (const w of new Set((this.keys[i] as string).split(' '))) {
        if (!w) continue;
        const list = this.postings.get(w);
        if (list) list.push(i);
        else this.postings.set(w, [i]);
      }
    });
    this.vocabulary = [...this.postings.keys()].sort();
    this.spatial = new PointIndex(lat, lon, n);
    const nameKeys = list.map((p) => searchKey(p.name));
    this.byName = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => {
      const x = nameKeys[a] as string;
      const y = nameKeys[b] as string;
      return x < y ? -1 : x > y ? 1 : a - b;
    });
  }

  /**
   * The places whose words start with every query word, ascending; cached per query (paging
   * repeats it). Cost: the vocabulary's words with each prefix, not the places.
   */
  matching(words: readonly string[]): Uint32Array {
    const cacheKey = words.join(' ');
    const hit = this.matchCache.get(cacheKey);
    if (hit) return hit;
    let result: Uint32Array | null = null;
    for (const w of words) {
      const mark = new Uint8Array(this.list.length);
      // Words with prefix w sit together in the sorted vocabulary.
      let lo = 0;
      let hi = this.vocabulary.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((this.vocabulary[mid] as string) < w) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < this.vocabulary.length && (this.vocabulary[k] as string).startsWith(w); k++) {
        for (const i of this.postings.get(this.vocabulary[k] as string) as number[]) mark[i] = 1;
      }
      const prev: Uint32Array | null = result;
      const out: number[] = [];
      if (prev) {
        for (const i of prev) if (mark[i]) out.push(i);
      } else {
        for (let i = 0; i < mark.length; i++) if (mark[i]) out.push(i);
      }
      result = Uint32Array.from(out);
      if (result.length === 0) break;
    }
    result ??= Uint32Array.from({ length: this.list.length }, (_, i) => i);
    if (this.matchCache.size >= 64) this.matchCache.delete(this.matchCache.keys().next().value as string);
    this.matchCache.set(cacheKey, result);
    return result;
  }

  /**
   * Up to `limit` places within `radiusM` of a point, nearest first, that pass `accept` and
   * match the query words. A rare text is answered from its matches; otherwise the k-d tree
   * walk stops at `limit`, so neither cost grows with the radius.
   */
  nearest(
    lat: number,
    lon: number,
    radiusM: number,
    limit: number,
    words: readonly string[],
    accept: (i: number) => boolean,
  ): { id: number; distance: number }[] {
    if (words.length === 0) return this.spatial.nearest(lat, lon, radiusM, limit, accept);
    const matches = this.matching(words);
    if (matches.length > PlaceStore.directMatches) {
      const mark = new Uint8Array(this.list.length);
      for (const i of matches) mark[i] = 1;
      return this.spatial.nearest(lat, lon, radiusM, limit, (i) => mark[i] === 1 && accept(i));
    }
    const hits: { id: number; distance: number }[] = [];
    for (const i of matches) {
      if (!accept(i)) continue;
      const p = this.list[i] as Place;
      const d = haversine(lat, lon, p.location.lat, p.location.lon);
      if (d <= radiusM) hits.push({ id: i, distance: d });
    }
    return hits.sort((a, b) => a.distance - b.distance || a.id - b.id).slice(0, limit);
  }

  /** Whether place `i` matches a query already turned into search words. */
  matchesWords(i: number, words: readonly string[]): boolean {
    const key = this.keys[i] as string;
    for (const w of words) if (!key.includes(` ${w}`)) return false;
    return true;
  }
}

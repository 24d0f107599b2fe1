import type { Config, Credit, Me, NewsArticle, NewsSummary, Place } from '@smart-haiphong/sdk';
import { NEARBY_MAX_RESULTS, parsePoint, searchKey } from '@smart-haiphong/sdk';
import { campaignAccountBySub } from '../data/campaigns.js';
import { SAMPLE_CITIZEN } from '../data/dossiers.js';
import { NEWS_CATEGORIES, type NewsRecord } from '../data/news.js';
import { findNews } from './news-page.js';
import { PLACE_CATEGORIES } from '../data/places.js';
import { cursorInt, decodeCursor, encodeCursor } from '../http/cursor.js';
import { ProblemError } from '../http/problems.js';
import type { Handler, RequestContext } from './context.js';

const invalid = (param: string, message: string) =>
  new ProblemError(400, 'validation_failed', { param, detail: message, errors: [{ param, message }] });

function offsetOf(query: Record<string, string>): number {
  if (!query.cursor) return 0;
  const o = cursorInt(decodeCursor(query.cursor), 'o');
  if (o === null) throw invalid('query.cursor', 'not a cursor of this list');
  return o;
}

/** An offset-paged slice of a list. */
function pageOf<T>(all: readonly T[], query: Record<string, string>, defaultLimit: number) {
  const offset = offsetOf(query);
  const limit = query.limit ? Number(query.limit) : defaultLimit;
  return {
    items: all.slice(offset, offset + limit),
    nextCursor: offset + limit < all.length ? encodeCursor({ o: offset + limit }) : null,
    total: all.length,
  };
}

function placeCategories(query: Record<string, string>): Uint8Array | null {
  if (!query.category) return null;
  const mask = new Uint8Array(256);
  for (const id of query.category
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const k = PLACE_CATEGORIES.findIndex((c) => c.id === id);
    if (k < 0) throw invalid('query.category', `unknown category: ${id}`);
    mask[k] = 1;
  }
  return mask;
}

/** The credits the seed data's licences ask for (see seed/README.md), per language. */
const CREDITS: Record<'vi' | 'en', Credit[]> = {
  vi: [
    { text: 'Dữ liệu mẫu' },
    { text: '© OpenStreetMap contributors (ODbL)', url: 'https://www.openstreetmap.org/copyright' },
    { text: 'open-admin-data (CC BY 4.0)' },
    { text: 'GeoNames (CC BY 4.0)', url: 'https://www.geonames.org' },
    { text: 'Danh mục ĐVHC: Cục Thống kê' },
  ],
  en: [
    { text: 'Sample data' },
    { text: '© OpenStreetMap contributors (ODbL)', url: 'https://www.openstreetmap.org/copyright' },
    { text: 'open-admin-data (CC BY 4.0)' },
    { text: 'GeoNames (CC BY 4.0)', url: 'https://www.geonames.org' },
    { text: 'Administrative units: Cục Thống kê (National Statistics Office)' },
  ],
};

/** An article as served: its canonical page and image on the request's origin, the category in its language. */
const newsItem = (a: NewsRecord, ctx: RequestContext): NewsArticle => {
  const image = `${ctx.origin}/sandbox/images/news/${a.id}.svg`;
  return {
    ...a,
    url: `${ctx.origin}/sandbox/news/${a.id}`,
    imageUrl: a.imageUrl === null ? null : image,
    categoryName: newsCategoryName(a.categoryId, ctx),
    bodyHtml: a.bodyHtml.replaceAll('{image}', image),
  };
};

const newsCategoryName = (id: string, ctx: RequestContext) => {
  const c = NEWS_CATEGORIES.find((x) => x.id === id);
  return c ? c[ctx.lang] : id;
};

export const catalogueHandlers: Record<string, Handler> = {
  'units.list': ({ query }, { store }) => ({
    items: query.type ? store.units.list.filter((u) => u.type === query.type) : store.units.list,
  }),

  'units.get': ({ params }, { store }) => {
    const i = store.units.indexOf(params.unit ?? '');
    if (i < 0) throw new ProblemError(404, 'not_found', { param: 'path.unit', detail: `no unit ${params.unit}` });
    return store.units.list[i];
  },

  'config.get': ({ origin, lang }, { store, options }): Config => ({
    name: lang === 'en' ? 'Smart Hải Phòng (sandbox)' : 'Smart Hải Phòng (môi trường thử nghiệm)',
    mapStyleUrl: options.mapStyleUrl,
    basemapUrl: `${origin}/sandbox/basemap/land.json`,
    credits: CREDITS[lang],
    attribution: CREDITS[lang].map((c) => c.text).join(' · '),
    hotline: '1022',
    emergencyNumbers:
      lang === 'en'
        ? [
            { number: '113', name: 'Police' },
            { number: '114', name: 'Fire and rescue' },
            { number: '115', name: 'Ambulance' },
          ]
        : [
            { number: '113', name: 'Công an' },
            { number: '114', name: 'Cứu hỏa, cứu nạn' },
            { number: '115', name: 'Cấp cứu' },
          ],
    requireSignIn: options.requireSignIn,
    identityProvider: {
      name: lang === 'en' ? 'VNeID (sandbox sign-in)' : 'VNeID (đăng nhập thử nghiệm)',
      authorizationEndpoint: `${origin}/sandbox/oauth/authorize`,
      tokenEndpoint: `${origin}/sandbox/oauth/token`,
      clientId: options.clientId,
      scopes: ['openid', 'profile'],
    },
    maxPhotos: options.maxPhotos,
    maxPhotoBytes: options.maxPhotoBytes,
    cityBBox: store.cityBBox,
    sampleData: true,
  }),

  'auth.me': ({ sub }): Me => {
    if (sub === SAMPLE_CITIZEN.sub) return { ...SAMPLE_CITIZEN, roles: [] };
    // Dev sign-in roles of the rollout campaign (officers of a body, the collecting office).
    const account = sub ? campaignAccountBySub(sub) : null;
    if (!account) throw new ProblemError(404, 'not_found');
    return { sub: account.sub, name: account.name, phone: null, email: null, roles: account.roles };
  },

  'places.categories': () => ({ items: PLACE_CATEGORIES }),

  'places.nearby': ({ query }, { store }) => {
    const { lat, lon } = parsePoint(query.point ?? '');
    const radius = query.radius ? Number(query.radius) : 2000;
    const limit = query.limit ? Number(query.limit) : 20;
    const offset = offsetOf(query);
    const categories = placeCategories(query);
    const words = query.q ? searchKey(query.q).split(' ').filter(Boolean) : [];
    const places = store.places;
    // Pages walk the nearest-first order; the walk stops at the page's end (plus one place, to
    // know whether there is more) and never goes past the nearest NEARBY_MAX_RESULTS.
    const end = Math.min(offset + limit, NEARBY_MAX_RESULTS);
    if (offset >= end) return { items: [], nextCursor: null };
    const hits = places.nearest(
      lat,
      lon,
      radius,
      end + 1,
      words,
      (i) => categories === null || categories[places.category[i] as number] === 1,
    );
    return {
      items: hits
        .slice(offset, end)
        .map((h) => ({ ...(places.list[h.id] as Place), distanceMeters: Math.round(h.distance * 10) / 10 })),
      nextCursor: hits.length > end && end < NEARBY_MAX_RESULTS ? encodeCursor({ o: end }) : null,
    };
  },

  'places.search': ({ query }, { store }) => {
    const places = store.places;
    const categories = placeCategories(query);
    const words = query.q ? searchKey(query.q).split(' ').filter(Boolean) : [];
    let unitCode: string | null = null;
    if (query.unit) {
      const u = store.units.indexOf(query.unit);
      if (u < 0) throw invalid('query.unit', `unknown unit: ${query.unit}`);
      unitCode = store.units.list[u]?.code ?? null;
    }
    const offset = offsetOf(query);
    const limit = query.limit ? Number(query.limit) : 20;
    const items: Place[] = [];
    let total = 0;
    let textMatch: Uint8Array | null = null;
    if (words.length) {
      textMatch = new Uint8Array(places.list.length);
      for (const i of places.matching(words)) textMatch[i] = 1;
    }
    for (const i of places.byName) {
      const p = places.list[i] as Place;
      if (categories && categories[places.category[i] as number] !== 1) continue;
      if (unitCode !== null && p.unitCode !== unitCode) continue;
      if (textMatch && textMatch[i] !== 1) continue;
      if (total >= offset && items.length < limit) items.push(p);
      total++;
    }
    return { items, nextCursor: offset + limit < total ? encodeCursor({ o: offset + limit }) : null, total };
  },

  'places.get': ({ params }, { store }) => {
    const i = store.places.byId.get(params.id ?? '');
    if (i === undefined)
      throw new ProblemError(404, 'not_found', { param: 'path.id', detail: `no place ${params.id}` });
    return store.places.list[i];
  },

  'news.categories': () => ({
    items: NEWS_CATEGORIES.map((c) => ({ id: c.id, name: c.vi, nameEn: c.en })),
  }),

  'news.list': (ctx, { store }) => {
    const { query } = ctx;
    let unitCode: string | null = null;
    if (query.unit) {
      const u = store.units.indexOf(query.unit);
      if (u < 0) throw invalid('query.unit', `unknown unit: ${query.unit}`);
      unitCode = store.units.list[u]?.code ?? null;
    }
    if (query.category && !NEWS_CATEGORIES.some((c) => c.id === query.category))
      throw invalid('query.category', `unknown category: ${query.category}`);
    const matches =
      query.category || unitCode !== null
        ? store.news.filter(
            (a) =>
              (!query.category || a.categoryId === query.category) && (unitCode === null || a.unitCode === unitCode),
          )
        : store.news;
    const page = pageOf(matches, query, 10);
    return {
      ...page,
      items: page.items.map((a): NewsSummary => {
        const { bodyHtml: _b, author: _a, sourceUrl: _s, ...summary } = newsItem(a, ctx);
        return summary;
      }),
    };
  },

  'news.get': (ctx, { store }) => {
    const a = findNews(store.news, ctx.params.id ?? '');
    if (!a) throw new ProblemError(404, 'not_found', { param: 'path.id', detail: `no article ${ctx.params.id}` });
    return newsItem(a, ctx);
  },
};
